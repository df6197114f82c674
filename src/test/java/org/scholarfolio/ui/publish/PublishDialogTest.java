package org.scholarfolio.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.Finding;
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

@ExtendWith(ApplicationExtension.class)
class PublishDialogTest {
    private static final Path SAMPLE = Path.of("sample-data", "alan-turing").toAbsolutePath();

    @TempDir
    static Path dir;
    private final Map<Path, PublishTarget> saved = new HashMap<>();
    private PublishViewModel vm;
    private Path bare;

    @Start
    void start(Stage stage) throws Exception {
        bare = dir.resolve("site-" + System.nanoTime() + ".git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        var loaded = PortfolioStore.load(SAMPLE);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), loaded.portfolio(), loaded.file());
        saved.put(SAMPLE, new PublishTarget(bare.toUri().toString(), "gh-pages", "https://ada.github.io/", "www.ada.org"));
        PublishViewModel.Targets targets = new PublishViewModel.Targets() {
            @Override
            public Optional<PublishTarget> load(Path folder) {
                return Optional.ofNullable(saved.get(folder));
            }

            @Override
            public void save(Path folder, PublishTarget target) throws IOException {
                saved.put(folder, target);
            }
        };
        vm = new PublishViewModel(editor, new Publisher(new PublishCache(dir.resolve("cache-" + System.nanoTime()))), targets,
                SecretStore.none(), Map.of(), Executors.newSingleThreadExecutor(), Platform::runLater);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        new PublishDialog(vm, stage).show();
    }

    @Test
    void checkFlagsTheBaseUrlAndItsFixIsTakenIntoTheNextPublish(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#publish-remote").queryAs(TextField.class).getText()).isEqualTo(bare.toUri().toString());
        assertThat(robot.lookup("#publish-sign-in").queryAs(Label.class).getText()).isEqualTo("A local repository needs no sign-in.");

        robot.clickOn("#publish-check");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.resultProperty().get().outcome()).isEqualTo(PublishResult.Outcome.DRY_RUN);
        assertThat(vm.findings()).anySatisfy(f -> assertThat(f.title()).isEqualTo("The base URL does not match the remote"));
        robot.clickOn("Use https://www.ada.org/");
        assertThat(robot.lookup("#publish-base-url").queryAs(TextField.class).getText()).isEqualTo("https://www.ada.org/");

        robot.clickOn("#publish-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        PublishResult result = vm.resultProperty().get();
        assertThat(result.outcome()).as(result.message()).isEqualTo(PublishResult.Outcome.PUBLISHED);
        assertThat(result.findings()).noneSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR))
                .anySatisfy(f -> assertThat(f.title()).isEqualTo("CNAME names www.ada.org"));
        assertThat(saved.get(SAMPLE).baseUrl()).isEqualTo("https://www.ada.org/");
        assertThat(robot.lookup("#publish-status").queryAs(Label.class).getText()).startsWith("Published");
    }

    /**
     * Seen in a real window: Check with a file:// address where there is no repository said "The remote
     * file:///…/nope.git said: file:///…/nope.git: not found.. There is no repository at …": the address
     * three times and two full stops. The remote's words are quoted without the address and their own stop.
     */
    @Test
    void aMissingRepositoryIsToldInWholeSentences(FxRobot robot) throws Exception {
        String missing = dir.resolve("missing-" + System.nanoTime() + ".git").toUri().toString();
        TextField remote = robot.lookup("#publish-remote").queryAs(TextField.class);
        robot.interact(() -> remote.setText(missing));
        robot.clickOn("#publish-check");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        String status = robot.lookup("#publish-status").queryAs(Label.class).getText();
        assertThat(status).as(status).doesNotContain("..")
                .contains("There is no repository at " + missing + ". Create it first")
                .doesNotContain("said: " + missing);
    }
}
