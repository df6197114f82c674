package org.scholarfolio.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.scholarfolio.markdown.MarkdownRenderer;

/**
 * Coverage-guided fuzzing of the Markdown renderer and its HTML sanitiser: any text renders
 * without an exception, and the HTML never holds a script, an event handler or a script address.
 */
class MarkdownFuzzTest {
    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "6h")
    void anyTextRendersToSafeHtml(FuzzedDataProvider data) {
        boolean inline = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        String html = inline ? MarkdownRenderer.shared().renderInline(text).html()
                : MarkdownRenderer.shared().render(text).html();
        FuzzSites.assertSafe(html, text);
    }
}
