package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters no HTML page may hold (a NUL, U+0001, U+0007 and U+000B pasted from a word processor, an
 * escape U+001B, DEL, the C1 control U+0085, the noncharacter U+FFFE, a surrogate without its partner)
 * in every field of {@link HostileInputTest#portfolio}, in plain text, in a formula and in Markdown:
 * every page is still valid HTML (before, each page held them as they were, or as references such as
 * {@code &#x1;} and {@code &#xd800;}, which are errors too: 16,000 of the checker's errors on one such site).
 */
class ForbiddenCharactersOnTheSiteTest {
    static final String C = "a\u0000b\u0001c\u0007d\u000Be\u001Bf\u007Fg\u0085h\uFFFEi \uD800 lone \uDC00 "
            + "$x\u0001y$ {x\u0007} *em\u0001* `co\u001Bde` \u00e9\uD83D\uDE00";

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void export() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        out = temp.resolve("site");
        new SiteExporter().export(HostileInputTest.portfolio(HostileInputTest.H + C), dir, FixturePortfolio.options(), out);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void everyPageIsStillValidHtml() throws Exception {
        assertThat(pages()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(HtmlChecker.errors(pages())).isEmpty();
    }

    @Test
    void theTextAroundThemIsKeptAndEachShowsAsTheReplacementCharacter() throws IOException {
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("h1.name strong").text()).contains("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi");
        assertThat(home.select("h1.name b, h1.name img")).isEmpty();
    }

    @Test
    void theJsonInTheScriptElementsIsStillJson() throws IOException {
        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element script : doc.select("script[type=application/ld+json]")) {
                assertThat(new ObjectMapper().readTree(script.data()).isObject()).as(page.toString()).isTrue();
            }
        }
        String bytes = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(bytes).doesNotContain("\u0001", "\u007F", "\u0085", "&#x1;", "&#xd800;");
    }
}
