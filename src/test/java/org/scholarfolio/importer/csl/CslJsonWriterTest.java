package org.scholarfolio.importer.csl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scholarfolio.importer.bibtex.PublicationArbitraries;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;

class CslJsonWriterTest {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static JsonNode write(List<Publication> publications) throws Exception {
        return STRICT.readTree(new CslJsonWriter().write(publications));
    }

    @Test
    void mapsTypesNamesDatesAndIdentifiers() throws Exception {
        Publication thesis = Publication.builder("turing1938thesis", "phdthesis").title("Systems of Logic Based on Ordinals")
                .authors(List.of(new Author("Ludwig", "van", "Beethoven", "Jr.", true, false, "", "", UnknownFields.NONE)))
                .school("Princeton University").year(1938).month(5).doi("10.1112/x").arxiv("2101.00001")
                .pages("230 -- 265").build();
        JsonNode item = write(List.of(thesis)).get(0);
        assertThat(item.get("id").asText()).isEqualTo("turing1938thesis");
        assertThat(item.get("type").asText()).isEqualTo("thesis");
        assertThat(item.get("genre").asText()).isEqualTo("PhD thesis");
        assertThat(item.get("publisher").asText()).isEqualTo("Princeton University");
        JsonNode author = item.get("author").get(0);
        assertThat(author.get("family").asText()).isEqualTo("Beethoven");
        assertThat(author.get("given").asText()).isEqualTo("Ludwig");
        assertThat(author.get("non-dropping-particle").asText()).isEqualTo("van");
        assertThat(author.get("suffix").asText()).isEqualTo("Jr.");
        assertThat(item.get("issued").get("date-parts").get(0)).hasSize(2);
        assertThat(item.get("issued").get("date-parts").get(0).get(1).asInt()).isEqualTo(5);
        assertThat(item.get("DOI").asText()).isEqualTo("10.1112/x");
        assertThat(item.get("page").asText()).isEqualTo("230-265");
        assertThat(item.get("URL").asText()).isEqualTo("https://arxiv.org/abs/2101.00001");
    }

    @Test
    void locationIsTheEventPlaceOfATalkAndThePublishersPlaceOfABook() throws Exception {
        Publication talk = Publication.builder("talk", "inproceedings").title("T").booktitle("Proc.")
                .location("Vancouver, Canada").build();
        Publication book = Publication.builder("book", "book").title("B").location("Berlin").build();
        Publication both = Publication.builder("both", "book").title("B").location("Vienna")
                .bibtexFields(java.util.Map.of("address", "Berlin")).build();
        JsonNode items = write(List.of(talk, book, both));
        assertThat(items.get(0).get("event-place").asText()).isEqualTo("Vancouver, Canada");
        assertThat(items.get(0).has("publisher-place")).isFalse();
        assertThat(items.get(1).get("publisher-place").asText()).isEqualTo("Berlin");
        assertThat(items.get(1).has("event-place")).isFalse();
        assertThat(items.get(2).get("publisher-place").asText()).isEqualTo("Berlin");
        assertThat(items.get(2).get("event-place").asText()).isEqualTo("Vienna");
    }

    @Test
    void biblatexBookTitlePartsMakeTheContainerTitle() throws Exception {
        Publication chapter = Publication.builder("ch", "incollection").title("C").booktitle("The Sea")
                .text(org.scholarfolio.model.PublicationField.MAINTITLE, "Collected Works")
                .text(org.scholarfolio.model.PublicationField.BOOKSUBTITLE, "Essays")
                .text(org.scholarfolio.model.PublicationField.BOOKTITLEADDON, "Second Edition").build();
        assertThat(write(List.of(chapter)).get(0).get("container-title").asText())
                .isEqualTo("Collected Works. The Sea: Essays. Second Edition");
    }

    @Test
    void controlCharactersLineSeparatorsAndLoneSurrogatesStayValidJson() throws Exception {
        String nasty = "tab\there \"quoted\" back\\slash \u0001 \u2028 \ud83d lone 😀 ok";
        JsonNode item = write(List.of(Publication.builder("k", "misc").title(nasty).note("line\nbreak").build())).get(0);
        assertThat(item.get("title").asText()).startsWith("tab\there \"quoted\" back\\slash \u0001 \u2028 ").endsWith(" lone 😀 ok");
        assertThat(item.get("note").asText()).isEqualTo("line\nbreak");
    }

    @Property(tries = 200)
    void anyPublicationsGiveStrictJsonWithOneItemEach(@ForAll("publications") List<Publication> publications) throws Exception {
        JsonNode items = write(publications);
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(publications.size());
        for (int i = 0; i < publications.size(); i++) {
            assertThat(items.get(i).get("id").asText()).isEqualTo(publications.get(i).citationKey());
        }
    }

    @Provide
    Arbitrary<List<Publication>> publications() {
        return PublicationArbitraries.publications();
    }
}
