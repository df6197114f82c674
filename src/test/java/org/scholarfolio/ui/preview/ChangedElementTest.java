package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

class ChangedElementTest {
    private static final String PAGE = "<nav><a href=\"/\">Home</a></nav>\n<main><h1>Ada</h1>\n"
            + "<div class=\"bio\"><h2 id=\"one\">One</h2>\n<p>First <em>point</em>.</p>\n<p>Second point</p>\n</div></main>\n"
            + "<footer>© 2026</footer>";

    @Test
    void typingInAParagraphNamesThatParagraphAlone() {
        ChangedElement changed = ChangedElement.between(PAGE, PAGE.replace("Second point", "Second points"));

        assertThat(changed.path()).containsExactly(1, 1, 2);
        assertThat(changed.tags()).containsExactly("main", "div", "p");
        assertThat(changed.inner()).isEqualTo("Second points");
    }

    @Test
    void aChangeInsideInlineMarkupNamesTheInnermostElement() {
        ChangedElement changed = ChangedElement.between(PAGE, PAGE.replace("<em>point</em>", "<em>points</em>"));

        assertThat(changed.tags()).containsExactly("main", "div", "p", "em");
        assertThat(changed.inner()).isEqualTo("points");
    }

    @Test
    void aParagraphSplitInTwoNamesTheirParentWithBothWhole() {
        String after = PAGE.replace("<p>Second point</p>", "<p>Second</p>\n<p>point</p>");

        ChangedElement changed = ChangedElement.between(PAGE, after);

        assertThat(changed.tags()).containsExactly("main", "div");
        assertThat(changed.inner()).contains("<p>Second</p>\n<p>point</p>").startsWith("<h2 id=\"one\">");
    }

    @Test
    void aChangedAttributeNamesTheElementAroundTheTag() {
        ChangedElement changed = ChangedElement.between(PAGE, PAGE.replace("id=\"one\"", "id=\"one-1\""));

        assertThat(changed.tags()).containsExactly("main", "div");
    }

    @Test
    void quotedAttributeValuesMayHoldAngleBrackets() {
        String before = "<p><img alt=\"a>b\" src=\"data:image/svg+xml,<svg></svg>\">x</p>";

        ChangedElement changed = ChangedElement.between(before, before.replace(">x<", ">xy<"));

        assertThat(changed.path()).containsExactly(0);
        assertThat(changed.inner()).endsWith(">xy");
    }

    @Test
    void nothingIsNamedInsideTablesWhoseTreeTheBrowserRebuilds() {
        String before = "<div><table><tr><td>1</td></tr></table></div>";

        ChangedElement changed = ChangedElement.between(before, before.replace("1", "12"));

        assertThat(changed.tags()).containsExactly("div");
    }

    @Test
    void markupThatDoesNotNestIsLeftToTheWholePageSwap() {
        assertThat(ChangedElement.between("<p>a<b>c</p></b>", "<p>a<b>cd</p></b>")).isNull();
        assertThat(ChangedElement.between("<p>a</p>", "<p>a</p>")).isNull();
        // The change reaches the body itself: no element holds it.
        assertThat(ChangedElement.between("<p>a</p>", "<p>a</p><p>b</p>")).isNull();
    }

    @Test
    void thePatchScriptFollowsThePath() {
        PreviewDocument before = PreviewDocument.parse("<html><head><title>T</title></head><body>" + PAGE + "</body></html>");
        PreviewDocument after = PreviewDocument.parse("<html><head><title>T</title></head><body>"
                + PAGE.replace("Second point", "Second points") + "</body></html>");

        assertThat(after.patchScript(before)).contains("[1, 1, 2]").contains("[\"main\",\"div\",\"p\"]")
                .contains("\"Second points\"");
        assertThat(after.patchScript(after)).isNull();
    }
}
