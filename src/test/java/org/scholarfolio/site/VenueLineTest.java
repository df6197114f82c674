package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

/** The venue line per entry type, as al-folio's bib.liquid writes it, never with a leading comma. */
class VenueLineTest {
    private static Publication.Builder entry(String type) {
        return Publication.builder("k", type).title("T").authors(List.of(Author.of("Alan", "Turing")));
    }

    private static String line(Publication p) {
        String c = VenueLine.container(p);
        String d = VenueLine.details(p);
        return c.isEmpty() ? d : d.isEmpty() ? c : c + ", " + d;
    }

    @Test
    void articleShowsJournalVolumeNumberPagesAndDate() {
        Publication p = entry("article").journal("Proceedings of the {London} Mathematical Society").volume("s2-42")
                .number("1").pages("230--265").year(1937).month(11).build();
        assertThat(line(p)).isEqualTo("Proceedings of the London Mathematical Society, s2-42(1), pp. 230–265, Nov 1937");
    }

    @Test
    void paperInProceedingsShowsBooktitleEditorsSeriesPublisherAndAddress() {
        Publication p = entry("inproceedings").booktitle("Automata Studies").year(1956)
                .publisher("Princeton University Press")
                .bibtexFields(Map.of("editor", "Shannon, Claude and McCarthy, John", "series", "Annals of Mathematics Studies",
                        "address", "Princeton, NJ")).build();
        assertThat(line(p)).isEqualTo("In Automata Studies, Claude Shannon, John McCarthy (Eds.), Annals of Mathematics"
                + " Studies, Princeton University Press, Princeton, NJ, 1956");
    }

    @Test
    void thesisReportMiscAndManualNameWhereTheyComeFrom() {
        assertThat(line(entry("phdthesis").school("Princeton University").year(1938).build()))
                .isEqualTo("Princeton University, 1938");
        assertThat(line(entry("techreport").number("TR-7").year(1946)
                .text(org.scholarfolio.model.PublicationField.INSTITUTION, "National Physical Laboratory").build()))
                .isEqualTo("National Physical Laboratory, No. TR-7, 1946");
        assertThat(line(entry("misc").bibtexFields(Map.of("howpublished", "Talk at the London Mathematical Society"))
                .year(1947).month(2).build())).isEqualTo("Talk at the London Mathematical Society, Feb 1947");
        assertThat(line(entry("manual").bibtexFields(Map.of("organization", "Ferranti Ltd.")).year(1951).build()))
                .isEqualTo("Ferranti Ltd., 1951");
    }

    @Test
    void aFieldTypedWithItsClosingCommaShowsOneComma() {
        // a thesis entered as an article with its university as publisher, copied from a reference list with the comma
        Publication article = entry("article").publisher("Universidade Federal do Rio de Janeiro,").year(2019).build();
        assertThat(line(article)).isEqualTo("Universidade Federal do Rio de Janeiro, 2019");
        Publication book = entry("book").publisher("Pitman ,").bibtexFields(Map.of("address", "London,")).year(1953).build();
        assertThat(line(book)).isEqualTo("Pitman, London, 1953");
        assertThat(VenueLine.detailsHtml(article, m -> "")).isEqualTo("Universidade Federal do Rio de Janeiro, 2019");
    }

    @Test
    void anEditorOnlyBookShowsItsEditors() {
        Publication p = Publication.builder("k", "book").title("Faster than Thought").publisher("Pitman").year(1953)
                .bibtexFields(Map.of("editor", "B. V. Bowden")).build();
        assertThat(line(p)).isEqualTo("Pitman, B. V. Bowden (Ed.), 1953");
    }

    @Test
    void nothingButADateStartsWithTheDateNotAComma() {
        assertThat(line(entry("misc").year(2020).month(2).build())).isEqualTo("Feb 2020");
        assertThat(VenueLine.container(entry("misc").year(2020).build())).isEmpty();
    }
}
