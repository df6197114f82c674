package org.scholarfolio.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;

/** The BibTeX the site shows visitors: standard fields only, as al-folio's "Bib" button. */
class PublicBibtexTest {
    private final BibtexWriter writer = BibtexWriter.publicCopy();

    @Test
    void writesStandardFieldsAndKeepsProtectiveBraces() {
        Publication p = Publication.builder("smith2020", "article").title("{BERT} for {NLP}")
                .authors(List.of(Author.of("Ann", "Smith"), Author.of("Bo", "Li"))).andOthers(true)
                .journal("Nature").year(2020).month(3).pages("1–9").build();
        assertThat(writer.write(p)).isEqualTo("""
                @article{smith2020,
                  title = {{BERT} for {NLP}},
                  author = {Smith, Ann and Li, Bo and others},
                  journal = {Nature},
                  pages = {1--9},
                  month = mar,
                  year = {2020},
                }
                """);
    }

    @Test
    void dropsDisplayOnlyKeysButKeepsOtherFields() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("pmid", "123");
        extra.put("series", "LNCS");
        extra.put("editor", "Jane Doe");
        Publication p = Publication.builder("k", "inproceedings").title("T").abbr("NeurIPS").selected(true)
                .links(new PublicationLinks("", "x.pdf", "", "", "", "", "", "", ""))
                .bibtexFields(extra).build();
        String bib = writer.write(p);
        assertThat(bib).contains("series = {LNCS}").contains("editor = {Jane Doe}")
                .doesNotContain("pdf").doesNotContain("abbr").doesNotContain("selected").doesNotContain("pmid");
    }

    @Test
    void authorMarkersStayOutOfTheCitation() {
        Publication p = Publication.builder("k", "misc").title("T")
                .authors(List.of(Author.of("Ann", "Smith").withEqualContribution(true).withCorresponding(true)))
                .build();
        assertThat(writer.write(p)).contains("author = {Smith, Ann}");
        assertThat(BibtexWriter.complete().write(p)).contains("author = {Smith*†, Ann}");
    }

    @Test
    void unbalancedBracesCannotBreakTheEntry() {
        Publication p = Publication.builder("k", "misc").title("a } b { c }").build();
        String bib = writer.write(p);
        String value = bib.substring(bib.indexOf("title = {") + 9, bib.indexOf("},\n}"));
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as(bib).isNotNegative();
            }
        }
        assertThat(depth).as(bib).isZero();
    }

    @Test
    void keysLoseCharactersThatWouldEndTheKey() {
        Publication p = Publication.builder("smith 2020,{x}", "misc").title("T").build();
        assertThat(writer.write(p)).startsWith("@misc{smith2020x,\n");
    }
}
