package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HtmlCharactersTest {
    @Test
    void controlCharactersNoncharactersAndLoneSurrogatesAreReplaced() {
        assertThat(HtmlCharacters.replaceForbidden("a\u0000b\u0001c\u000Bd\u007Fe\u0085f\uFFFEg\uD800h\uDC00i\uD83D"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFD");
    }

    @Test
    void textAPageMayHoldIsTheSameString() {
        String text = "tab\there\r\nform\f feed \u00A0 é \uD83D\uDE00 \uFFFD \u2028";
        assertThat(HtmlCharacters.replaceForbidden(text)).isSameAs(text);
    }

    /** Before, commonmark and jsoup wrote them as {@code &#x1;} and {@code &#xd800;}: errors in HTML too. */
    @Test
    void markdownFormulasAndInlineTextHoldNoneOfThemNorReferencesToThem() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (String html : new String[] {renderer.render("a\u0001 *b\u007F* [l\u0085](https://example.org/) \uD800 `c\u001B`").html(),
                renderer.render("<span>x\u0007</span>\n\n| a\u0001 |\n|---|\n| b |").html(),
                renderer.renderInline("x\u0001 **y\u0085**").html(), renderer.mathHtml("x\u0001+\\text{\u0007}", false)}) {
            assertThat(html).doesNotContain("\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\uD800", "&#x1;", "&#x7;",
                    "&#x1b;", "&#x7f;", "&#x85;", "&#xd800;");
        }
    }

    /** The definition, a character at a time: each one a page may not hold, and each unpaired surrogate, as U+FFFD. */
    private static String replacedOneByOne(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            out.append(HtmlCharacters.forbidden(c) || Character.isSurrogate(c) && !paired ? HtmlCharacters.REPLACEMENT : c);
        }
        return out.toString();
    }

    /** The quick test for printable ASCII gives what the test of each character gave, around every kind of character. */
    @Test
    void textsOfEveryKindOfCharacterAreReplacedAsOneByOne() {
        String pieces = "a Z~ \t\n\f\r\u0000\u0001\u000B\u001F\u007F\u0080\u009F\u00A0é\u2028\uFDD0\uFDEF\uFFFE\uFFFF\uFFFD"
                + "\uD83D\uDE00\uD800\uDC00";
        Random random = new Random(36);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            assertThat(HtmlCharacters.replaceForbidden(t)).as(t).isEqualTo(replacedOneByOne(t));
        }
    }
}
