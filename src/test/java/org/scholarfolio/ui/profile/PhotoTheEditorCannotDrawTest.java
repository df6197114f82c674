package org.scholarfolio.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * Seen in a real window: a WebP chosen as the photo (the site's browsers show it) left the thumbnail an empty
 * square that said nothing, as did a file named .jpg that was no picture; a phone's HEIC photo was "not a picture".
 */
@ExtendWith(ApplicationExtension.class)
class PhotoTheEditorCannotDrawTest {
    @TempDir
    static Path tmp;
    private ProfileViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        Path dir = Files.createDirectories(tmp.resolve("home"));
        editor.saveAs(dir.resolve("portfolio.json"));
        vm = new ProfileViewModel(editor);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new PhotoPicker(vm).root()), 400, 200));
        stage.show();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path file = Files.createDirectories(tmp.resolve("Downloads")).resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private String frameSaysAfterChoosing(FxRobot robot, Path picture, String[] message) throws Exception {
        robot.interact(() -> message[0] = vm.usePhoto(picture));
        Label placeholder = robot.lookup("#profile-photo-placeholder").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !placeholder.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return placeholder.getText();
    }

    @Test
    void aWebpPhotoSaysTheEditorCannotDrawItButBrowsersDo(FxRobot robot) throws Exception {
        // The start of a lossless WebP: JavaFX has no decoder for it, as for any WebP.
        byte[] webp = {'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 13, 0, 0, 0, 0x2f, 0, 0, 0, 0x10,
            0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xfe, 0x07, 0};
        String[] said = new String[1];
        assertThat(frameSaysAfterChoosing(robot, file("me.webp", webp), said)).isEqualTo("WEBP: not drawn here; browsers show it");
        assertThat(said[0]).startsWith("Photo: assets/me.webp. The editor cannot draw this kind of picture");
    }

    @Test
    void aFileNamedJpgThatIsNoPictureSaysSo(FxRobot robot) throws Exception {
        String[] said = new String[1];
        assertThat(frameSaysAfterChoosing(robot, file("broken.jpg", "not a jpeg at all".getBytes()), said))
                .isEqualTo("Not a picture the editor can read");
    }

    @Test
    void aDrawablePictureLeavesTheFrameSilent(FxRobot robot) throws Exception {
        Path png = tmp.resolve("Downloads").resolve("fine.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB), "png", png.toFile());
        robot.interact(() -> vm.usePhoto(png));
        Label placeholder = robot.lookup("#profile-photo-placeholder").queryAs(Label.class);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder.getText()).isEmpty();
    }

    @Test
    void aPhonesHeicPhotoIsToldWhyItCannotBeUsedAndChangesNothing(FxRobot robot) throws Exception {
        String said = vm.usePhoto(file("IMG_0042.HEIC", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}));
        assertThat(said).isEqualTo("IMG_0042.HEIC: most browsers cannot show HEIC pictures; save it as JPEG or PNG"
                + " (Photos and Preview: File > Export) and choose that.");
        assertThat(vm.photoPathProperty().get()).isNotEqualTo("assets/IMG_0042.HEIC");
    }
}
