package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown read as one line of plain text, for a list's cell or a record's name. */
class PlainTextTest {
    private final MarkdownRenderer markdown = MarkdownRenderer.shared();

    @Test
    void marksAreRenderedAwayAndBlocksJoinedBySpaces() {
        assertThat(markdown.plainText("Elected a **Fellow** of the _Royal Society_, see [the list](https://example.org)\n"
                + "and `code`.\n\n## Next\n\n- one\n- two"))
                .isEqualTo("Elected a Fellow of the Royal Society, see the list and code. Next one two");
    }

    @Test
    void emojiShortcodesBecomeEmojiFormulasStayTexAndRawHtmlIsLeftOut() {
        assertThat(markdown.plainText("Accepted :tada: with $O(n^2)$ <span class=\"x\">work</span>"))
                .isEqualTo("Accepted \uD83C\uDF89 with $O(n^2)$ work");
        assertThat(markdown.plainText("  ")).isEmpty();
        assertThat(markdown.plainText(null)).isEmpty();
    }
}
