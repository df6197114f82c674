package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.ui.export.ExportDialog;
import org.scholarfolio.ui.export.ExportViewModel;
import org.scholarfolio.ui.publish.PublishDialog;
import org.scholarfolio.ui.publish.PublishViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Export and Publish dialogs were put in the middle of the primary screen, wherever the editor's
 * window was: beside it on a wide screen, on the other monitor with two. They open over the window
 * they belong to, as the toolkit's alerts do, and never larger than its screen (the Publish dialog
 * is 666 px tall: more than a 1024 x 700 screen leaves under a panel and a title bar).
 */
@ExtendWith(ApplicationExtension.class)
class DialogsOpenOverTheirWindowTest {
    @TempDir
    static Path dir;
    private Stage editor;

    /**
     * A window of its own, not the test's stage: the toolkit's stage is shared by every test class in the JVM, and one
     * given a size by hand keeps it when a later test gives it a scene (later tests' 1024 x 700 editors were 600 wide).
     */
    @Start
    void start(Stage stage) {
        editor = new Stage();
        editor.setScene(new Scene(new StackPane(), 300, 200));
        editor.show();
    }

    @AfterEach
    void closeTheEditorsWindow(FxRobot robot) {
        robot.interact(editor::close);
    }

    /** The editor's window where the test wants it, away from the middle of the screen. */
    private void editorAt(FxRobot robot, double x, double y, double width, double height) {
        robot.interact(() -> {
            editor.setX(x);
            editor.setY(y);
            editor.setWidth(width);
            editor.setHeight(height);
        });
    }

    private static Stage dialogOwnedBy(Window owner) {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() == owner)
                .findFirst().orElseThrow();
    }

    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    @Test
    void theExportDialogOpensOverTheEditorsWindow(FxRobot robot) {
        Rectangle2D screen = screen();
        editorAt(robot, screen.getMaxX() - 600, screen.getMinY() + 300, 500, 400);
        EditorViewModel vm = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), dir.resolve("portfolio.json"));
        ExportViewModel export = new ExportViewModel(vm, (p, d, o, progress) -> new SiteExporter().export(p, d,
                ExportOptions.defaults(), o, progress), Executors.newSingleThreadExecutor(), Platform::runLater);
        robot.interact(() -> new ExportDialog(export, editor, (url, failed) -> { }).show());
        WaitForAsyncUtils.waitForFxEvents();

        Stage dialog = dialogOwnedBy(editor);
        assertThat(dialog.getX() + dialog.getWidth() / 2).as("the dialog's middle, the window's at %s", centreX(editor))
                .isCloseTo(centreX(editor), org.assertj.core.data.Offset.offset(2.0));
        assertThat(dialog.getY()).isBetween(editor.getY(), editor.getY() + editor.getHeight());
        assertWithin(dialog, screen);
        robot.interact(dialog::close);
    }

    @Test
    void thePublishDialogOpensOverTheEditorsWindow(FxRobot robot) {
        Rectangle2D screen = screen();
        editorAt(robot, screen.getMaxX() - 750, screen.getMinY() + 100, 740, 600);
        EditorViewModel vm = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), dir.resolve("portfolio.json"));
        PublishViewModel publish = new PublishViewModel(vm, new Publisher(new PublishCache(dir.resolve("cache"))),
                new PublishViewModel.Targets() {
                    @Override
                    public Optional<org.scholarfolio.model.PublishTarget> load(Path folder) {
                        return Optional.empty();
                    }

                    @Override
                    public void save(Path folder, org.scholarfolio.model.PublishTarget target) {
                    }
                }, SecretStore.none(), Map.of(), Executors.newSingleThreadExecutor(), Platform::runLater);
        robot.interact(() -> new PublishDialog(publish, editor).show());
        WaitForAsyncUtils.waitForFxEvents();

        Stage dialog = dialogOwnedBy(editor);
        assertThat(dialog.getX() + dialog.getWidth() / 2).as("the dialog's middle, the window's at %s", centreX(editor))
                .isCloseTo(centreX(editor), org.assertj.core.data.Offset.offset(2.0));
        assertWithin(dialog, screen);
        robot.interact(dialog::close);
    }

    @Test
    void aDialogTallerThanTheScreenIsCutToIt(FxRobot robot) {
        Rectangle2D screen = screen();
        editorAt(robot, screen.getMinX() + 100, screen.getMinY() + 100, 600, 500);
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            Region tall = new Region();
            tall.setPrefSize(400, screen.getHeight() + 300);
            tall.setMinHeight(0);
            dialog[0] = new DialogStage();
            dialog[0].initOwner(editor);
            dialog[0].setScene(new Scene(new StackPane(tall)));
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog[0].getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertWithin(dialog[0], screen);
        robot.interact(dialog[0]::close);
    }

    private static double centreX(Window w) {
        return w.getX() + w.getWidth() / 2;
    }

    private static void assertWithin(Window w, Rectangle2D screen) {
        assertThat(w.getX()).as("left").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(w.getY()).as("top").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(w.getX() + w.getWidth()).as("right").isLessThanOrEqualTo(screen.getMaxX());
        assertThat(w.getY() + w.getHeight()).as("bottom").isLessThanOrEqualTo(screen.getMaxY());
    }
}
