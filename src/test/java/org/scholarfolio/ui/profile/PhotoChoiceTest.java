package org.scholarfolio.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class PhotoChoiceTest {
    @TempDir
    Path tmp;

    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
    private final ProfileViewModel vm = new ProfileViewModel(editor);

    private Path portfolioIn(String folder) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        editor.saveAs(dir.resolve("portfolio.json"));
        return dir;
    }

    private Path picture(String name, String bytes) throws IOException {
        Path file = Files.createDirectories(tmp.resolve("Downloads")).resolve(name);
        Files.writeString(file, bytes);
        return file;
    }

    @Test
    void aChosenPictureIsCopiedIntoAssetsAndNamedInTheProfileAsOneUndoStep() throws IOException {
        Path dir = portfolioIn("home");
        Path me = picture("me.JPG", "jpeg bytes");

        String said = vm.usePhoto(me);

        assertThat(said).isEqualTo("Photo: assets/me.JPG");
        assertThat(dir.resolve("assets/me.JPG")).hasContent("jpeg bytes");
        assertThat(editor.portfolio().profile().photo().path()).isEqualTo("assets/me.JPG");
        assertThat(vm.photoFile()).contains(dir.toAbsolutePath().resolve("assets/me.JPG"));
        try (var left = Files.list(dir.resolve("assets"))) {
            assertThat(left).hasSize(1); // no temporary file left behind
        }
        editor.history().undo();
        assertThat(editor.portfolio().profile().photo()).isNull();
    }

    @Test
    void anotherPictureWithTheSameNameNeverOverwritesTheFirstButTheSameBytesAreReused() throws IOException {
        Path dir = portfolioIn("home");
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/me.png"), "old photo");

        assertThat(vm.usePhoto(picture("me.png", "new photo"))).isEqualTo("Photo: assets/me-2.png");
        assertThat(dir.resolve("assets/me.png")).hasContent("old photo");
        assertThat(vm.usePhoto(picture("me.png", "old photo"))).isEqualTo("Photo: assets/me.png");
    }

    @Test
    void anUntitledPortfolioOrAFileThatIsNoPictureChangesNothing() throws IOException {
        assertThat(vm.usePhoto(picture("me.png", "x"))).startsWith("Save the portfolio first");

        portfolioIn("home");
        assertThat(vm.usePhoto(picture("cv.pdf", "%PDF"))).startsWith("cv.pdf is not a picture (avif, gif, jpeg, jpg");
        assertThat(editor.portfolio().profile().photo()).isNull();
    }
}
