package org.scholarfolio.ui.preview;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.YieldingThreads;

/**
 * What the preview shows: the page that belongs to the record being edited, rendered to HTML, with
 * emoji as images (the preview's WebKit has no emoji font; the exported site keeps the characters).
 * {@link #requestUpdate()} renders on a thread of its own, so typing never waits for a costly page: while
 * one render runs, further changes wait for it and then render once, from the latest snapshot. An
 * edit whose renders are cheap is rendered on the UI thread, to be drawn with the key.
 */
public final class PreviewViewModel {
    private final EditorViewModel editor;
    private final PreviewRenderer renderer;
    private final ObjectProperty<PreviewTarget> target = new SimpleObjectProperty<>(this, "target",
            new PreviewTarget.Home());
    private final StringProperty record = new SimpleStringProperty(this, "record", "");
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");
    private final ReadOnlyObjectWrapper<RenderedPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    /** Long texts are rendered in part; guarded by itself (renders run on the rendering thread and in {@link #update()}). */
    private final PreviewExcerpts excerpts = new PreviewExcerpts();
    private int excerptsDocument = Integer.MIN_VALUE;
    /** The snapshot the last page shown was rendered from: a render of another one follows an edit. */
    private Portfolio lastRendered;

    private final CompletableFuture<EmojiImages> emoji;
    private final Executor rendering;
    private final Executor ui;
    /** Touched on the UI thread only: a render is under way, and whether a change came in since it started. */
    private boolean busy;
    private boolean stale;

    /**
     * Emoji images are read once the first page is shown, or while a portfolio opens ({@link #loadEmoji()}): the
     * first window does not wait for them, and the opened portfolio's first page is rendered with them.
     */
    public PreviewViewModel(EditorViewModel editor, PreviewRenderer renderer) {
        this(editor, renderer, new CompletableFuture<>(), PreviewViewModel::renderThread, Platform::runLater,
                SAME_FRAME_BUDGET_NANOS);
        loadEmoji = () -> EmojiImages.inBackground().whenComplete((images, error) -> {
            if (error == null) {
                emoji.complete(images);
            } else {
                emoji.completeExceptionally(error);
            }
        });
    }

    private Runnable loadEmoji = () -> { };
    /** Touched on the UI thread only: {@link #loadEmoji()} was called while the read was held. */
    private boolean emojiAsked;
    private boolean emojiHeld;

    /**
     * Starts reading the emoji images, when they are not ready yet (once; later calls do nothing).
     * Reading 9 MB of shapes on a machine with two cores would otherwise slow the first page.
     * While held ({@link #holdEmojiUntil}), it starts when the hold ends.
     */
    public void loadEmoji() {
        emojiAsked = true;
        if (emojiHeld) {
            return;
        }
        Runnable start = loadEmoji;
        loadEmoji = () -> { };
        start.run();
    }

    /** {@code read} in place of the bundled set's read, for tests of when it starts. */
    void readEmojiWith(Runnable read) {
        loadEmoji = read;
    }

    /**
     * Holds the emoji images' read until {@code released} is true (the window's first content
     * drawn): the first page loads before its frame is drawn, and the read (its thread and the page
     * rendered again with the images) then took one of the two cores from the window's last frames
     * before its first content.
     */
    public void holdEmojiUntil(ObservableValue<Boolean> released) {
        if (Boolean.TRUE.equals(released.getValue())) {
            return;
        }
        emojiHeld = true;
        released.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    released.removeListener(this);
                    emojiHeld = false;
                    if (emojiAsked) {
                        loadEmoji();
                    }
                }
            }
        });
    }

    /**
     * {@code emoji}: the emoji images, used from when they are ready; pages show characters until then.
     * {@code rendering} runs the renders (one at a time), {@code ui} brings their pages back to the UI thread.
     */
    public PreviewViewModel(EditorViewModel editor, PreviewRenderer renderer, CompletableFuture<EmojiImages> emoji,
                            Executor rendering, Executor ui) {
        this(editor, renderer, emoji, rendering, ui, 0);
    }

    /**
     * As above; {@code sameFrameBudgetNanos}: while renders take no longer than this, an edit's
     * render is done on the calling (UI) thread, so that its page is shown in the turn of the edit
     * ({@link #requestUpdate()}); 0 renders every change on {@code rendering}.
     */
    public PreviewViewModel(EditorViewModel editor, PreviewRenderer renderer, CompletableFuture<EmojiImages> emoji,
                            Executor rendering, Executor ui, long sameFrameBudgetNanos) {
        this.editor = editor;
        this.renderer = renderer;
        this.emoji = emoji;
        this.rendering = rendering;
        this.ui = ui;
        this.sameFrameBudgetNanos = sameFrameBudgetNanos;
    }

    /**
     * A key's text and its page are drawn in one frame when the page is patched in the turn that
     * handled the key, before the pulse; a page that comes back from the rendering thread is patched
     * in a later turn and drawn a frame later. With a 20 KB bio an edit's render (one Markdown block,
     * the page's template and the diff) costs 3–5 ms, so an edit of the page shown is rendered on the
     * UI thread while the render before took no longer than this on the clock. The clock, not the
     * processor time: on a loaded machine a render takes many times its processor time, the UI
     * thread falls behind the keys, and the rendering thread (whose renders coalesce while one runs)
     * takes the work off it. A costly render (a long paste, a page without the block memo) also sends
     * the next edit back to the rendering thread, so it holds up at most one key.
     */
    static final long SAME_FRAME_BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private final long sameFrameBudgetNanos;
    /** How long the last render took; written on the thread that rendered, read on the UI thread. */
    private volatile long lastRenderNanos = Long.MAX_VALUE;

    private static final Executor RENDER_THREAD = YieldingThreads.single("scholarfolio-preview", true, YieldingThreads.AWAITED);

    private static void renderThread(Runnable work) {
        RENDER_THREAD.execute(work);
    }

    /** Completes (on another thread) when emoji can be shown as images; a page rendered before shows boxes. */
    public CompletableFuture<?> emojiReady() {
        return emoji;
    }

    /** The page to preview while {@code section} is open with the given records selected (-1: none). */
    public static PreviewTarget targetFor(Section section, Portfolio p, int newsIndex, int pageIndex) {
        return switch (section) {
            case PUBLICATIONS -> new PreviewTarget.Publications();
            case NEWS -> {
                List<NewsItem> news = p.news();
                yield newsIndex >= 0 && newsIndex < news.size()
                        ? new PreviewTarget.NewsItem(newsIndex) : new PreviewTarget.NewsList();
            }
            case PAGES -> {
                List<Page> pages = p.pages();
                yield pageIndex >= 0 && pageIndex < pages.size()
                        ? new PreviewTarget.Page(pageIndex) : new PreviewTarget.Home();
            }
            case PROFILE, SITE -> new PreviewTarget.Home();
        };
    }

    /** Renders the current snapshot now, on this thread; a renderer failure becomes a readable page, not a crash. */
    public void update() {
        Portfolio snapshot = editor.portfolio();
        int document = editor.documentNumberProperty().get();
        publish(snapshot, target.get(), document, render(renderer, snapshot, target.get(), document, fileName()));
    }

    /**
     * A page ready to show. {@code document} counts the documents opened (a page of another one
     * opens at its top); {@code edited}: rendered from a changed snapshot of the same document and
     * page, so the preview may scroll to the change (not after opening, nor when only the emoji
     * images arrived).
     */
    public record RenderedPage(String html, PreviewTarget target, int document, boolean edited, Diff diff) {
        // Written out (the generated ones are linked on their first call, costly in a fresh process):
        // the page's property compares each page published with the one before, the first while the
        // first window is built. Component by component, as the generated ones.
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof RenderedPage p && document == p.document && edited == p.edited
                    && Objects.equals(html, p.html) && Objects.equals(target, p.target) && Objects.equals(diff, p.diff);
        }

        @Override
        public int hashCode() {
            return (((Objects.hashCode(html) * 31 + Objects.hashCode(target)) * 31 + document) * 31
                    + Boolean.hashCode(edited)) * 31 + Objects.hashCode(diff);
        }
    }

    /**
     * The page cut into shell and content ({@code parsed}, null when it has no body), and the one
     * element that changed since {@code base} (null when there is no such element), both worked out
     * on the rendering thread so that the UI thread, which also handles the keys, does not compare
     * the page's body as text on every key. {@code base} is the page published before this one was
     * rendered: the preview uses {@code change} only when that is the page it shows.
     */
    public record Diff(PreviewDocument parsed, PreviewDocument base, ChangedElement change) {
        static Diff between(PreviewDocument base, String html) {
            PreviewDocument parsed = PreviewDocument.parse(html);
            return new Diff(parsed, base, parsed == null ? null : parsed.changeSince(base));
        }

        // Written out, as RenderedPage's, whose equals compares these.
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Diff d && Objects.equals(parsed, d.parsed) && Objects.equals(base, d.base)
                    && Objects.equals(change, d.change);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(parsed) * 31 + Objects.hashCode(base)) * 31 + Objects.hashCode(change);
        }
    }

    private void publish(Portfolio snapshot, PreviewTarget at, int document, Rendered rendered) {
        String result = rendered.html();
        note.set(rendered.note());
        RenderedPage previous = page.get();
        boolean edited = previous != null && previous.document() == document && previous.target().equals(at)
                && lastRendered != snapshot;
        lastRendered = snapshot;
        Diff diff = rendered.diff() != null && rendered.diff().base() == parsedOf(previous) ? rendered.diff()
                : Diff.between(parsedOf(previous), result);
        page.set(new RenderedPage(result, at, document, edited, diff));
        html.set(result);
    }

    private static PreviewDocument parsedOf(RenderedPage page) {
        return page == null ? null : page.diff().parsed();
    }

    /**
     * Renders the current snapshot on the rendering thread and shows it when done; called on the UI
     * thread. Changes made while a render runs are rendered once it ends, from the snapshot then.
     * An edit of the page shown is rendered and shown right here instead, while the render before
     * took no longer than the budget ({@link #SAME_FRAME_BUDGET_NANOS}): its page is then drawn in the
     * same frame as the key that made it.
     */
    public void requestUpdate() {
        if (busy) {
            stale = true;
            return;
        }
        busy = true;
        stale = false;
        Portfolio snapshot = editor.portfolio();
        PreviewTarget at = target.get();
        int document = editor.documentNumberProperty().get();
        PreviewRenderer bound = renderer.snapshot();
        String file = fileName();
        RenderedPage previous = page.get();
        PreviewDocument base = parsedOf(previous);
        if (sameFrameBudgetNanos > 0 && previous != null && previous.document() == document
                && previous.target().equals(at) && lastRenderNanos <= sameFrameBudgetNanos) {
            // An edit of the page shown, whose renders have been cheap: rendered here, drawn with the key.
            shown(snapshot, at, document, renderAndDiff(bound, snapshot, at, document, file, base));
            return;
        }
        rendering.execute(() -> {
            Rendered result = renderAndDiff(bound, snapshot, at, document, file, base);
            PageSlices.prepare(result.html(), result.diff() == null ? null : result.diff().change());
            ui.execute(() -> shown(snapshot, at, document, result));
        });
    }

    /** True while a render runs (on the preview's thread) or waits for one that runs: a page is still to come. */
    boolean rendering() {
        return busy;
    }

    /** A render with its change since {@code base}, its time noted for the next {@link #requestUpdate()}. */
    private Rendered renderAndDiff(PreviewRenderer with, Portfolio snapshot, PreviewTarget at, int document, String file,
                                   PreviewDocument base) {
        long start = System.nanoTime();
        Rendered rendered = render(with, snapshot, at, document, file);
        Rendered result = rendered.withDiff(Diff.between(base, rendered.html()));
        lastRenderNanos = System.nanoTime() - start;
        return result;
    }

    /** A render ended: its page is published (UI thread), and a change that came in meanwhile is rendered. */
    private void shown(Portfolio snapshot, PreviewTarget at, int document, Rendered result) {
        busy = false;
        if (document != editor.documentNumberProperty().get()) {
            // Another portfolio was opened meanwhile: its page is shown, never the one it replaced.
            requestUpdate();
            return;
        }
        publish(snapshot, at, document, result);
        if (stale) {
            requestUpdate();
        }
    }

    /** The open portfolio's file as the note names it. */
    private String fileName() {
        java.nio.file.Path file = editor.fileProperty().get();
        return file == null || file.getFileName() == null ? "the untitled portfolio" : file.getFileName().toString();
    }

    /**
     * A page and the note on what it leaves out of long texts ("" when nothing); {@code diff} against
     * the page shown when the render started, null when not worked out.
     */
    private record Rendered(String html, String note, Diff diff) {
        Rendered(String html, String note) {
            this(html, note, null);
        }

        Rendered withDiff(Diff diff) {
            return new Rendered(html, note, diff);
        }
    }

    private Rendered render(PreviewRenderer with, Portfolio portfolio, PreviewTarget page, int document, String file) {
        try {
            PreviewExcerpts.Bounded bounded;
            synchronized (excerpts) {
                if (document != excerptsDocument) {
                    excerpts.reset();
                    excerptsDocument = document;
                }
                bounded = excerpts.bound(portfolio);
            }
            String rendered = EmojiImages.preparePage(
                    bounded.withWholeIndexes(with.render(bounded.portfolio(), page)));
            EmojiImages images = emoji.isDone() && !emoji.isCompletedExceptionally() ? emoji.join() : null;
            return new Rendered(images == null ? rendered : images.apply(rendered), bounded.note(file, page));
        } catch (RuntimeException e) {
            return new Rendered("<!DOCTYPE html><meta charset=\"utf-8\"><body style=\"font-family:sans-serif\">"
                    + "<h2>The preview could not be rendered</h2><p>" + escape(String.valueOf(e.getMessage()))
                    + "</p></body>", "");
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public ObjectProperty<PreviewTarget> targetProperty() {
        return target;
    }

    /** The selected record ({@code publications[3]}), which the preview scrolls to; empty for none. */
    public StringProperty recordProperty() {
        return record;
    }

    /** The last page rendered, with what it was rendered from; null before the first. */
    public ReadOnlyObjectProperty<RenderedPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /**
     * What the page shown leaves out of a text too long to preview whole ("portfolio.json ›
     * profile.bio is 10,500,000 characters long: the preview shows characters 1–99,990, …"); empty
     * when it shows every text whole.
     */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }
}
