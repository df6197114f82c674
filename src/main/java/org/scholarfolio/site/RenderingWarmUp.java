package org.scholarfolio.site;

import org.scholarfolio.markdown.MarkdownRenderer;

/**
 * What every export's first pages need before they can be made, readied ahead: the shared Markdown
 * renderer (its parser, extensions and allow-list set up, its code run once), the pages' escaping,
 * and the 2D API the social card is drawn with. A command-line process starts with none
 * of them, and the export otherwise sets them up on its own threads, partly on the main thread before the pages'
 * pool starts; run on a thread of its own while the portfolio file is read, it uses the second core,
 * which reading leaves mostly to the compiler. Nothing made here depends on a portfolio, so what
 * the export writes is the same with or without it.
 */
public final class RenderingWarmUp {
    /**
     * A paragraph and a link: enough to load the parser's and renderer's classes, which every export
     * needs, without running much code that the records' own text would not run anyway (a longer sample
     * cost this thread more than it saved the page threads, BENCHMARKS.md session 14); no math,
     * which would start KaTeX.
     */
    private static final String SAMPLE = "A *paragraph* with a [link](https://example.org/).";

    private RenderingWarmUp() {
    }

    /** Readies what the pages use; any failure is left for the export itself to meet and report. */
    public static void run() {
        try {
            // SHA-256, which names the export's state and hashes every page's style policy: the
            // security providers' set-up is a fresh process's first use: 10-30 ms of processor time.
            CspHash.of(SAMPLE);
            MarkdownRenderer markdown = MarkdownRenderer.shared();
            markdown.render(SAMPLE);
            markdown.renderInline(SAMPLE);
            new Utf8Writer(64).writeEscaped("<&> é");
            // A card kept from an earlier export is copied, not drawn: the 2D API would go unused.
            if (!CardCache.likelyHolds()) {
                SocialCard.prepare();
            }
        } catch (RuntimeException | LinkageError e) {
            // Best effort: the export does the same work again and reports what fails.
        }
    }

    /**
     * Starts {@code first}, then {@link #run}, on a daemon thread; the caller does not wait for it.
     * {@code first} is what the caller's own thread needs sooner (the portfolio reader's set-up).
     */
    public static void startInBackground(Runnable first) {
        Thread thread = new Thread(() -> {
            first.run();
            run();
        }, "export-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
