package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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

/** The export dialog asks before replacing a site made from another portfolio: Replace, Choose another folder, Cancel. */
@ExtendWith(ApplicationExtension.class)
class ExportOtherSiteQuestionTest {
    @TempDir
    static Path dir;
    private ExportViewModel vm;
    private ExportDialog dialog;
    private Path site;

    @Start
    void start(Stage stage) throws Exception {
        // Another portfolio's site in the folder the person is about to type.
        Portfolio other = Portfolio.empty();
        other = other.withProfile(other.profile().toBuilder().name(new PersonName("Alan", "", "Turing")).build());
        // A folder of its own per test: one test replaces the site in it.
        site = Files.createTempDirectory(dir, "test").resolve("site");
        assertThat(new SiteExporter().export(other, Files.createDirectories(dir.resolve("other")), ExportOptions.defaults(), site)
                .succeeded()).isTrue();

        Portfolio mine = Portfolio.empty();
        mine = mine.withProfile(mine.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
        Path mineDir = Files.createDirectories(dir.resolve("mine"));
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), mine, mineDir.resolve("portfolio.json"));
        SiteExporter exporter = new SiteExporter();
        vm = new ExportViewModel(editor, (p, d, o, progress) -> exporter.export(p, d, ExportOptions.defaults(), o, progress),
                Executors.newSingleThreadExecutor(), Platform::runLater)
                .replacingOtherSitesWith((p, d, o, progress) -> exporter.export(p, d, ExportOptions.defaults(), o, progress,
                        SiteExporter.OtherPortfolioSite.REPLACE));
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new ExportDialog(vm, stage, (url, failed) -> { });
        dialog.show();
    }

    private void exportAndWaitForTheQuestion(FxRobot robot) throws Exception {
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.otherSiteProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theQuestionNamesTheFolderCancelKeepsTheSiteAndReplaceReplacesIt(FxRobot robot) throws Exception {
        robot.clickOn("#export-folder").write(site.toString());
        exportAndWaitForTheQuestion(robot);

        Node question = robot.lookup("#export-other-site").query();
        assertThat(question.isVisible()).isTrue();
        assertThat(robot.lookup("#export-other-site-text").queryAs(Label.class).getText())
                .contains("The folder " + site + " holds a website made from another portfolio");
        assertThat(robot.lookup("#export-replace").queryAs(Button.class).getText()).isEqualTo("Replace");
        assertThat(robot.lookup("#export-choose-other").queryAs(Button.class).getText()).startsWith("Choose another folder");
        assertThat(robot.lookup("#export-keep-other-site").queryAs(Button.class).getText()).isEqualTo("Cancel");
        // Enter is no answer: the focus is on the safe one and Export waits for the answer.
        assertThat(robot.lookup("#export-choose-other").queryAs(Button.class).isFocused()).isTrue();
        assertThat(robot.lookup("#export-run").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(Files.readString(site.resolve("index.html"))).contains("Turing");

        robot.clickOn("#export-keep-other-site");
        assertThat(question.isVisible()).isFalse();
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).contains("Nothing was written", site.toString());
        assertThat(Files.readString(site.resolve("index.html"))).contains("Turing");

        exportAndWaitForTheQuestion(robot);
        robot.clickOn("#export-replace");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.reportProperty().get().succeeded()).isTrue();
        assertThat(question.isVisible()).isFalse();
        assertThat(Files.readString(site.resolve("index.html"))).contains("Lovelace").doesNotContain("Turing");
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).startsWith("Exported to " + site);
    }

    @Test
    void choosingAnotherFolderOrTypingOneLeavesTheSiteAndTheQuestionGoes(FxRobot robot) throws Exception {
        Path elsewhere = site.resolveSibling("elsewhere");
        robot.clickOn("#export-folder").write(site.toString());
        exportAndWaitForTheQuestion(robot);

        robot.interact(vm::chooseAnotherFolder);
        assertThat(robot.lookup("#export-other-site").query().isVisible()).isFalse();
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).contains("Choose another folder");

        exportAndWaitForTheQuestion(robot);
        robot.interact(() -> vm.folderProperty().set(elsewhere));
        assertThat(robot.lookup("#export-other-site").query().isVisible()).isFalse();
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);

        assertThat(Files.readString(elsewhere.resolve("index.html"))).contains("Lovelace");
        assertThat(Files.readString(site.resolve("index.html"))).contains("Turing");
    }

    @Test
    void theQuestionIsSaidOnceAndTheStatusLineDoesNotRepeatIt(FxRobot robot) throws Exception {
        robot.clickOn("#export-folder").write(site.toString());
        exportAndWaitForTheQuestion(robot);

        List<String> saying = robot.lookup(node -> node instanceof Labeled l && l.isVisible() && l.getText() != null
                && l.getText().contains("made from another portfolio")).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(saying).singleElement().asString().startsWith("The folder " + site);
        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void closingTheDialogWhileAskedIsTheAnswerCancel(FxRobot robot) throws Exception {
        robot.clickOn("#export-folder").write(site.toString());
        exportAndWaitForTheQuestion(robot);

        robot.interact(() -> dialog.stage().close());

        assertThat(vm.otherSiteProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Nothing was written; " + site + " is as it was.");
        assertThat(Files.readString(site.resolve("index.html"))).contains("Turing");
    }
}
