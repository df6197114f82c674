package org.scholarfolio.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.PublishResult;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cancel in the Publish dialog while the remote has accepted the connection and says nothing: the
 * dialog says it was cancelled at once, not after the transport's 60 s timeout.
 */
@ExtendWith(ApplicationExtension.class)
class PublishCancelOnASilentServerTest {
    @TempDir
    static Path dir;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket silent;
    private PublishViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
        Path sample = Path.of("sample-data", "alan-turing").toAbsolutePath();
        var loaded = PortfolioStore.load(sample);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), loaded.portfolio(), loaded.file());
        String remote = remote(silent.getLocalPort());
        Map<Path, PublishTarget> saved = new HashMap<>(Map.of(sample, new PublishTarget(remote, "gh-pages", "", "")));
        PublishViewModel.Targets targets = new PublishViewModel.Targets() {
            @Override
            public Optional<PublishTarget> load(Path folder) {
                return Optional.ofNullable(saved.get(folder));
            }

            @Override
            public void save(Path folder, PublishTarget target) {
                saved.put(folder, target);
            }
        };
        vm = new PublishViewModel(editor, new Publisher(new PublishCache(dir.resolve("cache"))), targets,
                SecretStore.none(), Map.of(), Executors.newSingleThreadExecutor(), Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        new PublishDialog(vm, stage).show();
    }

    /** The silent server's address, as the remote to publish to. */
    String remote(int port) {
        return "http://127.0.0.1:" + port + "/git/site.git";
    }

    @Test
    void cancelWhileTheServerSaysNothingStopsAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#publish-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !held.isEmpty());
        Thread.sleep(500);

        long start = System.nanoTime();
        robot.clickOn("#publish-cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(vm.resultProperty().get().outcome()).isEqualTo(PublishResult.Outcome.CANCELLED);
        assertThat(tookMillis).as("well under the 60 s timeout").isLessThan(20_000);
        assertThat(robot.lookup("#publish-status").queryAs(Label.class).getText()).startsWith("Cancelled");
        silent.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
