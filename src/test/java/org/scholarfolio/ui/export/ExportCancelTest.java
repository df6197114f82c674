package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cancel waits for the writer: the dialog stays busy until the exporter returns, and the old site stays whole. */
@ExtendWith(ApplicationExtension.class)
class ExportCancelTest {
    @TempDir
    static Path dir;
    private EditorViewModel editor;
    private ExportViewModel vm;
    /** Set for the export under test: it holds the exporter until released, as a slow render would. */
    private volatile CountDownLatch hold;
    private final CountDownLatch held = new CountDownLatch(1);
    private final AtomicBoolean interrupted = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), named("Ada", "Lovelace"), dir.resolve("portfolio.json"));
        vm = new ExportViewModel(editor, (p, d, o, progress) -> {
            CountDownLatch h = hold;
            if (h != null) {
                held.countDown();
                boolean wasInterrupted = awaitIgnoringInterrupts(h);
                interrupted.set(wasInterrupted);
                if (wasInterrupted) {
                    Thread.currentThread().interrupt(); // the exporter sees the cancel
                }
            }
            return new SiteExporter().export(p, d, ExportOptions.defaults(), o, progress);
        }, Executors.newSingleThreadExecutor(), Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        new ExportDialog(vm, stage, (url, failed) -> { }).show();
    }

    @Test
    void cancellingARunningExportWaitsForTheWriterAndLeavesTheOldSiteIntact(FxRobot robot) throws Exception {
        Path out = dir.resolve("site");
        robot.clickOn("#export-folder").write(out.toString());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        Map<String, String> before = contents(out);
        assertThat(before.get("index.html")).contains("Lovelace");

        robot.interact(() -> editor.history().reset(named("Grace", "Hopper")));
        hold = new CountDownLatch(1);
        robot.clickOn("#export-run");
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        robot.clickOn("#export-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        // The exporter has not returned yet: the dialog waits for it and offers no second run.
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(robot.lookup("#export-run").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).isEqualTo("Cancelling\u2026");

        hold.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(interrupted).isTrue();
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).isEqualTo("Export cancelled");
        assertThat(contents(out)).isEqualTo(before);
        assertThat(Files.readString(out.resolve("index.html"))).contains("Lovelace").doesNotContain("Hopper");
    }

    private static Portfolio named(String first, String last) {
        Portfolio p = Portfolio.empty();
        return p.withProfile(p.profile().toBuilder().name(new PersonName(first, "", last)).build());
    }

    private static boolean awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean wasInterrupted = false;
        while (true) {
            try {
                latch.await();
                return wasInterrupted;
            } catch (InterruptedException e) {
                wasInterrupted = true;
            }
        }
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString(), Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
