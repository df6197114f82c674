package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/**
 * Venue, author names, note and award print their inline markup as the title does (only
 * emphasis, small caps, sub/superscript, code and math become elements), math is MathML typeset at
 * export, and an award's Markdown links to http(s) or mailto addresses are links again.
 */
class InlineFieldsOnTheSiteTest {
    @TempDir
    Path temp;

    @Test
    void inlineFieldsShowTheirMarkupAndMathAsMathMl() throws IOException {
        Publication p = Publication.builder("inline2024", "inproceedings")
                .title("Growth of In\\textsubscript{x}Ga as $\\lambda$ grows")
                .authors(List.of(Author.of("Ada", "\\textsc{Lovelace}"), Author.of("Alan", "Turing")))
                .booktitle("Proceedings of \\emph{Computing} <img src=x onerror=alert(1)>")
                .bibtexFields(Map.of("series", "CONF\\textsuperscript{2}"))
                .note("Also in \\emph{the Journal}; $x^2$ correct")
                .award("Best paper, see [the announcement](https://conf.example.org/awards) and [this](javascript:alert(1))")
                .awardName("Best Paper")
                .year(2024).build();
        Element entry = list(export(p)).selectFirst("li#pub-inline2024");

        assertThat(entry.select(".title sub").text()).isEqualTo("x");
        assertThat(entry.select(".title math")).hasSize(1);
        assertThat(entry.select(".title").text()).doesNotContain("\\(").doesNotContain("\\lambda)");
        assertThat(entry.select(".authors .smallcaps").text()).isEqualTo("Lovelace");
        assertThat(entry.select(".venue em em").text()).isEqualTo("Computing");
        assertThat(entry.select(".venue img")).isEmpty();
        assertThat(entry.select(".venue").first().text()).contains("<img src=x onerror=alert(1)>");
        assertThat(entry.select(".venue sup").text()).isEqualTo("2");
        assertThat(entry.select(".note em").text()).isEqualTo("the Journal");
        assertThat(entry.select(".note math")).hasSize(1);
        assertThat(entry.select(".award a").eachAttr("href")).containsExactly("https://conf.example.org/awards");
        assertThat(entry.select(".award").text()).contains("[this](javascript:alert(1))");
    }

    @Test
    void aFormulaTheTypesetterRejectsIsShownAsWrittenAndMarked() throws IOException {
        Publication p = Publication.builder("broken2024", "article").title("On $\\frac{1}{$ things").year(2024).build();
        Element title = list(export(p)).selectFirst("li#pub-broken2024 .title");
        assertThat(title.select(".math-error")).hasSize(1);
        assertThat(title.select("math")).isEmpty();
    }

    private Path export(Publication p) throws IOException {
        Portfolio portfolio = FixturePortfolio.portfolio().withPublications(List.of(p));
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        new SiteExporter().export(portfolio, dir, FixturePortfolio.options(), out);
        return out;
    }

    private static Document list(Path out) throws IOException {
        return Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8");
    }
}
