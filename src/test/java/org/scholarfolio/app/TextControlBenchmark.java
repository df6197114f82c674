package org.scholarfolio.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.scholarfolio.testing.ScenePictures;
import org.scholarfolio.ui.form.ParagraphTextArea;

/**
 * The text control alone: a key typed at the end of a 20 KB Markdown text, timed on the UI thread
 * from the key to the end of the pulse that lays out and draws it (wall and processor time), for
 * JavaFX's TextArea and for {@link ParagraphTextArea}, alternating. Not a test; see BENCHMARKS.md.
 */
public final class TextControlBenchmark {
    private TextControlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        String text = EditorBenchmark.bio(20 * 1024);
        for (int round = 1; round <= rounds; round++) {
            if (!"ParagraphTextArea".equals(System.getProperty("bench.only"))) {
            report("TextArea", round, keys, type(() -> {
                TextArea area = new TextArea(text);
                area.setWrapText(true);
                return area;
            }, keys));
            }
            report("ParagraphTextArea", round, keys, type(() -> {
                ParagraphTextArea area = new ParagraphTextArea();
                area.setText(text);
                return area;
            }, keys));
        }
        Platform.exit();
    }

    private static void report(String name, int round, int keys, double[][] wallAndCpu) {
        System.out.printf(Locale.ROOT, "round %d %-18s key to drawn frame, UI thread: wall p50 %.2f / p95 %.2f ms,"
                        + " processor p50 %.2f / p95 %.2f ms (%d keys)%n", round, name,
                EditorBenchmark.percentile(wallAndCpu[0], 50), EditorBenchmark.percentile(wallAndCpu[0], 95),
                EditorBenchmark.percentile(wallAndCpu[1], 50), EditorBenchmark.percentile(wallAndCpu[1], 95), keys);
    }

    /** Shows the control in a window, types {@code keys} letters at its end (after 40 unmeasured), one per pulse. */
    private static double[][] type(Supplier<Parent> control, int keys) throws Exception {
        int warmup = 40;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Stage[] stage = new Stage[1];
        Node target = ScenePictures.onFx(() -> {
            Parent field;
            try {
                field = control.get();
            } catch (Throwable e) {
                e.printStackTrace();
                throw e;
            }
            field.setId("field");
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(field), 700, 500));
            stage[0].show();
            field.requestFocus();
            Node owner = stage[0].getScene().getFocusOwner();
            fire(owner, KeyEvent.KEY_PRESSED, KeyCode.END, "", true);
            return owner;
        });
        double[] wall = new double[keys];
        double[] cpu = new double[keys];
        for (int i = 0; i < warmup + keys; i++) {
            char c = "quick notes on sparse models ".charAt(i % 29);
            int at = i - warmup;
            CountDownLatch drawn = new CountDownLatch(1);
            Platform.runLater(() -> {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                String s = String.valueOf(c);
                KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(s.toUpperCase(Locale.ROOT));
                fire(target, KeyEvent.KEY_PRESSED, code, "", false);
                fire(target, KeyEvent.KEY_TYPED, KeyCode.UNDEFINED, s, false);
                fire(target, KeyEvent.KEY_RELEASED, code, "", false);
                // The pulse after this one has laid out and drawn the key's change.
                new AnimationTimer() {
                    private int frames;

                    @Override
                    public void handle(long now) {
                        if (++frames == 2) {
                            stop();
                            if (at >= 0) {
                                wall[at] = (System.nanoTime() - start) / 1e6;
                                cpu[at] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
                            }
                            drawn.countDown();
                        }
                    }
                }.start();
            });
            if (!drawn.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame drawn");
            }
        }
        ScenePictures.onFx(() -> {
            stage[0].close();
            return null;
        });
        return new double[][] {wall, cpu};
    }

    private static void fire(Node target, javafx.event.EventType<KeyEvent> type, KeyCode code, String character, boolean ctrl) {
        Event.fireEvent(target, new KeyEvent(type, character, "", code, false, ctrl, false, false));
    }
}
