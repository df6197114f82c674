package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreviewDocumentTest {
    private static String page(String title, String description, String css, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>" + title + "</title>\n"
                + "<meta name=\"description\" content=\"" + description + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + css + "\">\n<script src=\"site.js\"></script>\n"
                + "<script type=\"application/ld+json\">{\"name\":\"" + title + "\"}</script>\n</head>\n"
                + "<body>\n" + body + "\n</body>\n</html>\n";
    }

    @Test
    void titleAndBodyAreCutFromTheShell() {
        PreviewDocument doc = PreviewDocument.parse(page("Ada &amp; Co", "d", "site.css", "<h1>Ada</h1>"));

        assertThat(doc.title()).isEqualTo("Ada &amp; Co");
        assertThat(doc.body()).isEqualTo("\n<h1>Ada</h1>\n");
        assertThat(doc.shell()).contains("site.css").contains("site.js").doesNotContain("Ada");
    }

    @Test
    void metadataChangesKeepTheShellAndStylesheetChangesDoNot() {
        String shell = PreviewDocument.parse(page("A", "one", "site.css", "x")).shell();

        assertThat(PreviewDocument.parse(page("B", "two", "site.css", "y")).shell()).isEqualTo(shell);
        assertThat(PreviewDocument.parse(page("A", "one", "dark.css", "x")).shell()).isNotEqualTo(shell);
    }

    @Test
    void aPageWithoutBodyCannotBeSwapped() {
        assertThat(PreviewDocument.parse("<p>fragment</p>")).isNull();
    }

    @Test
    void swapScriptQuotesTheContentAsJavaScriptStrings() {
        assertThat(PreviewDocument.jsString("say \"hi\"\\\n\u2028")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\u2028\"");
        assertThat(PreviewDocument.parse(page("t", "d", "c", "</script>")).swapScript())
                .contains("\"\\n\\u003c/script\\u003e\\n\"");
    }

    @Test
    void aPatchPerKeySendsNoEventAndReadsTheLayoutOnlyToFollow() {
        PreviewDocument before = PreviewDocument.parse(page("t", "d", "c", "<p>one</p><p>two</p>"));
        PreviewDocument after = PreviewDocument.parse(page("t", "d", "c", "<p>one</p><p>twos</p>"));
        ChangedElement change = after.changeSince(before);

        assertThat(change.inner()).isEqualTo("twos");
        assertThat(PreviewDocument.patchFor(change, true)).isEqualTo(after.patchScript(before, true))
                .doesNotContain("DOMContentLoaded").contains("if(follow){var r=e.getBoundingClientRect()");
        assertThat(PreviewDocument.patchFor(null, true)).isNull();
        assertThat(after.changeSince(null)).isNull();
        // The comparison once typing rests still lets the page's own scripts run again.
        assertThat(after.swapScript(false)).contains("DOMContentLoaded");
    }
}
