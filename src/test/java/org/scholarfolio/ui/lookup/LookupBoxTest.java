package org.scholarfolio.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.lookup.FakeServices;
import org.scholarfolio.lookup.Lookups;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: the Add-by-identifier box and Refresh citation counts, driven as a person would, against a loopback server. */
@ExtendWith(ApplicationExtension.class)
class LookupBoxTest {
    @TempDir
    static Path cache;
    private final FakeServices services = FakeServices.withFixtures();
    private final Executor background = Executors.newSingleThreadExecutor();
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                Portfolio.empty().withPublications(List.of(Publication.builder("turing1950computing", "article")
                        .title("Computing Machinery and Intelligence").doi("10.1093/mind/LIX.236.433").build())), null);
        MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
        Function<String, RecordLookup> lookups = email -> Lookups.fromEnvironment(services.environment(cache), "test", email);
        view.enableLookup(new LookupBox(new AddByIdentifierViewModel(editor, lookups, background, Platform::runLater),
                new CitationRefreshViewModel(editor, lookups, background, Platform::runLater)));
        EditorOnStage.show(stage, view, 1100, 760);
        view.showSection(Section.PUBLICATIONS);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private String text(FxRobot robot, String id) {
        var node = robot.lookup(id).query();
        return node instanceof Label label ? label.getText() : ((TextArea) node).getText();
    }

    private void waitForText(FxRobot robot, String id, String start) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, id).startsWith(start));
    }

    @Test
    void aPastedDoiIsShownBeforeItIsAddedAndAddedAsOneUndoStep(FxRobot robot) throws Exception {
        lookUp(robot, "https://doi.org/10.5555/12345678");
        waitForText(robot, "#lookup-preview", "Add as carberry2021water");
        assertThat(text(robot, "#lookup-preview")).contains("Water splitting with", "doi:10.5555/12345678");
        assertThat(editor.portfolio().publications()).hasSize(1);

        // The button shows on a later pulse than the preview's text; under load that can be seconds.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#lookup-add").query().isVisible());
        robot.clickOn("#lookup-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().publications()).extracting(Publication::citationKey)
                .containsExactly("turing1950computing", "carberry2021water");
        assertThat(robot.lookup("#publications-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(text(robot, "#lookup-message")).isEqualTo("Added 1, updated 0 (Undo takes it back).");
        robot.interact(() -> editor.history().undo());
        assertThat(editor.portfolio().publications()).hasSize(1);
    }

    /**
     * Seen in a real window: a DOI whose title has an italic species name (Crossref's {@code <i>}) was added
     * as "Water splitting with *Escherichia coli* …"; the table, the site and the exported BibTeX showed the
     * asterisks, since a title is inline text ({@code \\emph{…}}), not Markdown. The abstract stays Markdown.
     */
    @Test
    void anItalicInALookedUpTitleIsEmphasisNotAsterisks(FxRobot robot) throws Exception {
        lookUp(robot, "10.5555/12345678");
        waitForText(robot, "#lookup-preview", "Add as carberry2021water");
        assertThat(text(robot, "#lookup-preview")).contains("Water splitting with Escherichia coli and CO₂")
                .doesNotContain("*Escherichia", "\\emph");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#lookup-add").query().isVisible());
        robot.clickOn("#lookup-add");
        // The click is handled on a later pulse than waitForFxEvents waits for when the machine is loaded.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> editor.portfolio().publications().size() == 2);

        Publication added = editor.portfolio().publications().get(1);
        assertThat(added.title()).isEqualTo("Water splitting with \\emph{Escherichia coli} and CO₂: a pilot study");
        assertThat(added.abstractText()).contains("A second paragraph with *emphasis*.");
        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        var titleColumn = table.getColumns().stream().filter(c -> c.getText().equals("Title")).findFirst().orElseThrow();
        assertThat(titleColumn.getCellData(1)).isEqualTo("Water splitting with Escherichia coli and CO₂: a pilot study");
    }

    /**
     * Seen in a real window: after adding by DOI, a .bib was imported; the box still said "Added 2, updated 0
     * (Undo takes it back)", while Undo took back the import. After the next change it says what was done only.
     */
    @Test
    void afterAnotherChangeTheBoxNoLongerSaysUndoTakesTheAddBack(FxRobot robot) throws Exception {
        lookUp(robot, "10.5555/12345678");
        waitForText(robot, "#lookup-preview", "Add as carberry2021water");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#lookup-add").query().isVisible());
        robot.clickOn("#lookup-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#lookup-message")).isEqualTo("Added 1, updated 0 (Undo takes it back).");

        robot.interact(() -> editor.edit(null, p -> p.withPublications(p.publications().subList(0, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#lookup-message")).isEqualTo("Added 1, updated 0.");
    }

    @Test
    void aRefusedLookupSaysWhyAndAddsNothing(FxRobot robot) throws Exception {
        services.on("/doi/10.5555/refused", FakeServices.Reply.status(429, Map.of("Retry-After", "600")));
        lookUp(robot, "10.5555/refused");

        waitForText(robot, "#lookup-message", "doi:10.5555/refused: ");
        assertThat(text(robot, "#lookup-message")).contains("asks to wait 600 s").endsWith("Nothing was changed.");
        assertThat(robot.lookup("#lookup-add").queryButton().isDisabled()).isTrue();
        assertThat(editor.history().isDirty()).isFalse();
    }

    /**
     * Seen with the keyboard: Look up, greyed while it ran, passed the focus on to Refresh citation counts, where
     * the next Space refreshed every publication's counts. It goes to Cancel while the look-up runs, and after it
     * back to the input when there is nothing to add, to Add when there is.
     */
    @Test
    void afterAFailedLookUpTheFocusIsBackInTheInput(FxRobot robot) throws Exception {
        services.on("/doi/10.5555/refused", FakeServices.Reply.status(429, Map.of("Retry-After", "600")));
        lookUp(robot, "10.5555/refused");

        waitForText(robot, "#lookup-message", "doi:10.5555/refused: ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId(robot)).isEqualTo("lookup-input");
    }

    @Test
    void afterALookUpThatFoundARecordTheFocusIsOnAdd(FxRobot robot) throws Exception {
        lookUp(robot, "https://doi.org/10.5555/12345678");

        waitForText(robot, "#lookup-preview", "Add as carberry2021water");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId(robot)).isEqualTo("lookup-add");
    }

    /** Opens the box, types {@code identifier} into its input and presses Look up. */
    private static void lookUp(FxRobot robot, String identifier) {
        robot.clickOn("#lookup-box");
        robot.clickOn("#lookup-input").write(identifier);
        robot.clickOn("#lookup-run");
    }

    private static String focusedId(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node owner = robot.lookup("#lookup-box").query().getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void refreshingCitationCountsStoresThemAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> editor.edit(null, p -> p.withPublications(List.of(Publication.builder("water", "article")
                .title("Water").doi("10.5555/12345678").build()))));
        robot.clickOn("#lookup-box");
        robot.clickOn("#citations-refresh");

        waitForText(robot, "#citations-message", "Citation counts from OpenAlex");
        assertThat(text(robot, "#citations-message")).isEqualTo("Citation counts from OpenAlex for 1 publication.");
        assertThat(editor.portfolio().publications().get(0).citations().count()).isEqualTo(4242);
        assertThat(robot.lookup("#citations-refresh").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aClosedBoxMakesItsControlsOnlyWhenOpenedAndTheyWorkThen(FxRobot robot) throws Exception {
        // Closed, the box is its title alone: none of its controls is in the window to be styled.
        robot.interact(() -> {
            javafx.scene.Node box = robot.lookup("#lookup-box").query();
            assertThat(box.getScene().lookup("#lookup-input")).isNull();
            assertThat(box.getScene().lookup("#citations-refresh")).isNull();
        });
        robot.clickOn("#lookup-box");
        robot.clickOn("#lookup-input").write("10.5555/refused");
        assertThat(text(robot, "#lookup-input")).isEqualTo("10.5555/refused");
        // Closed and opened again, it shows what was typed: the controls are made once.
        robot.clickOn("#lookup-box .title");
        robot.clickOn("#lookup-box .title");
        assertThat(text(robot, "#lookup-input")).isEqualTo("10.5555/refused");
    }
}
