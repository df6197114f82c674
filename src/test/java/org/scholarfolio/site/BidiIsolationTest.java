package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

class BidiIsolationTest {
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Zoë Ébène-Łukasiewicz", "Ελληνικά", "日本語の名前", "Proc. of ICML 2024", ""})
    void aNameWithNothingThatReachesBeyondItIsReturnedAsItIs(String name) {
        assertThat(BidiIsolation.isolated(name)).isSameAs(name);
    }

    @Test
    void anOverrideLeftOpenEndsWithTheValue() {
        assertThat(BidiIsolation.isolated("Ann \u202eLee")).isEqualTo(FSI + "Ann \u202eLee" + PDI);
    }

    @Test
    void aNameWrittenRightToLeftIsClosedOffSoTheCommaAndYearStayOutside() {
        assertThat(BidiIsolation.isolated("\u05d3\u05e0\u05d4")).isEqualTo(FSI + "\u05d3\u05e0\u05d4" + PDI);
        assertThat(BidiIsolation.isolated("\u0645\u062d\u0645\u062f")).startsWith(FSI).endsWith(PDI);
    }

    @Test
    void aPopWithNothingToCloseIsDroppedAndAnIsolateLeftOpenIsClosed() {
        // A stray pop would close the wrapper and let the override after it out.
        assertThat(BidiIsolation.isolated("a\u2069\u202eb")).isEqualTo(FSI + "a\u202eb" + PDI);
        assertThat(BidiIsolation.isolated("a\u2067b")).isEqualTo(FSI + "a\u2067b" + PDI + PDI);
        assertThat(BidiIsolation.isolated("\u2066x\u2069\u2069")).isEqualTo(FSI + "\u2066x\u2069" + PDI);
    }

    @Test
    void aParagraphSeparatorInsideBecomesASpace() {
        assertThat(BidiIsolation.isolated("a\u2029\u202eb")).isEqualTo(FSI + "a \u202eb" + PDI);
    }

    @Test
    void eachAuthorTheVenueAndThePageTitleAreClosedOffOnTheSiteAndNormalNamesAreNot() throws IOException {
        Publication p = Publication.builder("bidi2024", "article").title("On \u202eoverrides")
                .authors(List.of(Author.of("Ann", "\u202eLee"), Author.of("Bob", "Ray")))
                .journal("Journal \u2067of Tests").volume("12").year(2024).build();
        Portfolio portfolio = FixturePortfolio.portfolio().withPublications(List.of(p));
        Path out = temp.resolve("site");
        new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("portfolio")),
                FixturePortfolio.options(), out);

        Element entry = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8").selectFirst("li#pub-bidi2024");
        assertThat(entry.selectFirst(".authors").wholeText()).isEqualTo(FSI + "Ann \u202eLee" + PDI + ", Bob Ray");
        assertThat(entry.selectFirst(".venue").wholeText()).startsWith(FSI + "Journal \u2067of Tests" + PDI + PDI + ",");
        assertThat(entry.selectFirst(".title").wholeText()).isEqualTo(FSI + "On \u202eoverrides" + PDI);
        var page = Jsoup.parse(out.resolve("publications/bidi2024.html").toFile(), "UTF-8");
        assertThat(page.title()).startsWith(FSI + "On \u202eoverrides" + PDI + " | ");
    }
}
