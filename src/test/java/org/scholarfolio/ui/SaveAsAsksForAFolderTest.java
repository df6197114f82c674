package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Save As asks for a folder, as creating a portfolio does (a portfolio is a folder), brings the
 * photo and PDFs along, and never writes over another portfolio.
 */
@ExtendWith(ApplicationExtension.class)
class SaveAsAsksForAFolderTest {
    @TempDir
    static Path home;

    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> titles = new java.util.ArrayList<>();
    private EditorViewModel editor;
    private MainView view;
    private Path saved;

    @Start
    void start(Stage stage) throws Exception {
        Path ada = Files.createDirectories(home.resolve("ada-" + System.nanoTime()));
        Files.createDirectories(ada.resolve("assets"));
        Files.writeString(ada.resolve("assets/photo.jpg"), "a photo");
        Files.writeString(ada.resolve("assets/turing1950.pdf"), "a paper");
        Files.createDirectories(ada.resolve("talks"));
        Files.writeString(ada.resolve("talks/slides.pdf"), "slides");
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().photo(new Photo("photo.jpg", Photo.Align.RIGHT, false, "")).build())
                .withPublications(List.of(Publication.builder("turing1950", "article").title("Computing Machinery")
                        .links(PublicationLinks.NONE.with(org.scholarfolio.model.LinkKind.PDF, "turing1950.pdf")
                                .with(org.scholarfolio.model.LinkKind.SLIDES, "talks/slides.pdf"))
                        .build()));
        saved = ada.resolve("portfolio.json");
        PortfolioStore.save(saved, p);
        var loaded = PortfolioStore.load(saved);
        editor = new EditorViewModel(new OnDisk(), loaded.portfolio(), loaded.file());
        view = EditorOnStage.show(stage, editor, 1000, 700);
        view.documents().askFoldersWith((owner, title, initial) -> {
            titles.add(title);
            return answers.poll();
        });
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    /** The store, as the app has it. */
    private static final class OnDisk implements PortfolioFiles {
        @Override
        public Opened open(Path folderOrJson) throws IOException {
            try {
                var loaded = PortfolioStore.load(folderOrJson);
                return new Opened(loaded.file(), loaded.portfolio());
            } catch (org.scholarfolio.store.PortfolioLoadException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void save(Path jsonFile, Portfolio portfolio) throws IOException {
            PortfolioStore.save(jsonFile, portfolio);
        }
    }

    private void saveAs(FxRobot robot) {
        Platform.runLater(() -> view.documents().saveAs());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void aNewFolderGetsThePortfolioWithItsPhotoAndPdfs(FxRobot robot) throws Exception {
        Path copy = home.resolve("ada-copy-" + System.nanoTime());
        answers.add(copy);

        saveAs(robot);

        assertThat(titles).singleElement().asString().contains("folder");
        assertThat(editor.fileProperty().get()).isEqualTo(copy.resolve("portfolio.json"));
        assertThat(PortfolioStore.load(copy).portfolio()).isEqualTo(editor.portfolio());
        assertThat(copy.resolve("assets/photo.jpg")).hasContent("a photo");
        assertThat(copy.resolve("assets/turing1950.pdf")).hasContent("a paper");
        assertThat(copy.resolve("talks/slides.pdf")).hasContent("slides");
        assertThat(status(robot)).startsWith("Saved " + copy.resolve("portfolio.json")).contains("with 3 files");
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void aFolderHoldingAnotherPortfolioIsRefusedAndLeftAsItIs(FxRobot robot) throws IOException {
        Path other = Files.createDirectories(home.resolve("grace-" + System.nanoTime()));
        PortfolioStore.save(other, Portfolio.empty());
        byte[] before = Files.readAllBytes(other.resolve("portfolio.json"));
        answers.add(other);

        saveAs(robot);
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains(other.toString()).contains("already holds a portfolio");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readAllBytes(other.resolve("portfolio.json"))).isEqualTo(before);
        assertThat(other.resolve("assets")).doesNotExist();
        assertThat(editor.fileProperty().get()).isEqualTo(saved);
        assertThat(status(robot)).isEqualTo("Not saved: " + other + " holds another portfolio");
    }

    @Test
    void afterARefusalAnotherFolderCanBeChosen(FxRobot robot) throws IOException {
        Path other = Files.createDirectories(home.resolve("grace-" + System.nanoTime()));
        PortfolioStore.save(other, Portfolio.empty());
        Path empty = Files.createDirectories(home.resolve("empty-" + System.nanoTime()));
        answers.add(other);
        answers.add(empty);

        saveAs(robot);
        robot.clickOn("Choose another folder\u2026");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titles).hasSize(2);
        assertThat(editor.fileProperty().get()).isEqualTo(empty.resolve("portfolio.json"));
        assertThat(empty.resolve("assets/photo.jpg")).hasContent("a photo");
    }
}
