package org.scholarfolio.ui.preview;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

/**
 * What freeing a large preview page that another replaced costs the JavaFX thread, and when. A preview pane
 * shows a page of {@code -Dentries} (default 1,000) publication-like entries (about the about page of 100,000
 * generated publications, with its 1,000 selected ones), then another page; the JavaFX thread's processor time
 * is taken over the switch (until the other page is loaded and 1 s more), over the 2 s after it (in which the preview
 * collects WebKit's script heap once it has rested, from session 32 on) and over the 1.5 s after a Java
 * collection ({@code System.gc()}), which WebKit follows on that thread with its disposer (Java DOM wrappers
 * cleared by it) and a collection of JavaScript's. {@code -Dwrapper=true} asks the engine for the document of
 * the large page once it is loaded, as the editor's first-content check did; {@code -Dnogc=true} leaves the
 * collection out (the thread's time at rest). {@code -Dpages=DIR} shows two real preview pages instead, {@code DIR/home.html}
 * then {@code DIR/publications.html} (as the editor rendered them, e.g. of 100,000 publications), each
 * waited for until its {@code data-record} rows and its footer are in. Not a test: run with {@code java}
 * and the test class path (or another build's classes before it), under a display.
 *
 *   java -cp CLASSES:target/test-classes:DEPS -Dentries=1000 -Drounds=5 org.scholarfolio.ui.preview.OldPageFreeBenchmark
 */
public final class OldPageFreeBenchmark {
    private OldPageFreeBenchmark() {
    }

    private static String home(int entries) {
        StringBuilder body = new StringBuilder("<header><nav><a href=\"#\">Home</a></nav></header><main><h1>Home</h1><ol class=\"entries\">");
        for (int i = 0; i < entries; i++) {
            body.append("<li class=\"entry\"><div class=\"badge\"><abbr>J. Test</abbr></div><div class=\"content\">"
                    + "<div class=\"title\">Entry ").append(i).append(" on the things a long title says</div>"
                    + "<div class=\"authors\"><span class=\"me\"><em>A. Author</em></span>, <span>B. Author</span>, <span>C. Author</span> and <span>D. Author</span></div>"
                    + "<div class=\"venue\"><em>Journal of Tests</em>, 2024</div>"
                    + "<div class=\"links\"><a class=\"btn\" href=\"#a\">PDF</a><a class=\"btn\" href=\"#b\">Code</a><a class=\"btn\" href=\"#c\">Bib</a></div>"
                    + "<div class=\"abstract hidden\"><p>An abstract of some length, <b>with</b> words in it, as an entry's abstract has.</p></div></div></li>\n");
        }
        return body.append("</ol></main><footer><p>Footer</p></footer>").toString();
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.getInteger("entries", 1_000);
        int rounds = Integer.getInteger("rounds", 5);
        boolean wrapper = Boolean.getBoolean("wrapper");
        String pages = System.getProperty("pages");
        String home = pages == null ? home(entries) : java.nio.file.Files.readString(java.nio.file.Path.of(pages, "home.html"));
        String other = pages == null ? null : java.nio.file.Files.readString(java.nio.file.Path.of(pages, "publications.html"));
        String homeReady = pages == null
                ? "document.querySelectorAll('li.entry').length===" + entries + "&&!!document.querySelector('footer')"
                : "document.querySelectorAll('[data-record]').length===" + records(home) + "&&!!document.querySelector('footer')";
        String otherReady = pages == null ? "!!document.getElementById('other')"
                : "document.querySelectorAll('[data-record]').length===" + records(other) + "&&!!document.querySelector('footer')";
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        PreviewViewModel[] vm = new PreviewViewModel[1];
        WebView[] web = new WebView[1];
        long[] fxThread = new long[1];
        onFx(() -> {
            fxThread[0] = Thread.currentThread().getId();
            EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
            vm[0] = new PreviewViewModel(editor, (p, t) -> pages != null ? (t instanceof PreviewTarget.Home ? home : other)
                    : "<html><head><title>T</title></head><body>"
                    + (t instanceof PreviewTarget.Home ? home : "<main><p id=\"other\">Other</p></main>") + "</body></html>");
            PreviewPane pane = new PreviewPane(vm[0], editor.portfolioProperty(), new SimpleBooleanProperty(false));
            Stage stage = new Stage();
            stage.setScene(new Scene(pane.root(), 900, 700));
            stage.show();
            return null;
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Supplier<Long> fxMillis = () -> threads.getThreadCpuTime(fxThread[0]) / 1_000_000;
        System.out.printf("%s, wrapper of the document %s%n", pages == null ? "entries " + entries
                : "pages of " + pages + ": " + home.length() + " and " + other.length() + " characters", wrapper);
        for (int round = 0; round <= rounds; round++) {
            onFx(() -> {
                vm[0].targetProperty().set(new PreviewTarget.Home());
                return null;
            });
            waitFor(() -> {
                web[0] = (WebView) findWeb();
                return web[0] != null && Boolean.TRUE.equals(web[0].getEngine().executeScript(homeReady));
            });
            Thread.sleep(1_000);
            if (wrapper) {
                onFx(() -> web[0].getEngine().getDocument());
            }
            long before = fxMillis.get();
            onFx(() -> {
                vm[0].targetProperty().set(new PreviewTarget.Publications());
                return null;
            });
            waitFor(() -> Boolean.TRUE.equals(web[0].getEngine().executeScript(otherReady)));
            Thread.sleep(1_000);
            long switched = fxMillis.get();
            // The preview's own collection of the script heap, 1.5 s after its last piece of work (session 32 on).
            Thread.sleep(2_000);
            long rested = fxMillis.get();
            if (!Boolean.getBoolean("nogc")) {
                System.gc();
            }
            Thread.sleep(1_500);
            long collected = fxMillis.get();
            if (round > 0) {
                System.out.printf("round %d: JavaFX thread over the switch %d ms, over the 2 s after it %d ms,"
                        + " over the 1.5 s after a collection %d ms%n", round, switched - before, rested - switched, collected - rested);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    /** The rows a rendered page marks with {@code data-record}. */
    private static int records(String html) {
        return html.split(" data-record=\"", -1).length - 1;
    }

    private static javafx.scene.Node findWeb() {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            javafx.scene.Node n = w.getScene() == null ? null : w.getScene().lookup("#preview-web");
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

    private static void waitFor(FxCall<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!onFx(() -> {
            try {
                return condition.call();
            } catch (RuntimeException e) {
                return false;
            }
        })) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited in vain");
            }
            Thread.sleep(20);
        }
    }
}
