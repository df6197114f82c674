package org.scholarfolio.site;

import org.scholarfolio.markdown.MarkdownRenderer;

/**
 * What every export's first pages need before they can be made, readied ahead: the shared Markdown
 * renderer (its parser, extensions and allow-list set up, its code run once), the theme's compiled
 * templates, and the 2D API the social card is drawn with. A command-line process starts with none
 * of them, and the export otherwise sets them up on its own threads, one after the other, about half a
 * second of processor time; run on a thread of its own while the portfolio file is read, it uses the
 * second core, which reading leaves mostly idle. Nothing made here depends on a portfolio, so what
 * the export writes is the same with or without it.
 */
public final class RenderingWarmUp {
    /** Markdown with the common inline and block forms; no math, which would start KaTeX for nothing. */
    private static final String SAMPLE = """
            # A heading

            A *paragraph* with **strong** text, `code`, a [link](https://example.org/a) and https://example.org/b.

            - a list item
            - another, with ~~struck~~ text :smile:

            > a quote
            """;

    private RenderingWarmUp() {
    }

    /** Readies the theme's pages; any failure is left for the export itself to meet and report. */
    public static void run(String theme) {
        try {
            MarkdownRenderer markdown = MarkdownRenderer.shared();
            markdown.render(SAMPLE);
            markdown.renderInline("A *title* with `code`");
            PebbleThemeTemplates.of(theme).compileAll();
            HtmlEscaping.INSTANCE.escape("<&>");
            SocialCard.prepare();
        } catch (RuntimeException | LinkageError e) {
            // Best effort: the export does the same work again and reports what fails.
        }
    }

    /** Starts {@link #run} on a daemon thread; the caller does not wait for it. */
    public static void startInBackground(String theme) {
        Thread thread = new Thread(() -> run(theme), "export-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
