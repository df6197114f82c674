package org.scholarfolio.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.GitSshServer;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.PublishResult;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Publishing in the dialog to an SSH server met for the first time: the publish stops and shows the
 * server's host key fingerprint (as ssh does) with what to compare it with; nothing is trusted until
 * the person clicks "Trust this key and publish", which adds the key to {@code known_hosts} and
 * publishes. A loopback Apache MINA server with real git behind it stands for the host.
 */
@ExtendWith(ApplicationExtension.class)
class PublishTrustHostKeyTest {
    @TempDir
    static Path dir;
    private GitSshServer server;
    private PublishViewModel vm;
    private Path knownHosts;

    @Start
    void start(Stage stage) throws Exception {
        Path repositories = Files.createDirectories(dir.resolve("server"));
        Process init = new ProcessBuilder("git", "init", "--bare", "--quiet", repositories.resolve("site.git").toString()).start();
        assertThat(init.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path home = dir.resolve("home");
        KeyPair key = GitSshServer.newKey();
        GitSshServer.writeKey(home.resolve(".ssh"), "id_ecdsa", key, null);
        knownHosts = home.resolve(".ssh/known_hosts");
        server = new GitSshServer(repositories, GitSshServer.SignIn.KEY);
        server.authorizedKeys.add(key.getPublic());

        Path sample = Path.of("sample-data", "alan-turing").toAbsolutePath();
        var loaded = PortfolioStore.load(sample);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), loaded.portfolio(), loaded.file());
        Map<Path, PublishTarget> saved = new HashMap<>(Map.of(sample, new PublishTarget(server.url("site.git"), "gh-pages", "", "")));
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
        Publisher publisher = new Publisher(new PublishCache(dir.resolve("cache")), new SiteExporter(), 60, home, Map.of());
        vm = new PublishViewModel(editor, publisher, targets, SecretStore.none(), Map.of(), Executors.newSingleThreadExecutor(),
                Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        new PublishDialog(vm, stage).show();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFirstTimeHostShowsItsFingerprintAndIsTrustedOnlyByTheDeliberateClick(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#publish-host-key").query().isVisible()).isFalse();

        robot.clickOn("#publish-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        String fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, server.hostKey.getPublic());
        assertThat(vm.resultProperty().get().outcome()).isEqualTo(PublishResult.Outcome.FAILED);
        assertThat(robot.lookup("#publish-host-key").query().isVisible()).isTrue();
        assertThat(robot.lookup("#publish-host-title").queryAs(Label.class).getText())
                .isEqualTo("First connection to 127.0.0.1 (port " + server.port() + ")");
        assertThat(robot.lookup("#publish-host-fingerprint").queryAs(TextField.class).getText()).isEqualTo(fingerprint);
        Button trust = robot.lookup("#publish-trust-host").queryButton();
        assertThat(trust.isDefaultButton()).isFalse();
        assertThat(knownHosts).doesNotExist();
        assertThat(robot.lookup("#publish-status").queryAs(Label.class).getText())
                .isEqualTo("Publishing stopped before signing in: 127.0.0.1 is a server it has not connected to before."
                        + " Nothing was changed on the remote.");
        javafx.geometry.Bounds publish = robot.lookup("#publish-run").query().localToScene(robot.lookup("#publish-run").query().getBoundsInLocal());
        assertThat(publish.getMaxY()).as("the Publish button stays in the dialog").isLessThanOrEqualTo(trust.getScene().getHeight());
        // The (empty) findings list makes way for the panel: in a real 1400x900 window the buttons were cut off otherwise.
        assertThat(robot.lookup("#publish-findings").query().isManaged()).isFalse();

        robot.clickOn("#publish-trust-host");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null && !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.resultProperty().get().outcome()).as(vm.resultProperty().get().message()).isEqualTo(PublishResult.Outcome.PUBLISHED);
        assertThat(Files.readString(knownHosts)).isEqualTo(server.knownHostsLine(server.hostKey.getPublic()));
        assertThat(robot.lookup("#publish-host-key").query().isVisible()).isFalse();
        assertThat(robot.lookup("#publish-findings").query().isVisible()).isTrue();
        assertThat(robot.lookup("#publish-status").queryAs(Label.class).getText()).startsWith("Published");
    }
}
