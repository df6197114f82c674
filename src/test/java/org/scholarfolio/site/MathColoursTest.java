package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.scholarfolio.markdown.MarkdownRenderer;

/**
 * A command the typesetter will not run (\href without trust, as an abstract copied from LaTeX may
 * hold) is shown as its name in a fixed red that fails contrast on the dark theme; the stylesheet
 * gives it the theme's colours, as it does a formula that does not parse.
 */
class MathColoursTest {
    @Test
    void anUnsupportedCommandIsShownInTheThemesColours() throws IOException {
        String html = new MarkdownRenderer().mathHtml("\\href{https://example.org}{x}", false);
        var coloured = Jsoup.parseBodyFragment(html).select("[mathcolor]");
        assertThat(coloured).isNotEmpty();
        String css;
        try (InputStream in = MathColoursTest.class.getResourceAsStream("/org/scholarfolio/site/theme/default/assets/css/site.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String colour : coloured.eachAttr("mathcolor")) {
            assertThat(css).containsPattern(Pattern.quote("[mathcolor=\"" + colour + "\"]") + "[^{]*\\{[^}]*color: var\\(--muted");
        }
    }
}
