package org.scholarfolio.ui.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.util.Duration;

import org.scholarfolio.ui.FrameByFrame;
import org.scholarfolio.ui.LazyTooltip;
import org.scholarfolio.ui.form.ScriptFonts;

/**
 * The live preview. Each change is rendered on the preview's own thread (typing never waits for it)
 * and shown as soon as it is ready; changes made during a render are shown by the next one, so a slow
 * machine shows fewer intermediate pages, never an older one, and never waits for a pause in typing.
 * While the page's shell stays the same (the usual case when typing) only its changed nodes are
 * swapped in, which keeps the scroll position and never flashes; a different page or theme loads in
 * full, keeping the scroll position when it is the same page.
 */
public final class PreviewPane {
    private final PreviewViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StackPane page = new StackPane();
    private final ObjectProperty<PreviewWidth> width = new SimpleObjectProperty<>(this, "width", PreviewWidth.FIT);
    private WebView webView;
    /** After a patch of one element, compares the whole body once typing has rested. */
    private final PauseTransition reconcile = new PauseTransition(Duration.millis(400));
    private PreviewDocument shown;
    private PreviewTarget shownTarget;
    /** The document (counted by the editor) of the page shown: another one opens at its top. */
    private int shownDocument = -1;
    private boolean loaded;
    /** The page of the full load under way, until it succeeds or fails; null when none is. */
    private String loading;
    private double restoreScrollY;
    private Path pageFile;
    private final ObservableValue<Boolean> dark;
    private final ObservableValue<Boolean> opening;
    private final CompletionStage<?> webKitReady;
    /** The page rendered before the WebView was made, shown as soon as it is. */
    private PreviewViewModel.RenderedPage waitingPage;
    /** True once a frame of the pane's window has been laid out: the WebView is made after one. */
    private boolean framed;
    /** Waits for {@link #framed}; null when nothing does. */
    private Runnable afterFirstFrame;
    /** What is still to be appended to a large page loaded in part ({@link PageSlices}), a step a frame. */
    private final java.util.Deque<String> pendingSteps = new java.util.ArrayDeque<>();
    /** The whole page being shown in part: loaded whole should a step not fit the page's tree. */
    private String slicedHtml;
    /** A change of the page rendered while its steps were still appended: shown after the last step. */
    private PreviewViewModel.RenderedPage afterTheSteps;
    /**
     * True while a piece that appends the next step waits in the window's queue of put-off work
     * ({@link FrameByFrame}). The steps share that queue with the other screens' put-off work (the
     * Profile form's slices come as the opened portfolio's first page loads): a frame holds one or the
     * other, never a step and a slice, which together took the JavaFX thread over 100 ms at 100,000 publications.
     */
    private boolean stepQueued;
    /** Told the name of each piece of WebKit work the pane runs ("load", "step", "patch", "swap", ...); null: nobody. */
    private java.util.function.Consumer<String> work;
    public static final double MIN_WIDTH = 320;

    /** {@code dark}: the editor's theme, which the page follows unless the site fixes its own. */
    public PreviewPane(PreviewViewModel vm, ObservableValue<?> portfolio, ObservableValue<Boolean> dark) {
        this(vm, portfolio, dark, new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /**
     * {@code opening}: a portfolio is being opened. The page of the document it replaces (the empty
     * one the window starts with) is not loaded meanwhile, so the preview loads once, the opened
     * portfolio's page; after a failed open the page shown is rendered again.
     */
    public PreviewPane(PreviewViewModel vm, ObservableValue<?> portfolio, ObservableValue<Boolean> dark,
                       ObservableValue<Boolean> opening) {
        this(vm, portfolio, dark, opening, WebKitLibrary.loadInBackground());
    }

    /**
     * {@code webKitReady}: completes once WebKit's native library is loaded (off this thread); the
     * WebView is made only then, and the page rendered last meanwhile is shown. Never before the
     * window's first frame either: making it is 0.1–0.2 s of the JavaFX thread, which the first frame
     * (the form) does not wait for, and with the library loaded early (started by the launcher)
     * it would otherwise fall right there.
     */
    PreviewPane(PreviewViewModel vm, ObservableValue<?> portfolio, ObservableValue<Boolean> dark,
                ObservableValue<Boolean> opening, CompletionStage<?> webKitReady) {
        this.webKitReady = webKitReady;
        webKitReady.whenComplete((done, failed) -> Platform.runLater(() -> afterFirstFrame(this::showWaitingPage)));
        watchFirstFrame();
        this.vm = vm;
        this.dark = dark;
        this.opening = opening;
        // After the open's outcome (the portfolio taken, or the failure reported) has run.
        opening.addListener((obs, was, now) -> {
            if (!now) {
                Platform.runLater(this::schedule);
            }
        });
        dark.addListener((obs, was, now) -> applyTheme());
        root.setId("preview");
        // Never narrower than a small phone's page, however wide the form beside it wants to be.
        root.setMinWidth(MIN_WIDTH);
        page.setId("preview-page");
        page.setMinWidth(0);
        VBox top = new VBox(widthBar());
        root.setTop(top);
        addNoteBarWhenFirstWanted(top);
        root.setCenter(page);
        page.widthProperty().addListener((obs, old, now) -> applyWidth());
        width.addListener((obs, old, now) -> applyWidth());
        vm.recordProperty().addListener((obs, old, now) -> scrollToRecord());
        portfolio.addListener((obs, old, now) -> schedule());
        vm.targetProperty().addListener((obs, old, now) -> schedule());
        vm.pageProperty().addListener((obs, old, rendered) -> show(rendered));
        reconcile.setOnFinished(e -> {
            // While a large page is appended its steps bring the whole body in; a swap of it all here would be one long turn.
            if (loaded && pendingSteps.isEmpty() && shown != null && webView != null) {
                try {
                    working("reconcile");
                    webView.getEngine().executeScript(shown.swapScript(false));
                } catch (RuntimeException ex) {
                    // The page stays as patched; the next edit tries again.
                }
            }
        });
        // A page rendered before the emoji images were read is rendered again with them.
        vm.emojiReady().thenRun(() -> Platform.runLater(this::schedule));
        vm.requestUpdate();
    }

    /**
     * Tells {@code listener}, on the JavaFX thread, the name of each piece of work the pane gives
     * WebKit as it starts it: "load" (a page loaded), "loaded" (its load ended), "step" (a step of a page
     * loaded in part), "patch" (one element's content replaced), "swap" (the body compared and swapped),
     * "swap in steps" (a swap's first part), "reconcile" (the body compared once typing rests), "scroll"
     * (the selected record looked up to scroll to it). Tests see which frame each ran in.
     */
    void onWork(java.util.function.Consumer<String> listener) {
        work = listener;
    }

    private void working(String what) {
        // WebKit's JavaScript heap is collected once the page has rested, not after each Java collection.
        ScriptCollection.get().working();
        if (work != null) {
            work.accept(what);
        }
    }

    /** Fit (the pane's own width), Desktop or Phone: the width the page is laid out at. */
    private Node widthBar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        bar.setId("preview-width-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 6, 3, 6));
        Label label = new Label("Width");
        label.getStyleClass().add("text-muted");
        bar.getChildren().add(label);
        for (PreviewWidth w : PreviewWidth.values()) {
            ToggleButton b = new ToggleButton(w.label());
            b.setId("preview-width-" + w.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(w);
            b.setFocusTraversable(true);
            // Made on the first hover: three popups made with the window were a fortieth of the
            // JavaFX thread's work before the first content. The sentence stays the button's help.
            LazyTooltip.install(b, () -> new Tooltip(w.description()));
            b.setAccessibleHelp(w.description());
            b.getStyleClass().add("small");
            b.setSelected(w == width.get());
            bar.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one preset is always on
            } else {
                width.set((PreviewWidth) now.getUserData());
            }
        });
        width.addListener((obs, old, now) -> group.getToggles().stream().filter(t -> t.getUserData() == now)
                .findFirst().ifPresent(t -> t.setSelected(true)));
        return bar;
    }

    /**
     * The note joins {@code top} the first time there is something to say, and stays (hidden while there is nothing):
     * hidden from the start, it was styled and given a skin in the first window's style pass.
     */
    private void addNoteBarWhenFirstWanted(VBox top) {
        if (vm.noteProperty().get() != null && !vm.noteProperty().get().isEmpty()) {
            top.getChildren().add(noteBar());
            return;
        }
        vm.noteProperty().addListener(new javafx.beans.value.ChangeListener<String>() {
            @Override
            public void changed(ObservableValue<? extends String> obs, String old, String now) {
                if (now != null && !now.isEmpty()) {
                    vm.noteProperty().removeListener(this);
                    top.getChildren().add(noteBar());
                }
            }
        });
    }

    /** Says what the page leaves out of a text too long to preview whole; hidden otherwise. */
    private Node noteBar() {
        Label note = new Label();
        note.setId("preview-note");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setPadding(new Insets(2, 6, 3, 6));
        note.getStyleClass().addAll("text-muted", "small");
        note.textProperty().bind(vm.noteProperty());
        note.visibleProperty().bind(vm.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** The preset the page is laid out at; Fit follows the pane. */
    public ObjectProperty<PreviewWidth> widthProperty() {
        return width;
    }

    /**
     * Lays the page out at the preset's width in CSS pixels: narrower than the pane, it sits in the
     * middle; wider, it is scaled down to fit, as a browser's responsive mode shows it.
     */
    private void applyWidth() {
        if (webView == null) {
            return;
        }
        double available = page.getWidth();
        double cssWidth = width.get().cssWidth(available);
        double zoom = available <= 0 || cssWidth <= available ? 1 : available / cssWidth;
        double shown = Math.min(available, cssWidth * zoom);
        webView.setZoom(zoom);
        webView.setMaxWidth(shown);
        webView.setPrefWidth(shown);
    }

    /** Scrolls the selected record into the middle of the preview when it is out of view. */
    private void scrollToRecord() {
        String record = vm.recordProperty().get();
        if (webView == null || !loaded || record == null || record.isEmpty()) {
            return;
        }
        try {
            working("scroll");
            webView.getEngine().executeScript("(function(r){var e=document.querySelector('[data-record=\"'+r+'\"]');"
                    + "if(!e){return;}var b=e.getBoundingClientRect();"
                    + "if(b.top<0||b.bottom>window.innerHeight){window.scrollTo(0,window.scrollY+b.top-Math.max(0,(window.innerHeight-b.height)/2));}})("
                    + PreviewDocument.jsString(record) + ")");
        } catch (RuntimeException e) {
            // A page whose scripts broke stays where it is.
        }
    }

    private void schedule() {
        vm.requestUpdate();
    }

    /**
     * Shows a rendered page. Only a page rendered after an edit scrolls to what changed; opening a
     * portfolio, switching pages or the emoji images arriving never moves the page.
     */
    private void show(PreviewViewModel.RenderedPage rendered) {
        if (Boolean.TRUE.equals(opening.getValue())) {
            // The page waits for the open: the emoji images are read meanwhile (from the window's first
            // content on), so that the opened portfolio's first page is rendered with them. Read only once
            // that page had loaded, they came seconds later, and the page rendered again with them was
            // swapped in whole: at 100,000 publications a 1.5 MB about page, whose first part's frame
            // held the JavaFX thread 71-82 ms (the page shown torn down) after the open (load 20-25).
            vm.loadEmoji();
            return;
        }
        if (webView == null) {
            // The first page: the WebView is made once WebKit's library is in (off this thread), and
            // the page loaded in a later frame than the WebView is made, so neither shares a frame.
            waitingPage = rendered;
            if (webKitReady.toCompletableFuture().isDone()) {
                afterFirstFrame(this::showWaitingPage);
            }
            return;
        }
        if (shown != null && !rendered.target().equals(vm.targetProperty().get())) {
            // A page of a screen the person has left (rendered, or waiting for a large page's last step, when
            // another screen was chosen): the page of the screen shown now, asked for with the change of
            // screen, replaces it. Swapped in first, a 1.5 MB about page's first part held the JavaFX thread
            // 82 ms in the frame before the Publications page loaded (100,000 publications, load 30).
            return;
        }
        String html = rendered.html();
        WebEngine engine = webView().getEngine();
        PreviewDocument next = rendered.diff().parsed();
        boolean samePage = rendered.target().equals(shownTarget) && rendered.document() == shownDocument;
        if (!pendingSteps.isEmpty() && loaded && samePage && next != null && next.equals(shown)) {
            // Rendered again with nothing changed (the emoji images arrived for a page without any)
            // while a large page is still appended: its steps go on a frame each, not all in this turn;
            // a change that waited for them is undone by this render.
            shown = next;
            afterTheSteps = null;
            return;
        }
        boolean patchable = loaded && samePage && next != null && shown != null && next.shell().equals(shown.shell());
        if (patchable && !pendingSteps.isEmpty()) {
            // A key typed while a large page is still appended (after an open, a reload, a large
            // swap): the change names elements of the whole page, and the rest appended at once in
            // this turn took 107-167 ms of the JavaFX thread while typing at 100,000 publications
            // (load 18-25). It waits for the last step, a frame each; a later change replaces it.
            afterTheSteps = rendered;
            return;
        }
        // A change that waited for the last step, not yet shown, is older than this one.
        afterTheSteps = null;
        if (patchable) {
            try {
                // The change was worked out on the rendering thread against the page shown before
                // (the usual case); against another page it is worked out here.
                ChangedElement change = rendered.diff().base() == shown ? rendered.diff().change() : next.changeSince(shown);
                String patch = change == null || change.inner().length() > 2 * PageSlices.SLICE ? null
                        : PreviewDocument.patchFor(change, rendered.edited());
                if (next.equals(shown)) {
                    // Rendered again with nothing changed (the emoji images arrived for a page without any;
                    // a key typed into a record the page does not show): no script, and the page stays
                    // where it is. A script here waited for WebKit's pending work in the key's frame.
                    shown = next;
                    return;
                }
                if (patch != null && patched(engine, patch)) {
                    // The page's tree may differ from its markup in ways the patch cannot see (a
                    // script of the page's own changed it): once typing rests, the whole body is compared.
                    reconcile.playFromStart();
                } else if (swapInSteps(engine, html)) {
                    // Scrolled to the record once whole, after the last step: here its layout would join the swap's frame.
                    shown = next;
                    return;
                } else {
                    working("swap");
                    engine.executeScript(next.swapScript(rendered.edited()));
                }
                shown = next;
                scrollToRecord();
                return;
            } catch (RuntimeException e) {
                // A page whose scripts broke the swap is loaded again in full below.
            }
        }
        if (!loaded && samePage && html.equals(loading)) {
            // The same page again while it loads (the open's outcome and the portfolio it set each ask
            // for a render): loading it again would cancel the load under way and start it over.
            shown = next;
            return;
        }
        restoreScrollY = loaded && samePage ? scrollY(engine) : 0;
        shown = next;
        shownTarget = rendered.target();
        shownDocument = rendered.document();
        loaded = false;
        loading = html;
        stopAppending();
        PageSlices slices = PageSlices.of(html);
        if (slices == null) {
            load(engine, html);
        } else {
            slicedHtml = html;
            pendingSteps.addAll(slices.steps());
            load(engine, slices.firstPage());
        }
    }

    private boolean patched(WebEngine engine, String patch) {
        working("patch");
        return Boolean.TRUE.equals(engine.executeScript(patch));
    }

    /**
     * Swaps a large new body in as a large page loads ({@link PageSlices}): its first part now, the
     * rest a step a frame. A reload from disk, or a long text's shown part moved elsewhere, changes
     * most of the page; swapped whole, WebKit parsed and laid out its 100,000 characters and more in
     * one turn (over 100 ms of the JavaFX thread). The scroll position is kept, restored once the
     * page is whole; the change is not followed. False when the body is short or cannot be cut.
     */
    private boolean swapInSteps(WebEngine engine, String html) {
        PageSlices slices = PageSlices.of(html);
        PreviewDocument firstPart = slices == null ? null : PreviewDocument.parse(slices.firstPage());
        if (firstPart == null) {
            return false;
        }
        double scrollY = scrollY(engine);
        working("swap in steps");
        engine.executeScript(firstPart.swapScript(false));
        // The next frame lays out the first part alone: no step and no other screen's piece with it.
        FrameByFrame.keepNextFrameFree();
        restoreScrollY = scrollY;
        slicedHtml = html;
        pendingSteps.addAll(slices.steps());
        appendAStepAFrame();
        return true;
    }

    /** Forgets the steps of a page loaded in part (another page replaces it), and the change that waited for them. */
    private void stopAppending() {
        pendingSteps.clear();
        slicedHtml = null;
        afterTheSteps = null;
    }

    /** Appends the steps still to come, one at the start of a frame of its own, from the next frame on. */
    private void appendAStepAFrame() {
        if (!stepQueued) {
            stepQueued = true;
            FrameByFrame.add(this::appendStepThenQueueNext);
        }
    }

    private void appendStepThenQueueNext() {
        stepQueued = false;
        // Nothing when the steps were dropped meanwhile, or a new page's first part is still loading
        // (its load queues the steps again).
        if (loaded && !pendingSteps.isEmpty()) {
            appendStep();
            if (loaded && !pendingSteps.isEmpty()) {
                appendAStepAFrame();
            }
        }
    }

    /** Runs one step of a page loaded in part; after the last, the page is whole and is scrolled as a whole load is. */
    private void appendStep() {
        String step = pendingSteps.poll();
        if (step == null) {
            return;
        }
        if (!runStep(step)) {
            return;
        }
        if (pendingSteps.isEmpty()) {
            slicedHtml = null;
            whole();
            if (afterTheSteps != null) {
                // In a frame of its own: shown in the last step's, it made one frame of the step's layout and
                // the change's swap (101-180 ms of the JavaFX thread at 100,000 publications).
                FrameByFrame.add(this::showWhatWaitedForTheSteps);
            }
        }
    }

    /**
     * Shows the change that waited for a large page's last step, unless a later page was shown since
     * (which cleared it) or another page's steps have begun (its own last step shows it).
     */
    private void showWhatWaitedForTheSteps() {
        if (!loaded || !pendingSteps.isEmpty()) {
            return;
        }
        PreviewViewModel.RenderedPage waiting = afterTheSteps;
        afterTheSteps = null;
        if (waiting != null) {
            show(waiting);
        }
    }

    /** False (and the whole page loaded instead) when the page's tree is not the one its markup describes. */
    private boolean runStep(String step) {
        boolean appended;
        working("step");
        try {
            appended = Boolean.TRUE.equals(webView.getEngine().executeScript(step));
        } catch (RuntimeException e) {
            appended = false;
        }
        if (!appended) {
            String html = slicedHtml;
            PreviewViewModel.RenderedPage waiting = afterTheSteps;
            stopAppending();
            loaded = false;
            if (waiting != null) {
                // The change that waited is loaded whole instead.
                show(waiting);
            } else {
                loading = html;
                load(webView.getEngine(), html);
            }
        }
        return appended;
    }

    /** A page is whole: the scroll position it is to keep, and the selected record, are found now. */
    private void whole() {
        if (restoreScrollY > 0) {
            webView.getEngine().executeScript("window.scrollTo(0," + restoreScrollY + ")");
        }
        scrollToRecord();
    }

    /**
     * Loads the page from a file rather than from a string: WebKit lets only a {@code file:} page
     * use the theme's staged stylesheets and the portfolio's images, which are files too.
     */
    private void load(WebEngine engine, String html) {
        working("load");
        try {
            if (pageFile == null) {
                pageFile = PreviewPageFiles.inTemporaryFolder().create();
            }
            Files.writeString(pageFile, html, StandardCharsets.UTF_8);
            engine.load(pageFile.toUri().toString());
        } catch (IOException e) {
            engine.loadContent(html);
        }
    }

    /**
     * Shows the page that waited for the WebView, unless a later one was shown since. With no page
     * yet (WebKit's library in before the opened portfolio's first page), the WebView is made now,
     * in a turn of its own, so that the page loads the moment it comes: made only then, the
     * WebView and a turn more delayed the first content by 0.2-0.4 s.
     */
    private void showWaitingPage() {
        PreviewViewModel.RenderedPage page = waitingPage;
        if (page == null) {
            if (webView == null && webKitReady.toCompletableFuture().isDone()) {
                webView();
            }
            return;
        }
        if (webView == null && !webKitReady.toCompletableFuture().isDone()) {
            return;
        }
        waitingPage = null;
        if (webView == null) {
            webView();
            // WebKit's first page in a frame after the WebView's own, unless a later page was shown since.
            FrameByFrame.add(() -> {
                if (shown == null) {
                    show(page);
                }
            });
        } else {
            show(page);
        }
    }

    private static double scrollY(WebEngine engine) {
        try {
            return engine.executeScript("window.scrollY") instanceof Number n ? n.doubleValue() : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * Shows the page's light or dark variant to match the editor, as a visitor's system setting
     * would, unless the site's settings force one (the page then has data-theme when it loads).
     */
    private void applyTheme() {
        if (webView == null || webView.getEngine().getLoadWorker().getState() != Worker.State.SUCCEEDED) {
            return;
        }
        webView.getEngine().executeScript("(function(d){var r=document.documentElement;"
                + "if(window.scholarfolioForcedTheme===undefined){window.scholarfolioForcedTheme=r.hasAttribute('data-theme');}"
                + "if(!window.scholarfolioForcedTheme){r.setAttribute('data-theme',d?'dark':'light');}})("
                + Boolean.TRUE.equals(dark.getValue()) + ")");
    }

    /**
     * Runs {@code action} in a frame of its own ({@link FrameByFrame}) once the pane's window has laid
     * out a frame: the last one asked before that frame.
     */
    private void afterFirstFrame(Runnable action) {
        if (framed) {
            FrameByFrame.add(action);
        } else {
            afterFirstFrame = action;
        }
    }

    /** Sets {@link #framed} in a frame of its own after the first pulse that lays out the pane, then runs what waits. */
    private void watchFirstFrame() {
        FrameByFrame.afterFirstFrame(root, () -> {
            framed = true;
            Runnable waiting = afterFirstFrame;
            afterFirstFrame = null;
            if (waiting != null) {
                waiting.run();
            }
        });
    }

    /** Created on first use: WebKit costs start-up time, so the window shows before it loads. */
    private WebView webView() {
        if (webView == null) {
            webView = new WebView();
            ScriptCollection.get().pendingWhile(() -> vm.rendering() || !pendingSteps.isEmpty() || afterTheSteps != null
                    || loading != null);
            webView.setId("preview-web");
            webView.setContextMenuEnabled(false);
            webView.setAccessibleText("Preview of the page as it will be published");
            WebEngine engine = webView.getEngine();
            // WebKit parses a page as its data comes, in turns of its own, and lays it out in the next frame:
            // that frame takes no put-off piece (a step, a form's part), which with it went over 100 ms.
            engine.getLoadWorker().progressProperty().addListener((obs, old, now) -> FrameByFrame.keepNextFrameFree());
            engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.FAILED) {
                    loading = null;
                }
                if (state == Worker.State.SUCCEEDED) {
                    loading = null;
                    // Links lead out of the preview into pages that exist only after an export.
                    engine.executeScript("document.addEventListener('click',function(e){"
                            + "if(e.target.closest&&e.target.closest('a[href]')){e.preventDefault();}},true)");
                    // WebKit here has the same gap in glyph fallback as JavaFX (see ScriptFonts): the
                    // theme's font list gets an installed CJK family at its end, for the preview only.
                    ScriptFonts.cjkFamily().ifPresent(family -> engine.executeScript(
                            "document.body.style.fontFamily=getComputedStyle(document.body).fontFamily+',"
                                    + "\"" + family + "\"'"));
                    applyTheme();
                    loaded = true;
                    working("loaded");
                    FrameByFrame.keepNextFrameFree();
                    if (pendingSteps.isEmpty()) {
                        whole();
                    } else {
                        // The rest of a large page, a step a frame from the next one on.
                        appendAStepAFrame();
                    }
                    vm.loadEmoji();
                }
            });
            page.getChildren().add(webView);
            applyWidth();
        }
        return webView;
    }

    public Parent root() {
        return root;
    }
}
