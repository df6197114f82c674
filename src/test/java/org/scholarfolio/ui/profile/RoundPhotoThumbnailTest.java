package org.scholarfolio.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A round photo's thumbnail is the centred square of the picture the site shows in the circle
 * (object-fit: cover), not the whole landscape picture cut flat by the circle.
 */
@ExtendWith(ApplicationExtension.class)
class RoundPhotoThumbnailTest {
    @TempDir
    static Path tmp;
    private ProfileViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        Path dir = Files.createDirectories(tmp.resolve("home"));
        editor.saveAs(dir.resolve("portfolio.json"));
        Path landscape = tmp.resolve("landscape.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", landscape.toFile());
        vm = new ProfileViewModel(editor);
        vm.usePhoto(landscape);
        vm.photoCircularProperty().set(true);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new PhotoPicker(vm).root()), 400, 200));
        stage.show();
    }

    @Test
    void aRoundLandscapePhotoShowsItsMiddleSquareAndTheWholePictureOnceNotRound(FxRobot robot) throws Exception {
        ImageView thumbnail = robot.lookup("#profile-photo-thumbnail").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().stream().filter(ImageView.class::isInstance).map(ImageView.class::cast).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> thumbnail.getImage() != null && thumbnail.getImage().getProgress() >= 1
                && thumbnail.getViewport() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D shown = thumbnail.getViewport();
        double w = thumbnail.getImage().getWidth();
        double h = thumbnail.getImage().getHeight();
        assertThat(w).isGreaterThan(h);
        assertThat(shown.getWidth()).isEqualTo(h);
        assertThat(shown.getHeight()).isEqualTo(h);
        assertThat(shown.getMinX()).isEqualTo((w - h) / 2);
        Bounds drawn = thumbnail.getLayoutBounds();
        assertThat(drawn.getWidth()).isEqualTo(drawn.getHeight());

        robot.interact(() -> vm.photoCircularProperty().set(false));
        assertThat(thumbnail.getViewport()).isNull();
    }
}
