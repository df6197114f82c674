package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

class BibtexWriterTest {
    private final BibtexWriter writer = new BibtexWriter();

    @Test
    void writesStandardFieldsAndKeepsProtectiveBraces() {
        Publication p = Publication.builder("smith2020", "article").title("{BERT} for {NLP}")
                .authors(List.of(Author.of("Ann", "Smith"), Author.of("Bo", "Li"))).andOthers(true)
                .journal("Nature").year(2020).month(3).pages("1--9").build();
        assertThat(writer.write(p)).isEqualTo("""
                @article{smith2020,
                  author = {Smith, Ann and Li, Bo and others},
                  title = {{BERT} for {NLP}},
                  journal = {Nature},
                  pages = {1--9},
                  year = {2020},
                  month = mar
                }
                """);
    }

    @Test
    void dropsDisplayOnlyKeysButKeepsOtherFields() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("pdf", "x.pdf");
        extra.put("abbr", "NeurIPS");
        extra.put("google_scholar_id", "abc");
        extra.put("series", "LNCS");
        extra.put("editor", "Jane Doe");
        Publication p = Publication.builder("k", "inproceedings").title("T").bibtexFields(extra).build();
        String bib = writer.write(p);
        assertThat(bib).contains("series = {LNCS}").contains("editor = {Jane Doe}")
                .doesNotContain("pdf").doesNotContain("abbr").doesNotContain("google_scholar_id");
    }

    @Test
    void unbalancedBracesCannotBreakTheEntry() {
        Publication p = Publication.builder("k", "misc").title("a } b { c }").build();
        assertThat(writer.write(p)).contains("title = {a \\} b \\{ c \\}}");
    }
}
