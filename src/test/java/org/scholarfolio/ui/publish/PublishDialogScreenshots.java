package org.scholarfolio.ui.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.eclipse.jgit.api.Git;
import static org.scholarfolio.testing.ScenePictures.onFx;
import static org.scholarfolio.testing.ScenePictures.save;

import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;

/**
 * Photographs the Publish dialog after a Check against a local bare repository, light and dark, as
 * a person sees it. Run under a real display (Xvfb):
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.scholarfolio.ui.publish.PublishDialogScreenshots -Dexec.args="sample-data/alan-turing docs/screenshots"
 * </pre>
 */
public final class PublishDialogScreenshots {
    private PublishDialogScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path portfolio = Path.of(args.length > 0 ? args[0] : "sample-data/alan-turing").toAbsolutePath();
        Path out = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("scholarfolio-publish-screenshot");
        Path bare = work.resolve("notes.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        var loaded = PortfolioStore.load(portfolio);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), loaded.portfolio(), loaded.file());
        // A local stand-in for github.com/ada/notes: the base URL check then compares against a custom domain.
        PublishTarget target = new PublishTarget(bare.toUri().toString(), "gh-pages", "https://ada.github.io/", "www.turing.example.org");
        PublishViewModel.Targets targets = new PublishViewModel.Targets() {
            @Override
            public Optional<PublishTarget> load(Path folder) {
                return Optional.of(target);
            }

            @Override
            public void save(Path folder, PublishTarget t) {
            }
        };
        PublishViewModel vm = new PublishViewModel(editor, new Publisher(new PublishCache(work.resolve("cache"))), targets,
                SecretStore.system(), Map.of(), Executors.newSingleThreadExecutor(), Platform::runLater);
        for (String theme : new String[] {"light", "dark"}) {
            PublishDialog[] dialog = new PublishDialog[1];
            onFx(() -> {
                // The sheet the window sets (MainView.applyTheme), so that the pictures show the app's theme.
                MainView.applyTheme(theme.equals("dark"));
                Stage owner = new Stage();
                owner.setScene(new Scene(new StackPane(), 200, 100));
                dialog[0] = new PublishDialog(vm, owner);
                dialog[0].show();
                vm.check();
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (onFx(() -> vm.runningProperty().get()) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(1500);
            save(dialog[0].stage().getScene(), out.resolve("editor-publish-" + theme + ".png"));
            onFx(() -> {
                dialog[0].stage().close();
                return null;
            });
        }
        Platform.exit();
        System.exit(0);
    }
}
