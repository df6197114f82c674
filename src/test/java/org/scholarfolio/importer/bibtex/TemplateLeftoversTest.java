package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

class TemplateLeftoversTest {

    @Test
    void findsTheEinsteinExamplesInTheMessyFixtureAndNothingElse() throws IOException {
        List<Publication> pubs = new BibtexImporter()
                .read(BibtexImporterTest.resource("messy-papers.bib"), "papers.bib").publications();
        assertThat(TemplateLeftovers.find(pubs)).extracting(l -> l.publication().citationKey())
                .containsExactly("einstein1920relativity", "PhysRev.47.777");
    }

    @Test
    void recognisesEinsteinPapersUnderOtherKeys() {
        Publication renamed = Publication.builder("myKey", "article")
                .authors(List.of(Author.of("Albert", "Einstein"))).year(1905).build();
        assertThat(TemplateLeftovers.find(List.of(renamed))).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("Albert Einstein"));
    }

    @Test
    void aLivingResearcherNamedEinsteinIsNotALeftover() {
        Publication modern = Publication.builder("einstein2021", "article")
                .authors(List.of(Author.of("Anna", "Einstein"))).year(2021).build();
        assertThat(TemplateLeftovers.find(List.of(modern))).isEmpty();
    }

    @Test
    void aRecentPaperFiledUnderATemplateKeyIsNotALeftover() {
        Publication reused = Publication.builder("przibram1967letters", "book")
                .title("Structured Credit Assignment in Mice")
                .authors(List.of(Author.of("Kevin", "Miller"), Author.of("Kenneth", "Harris"))).year(2023).build();
        assertThat(TemplateLeftovers.find(List.of(reused))).isEmpty();
    }

    @Test
    void theResearchersOwnPaperTypedOverAnExampleIsNotALeftover() {
        // the example's key, year and fields kept, its title and authors replaced by the researcher's paper
        Publication typedOver = Publication.builder("PhysRev.47.777", "article")
                .title("Shrinking Networks Late for Faster Training")
                .authors(List.of(Author.of("B.", "Okoro"), Author.of("C.", "Lind"))).year(1935).build();
        assertThat(TemplateLeftovers.find(List.of(typedOver))).isEmpty();
        Publication example = typedOver.toBuilder().authors(List.of(Author.of("A.", "Einstein"), Author.of("B.", "Podolsky")))
                .build();
        assertThat(TemplateLeftovers.find(List.of(example))).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("example entries"));
    }
}
