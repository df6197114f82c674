package org.scholarfolio.ui;

import org.scholarfolio.model.UnknownFields;

import org.scholarfolio.model.NewsItem;

import org.scholarfolio.model.NewsDate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.ui.export.ExportViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private EditorViewModel editor;
    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        Scene scene = new Scene(view.root(), 1100, 760);
        view.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(editor.windowTitleProperty());
        stage.show();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void typingTheNameMarksDirtyAndUpdatesTheTitle(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Scholarfolio \u2014 Untitled");

        robot.clickOn("#profile-first").write("Ada");
        robot.clickOn("#profile-last").write("Lovelace");

        assertThat(stage.getTitle()).isEqualTo("Scholarfolio \u2014 Ada Lovelace" + EditorViewModel.DIRTY_MARKER);
        assertThat(editor.history().isDirty()).isTrue();
    }

    @Test
    void addingAPublicationShowsItInTheTableAndTheSidebarCount(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-title").write("On Computable Numbers");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(editor.portfolio().publications().get(0).title()).isEqualTo("On Computable Numbers");
        assertThat(robot.lookup("#count-publications").queryAs(Label.class).getText()).isEqualTo("1");
    }

    @Test
    void theSidebarsCountsAndTheProblemsToggleSitAtTheRightWithNoSpacerBesideThem(FxRobot robot) {
        // Each name (and the status) takes the room up to what sits at the right, as a spacer pane did: a node fewer to style.
        for (String section : List.of("profile", "news", "publications", "pages", "site")) {
            javafx.scene.Parent row = (javafx.scene.Parent) robot.lookup("#count-" + section).query().getParent();
            assertThat(row.getChildrenUnmodifiable()).as(section).allMatch(node -> node instanceof Label);
            Label count = robot.lookup("#count-" + section).queryAs(Label.class);
            Label name = (Label) row.getChildrenUnmodifiable().get(0);
            assertThat(count.getBoundsInParent().getMaxX()).as(section)
                    .isCloseTo(((javafx.scene.layout.Region) row).getWidth(), org.assertj.core.data.Offset.offset(0.5));
            assertThat(name.getBoundsInParent().getMaxX() + 6).as(section)
                    .isCloseTo(count.getBoundsInParent().getMinX(), org.assertj.core.data.Offset.offset(0.5));
        }
        javafx.scene.Parent statusBar = robot.lookup("#status").query().getParent();
        assertThat(statusBar.getChildrenUnmodifiable()).noneMatch(node -> node.getClass() == javafx.scene.layout.Pane.class);
        javafx.scene.layout.Region bar = (javafx.scene.layout.Region) statusBar;
        assertThat(robot.lookup("#problems-toggle").query().getBoundsInParent().getMaxX())
                .isCloseTo(bar.getWidth() - bar.getInsets().getRight(), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void searchNarrowsThePublicationsTable(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-title").write("Graph minors");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-title").write("Planar graphs");

        robot.clickOn("#publications-search").write("minors");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void undoAndRedoShortcutsRestoreEachStep(FxRobot robot) {
        robot.clickOn("#profile-first").write("Ada");
        robot.clickOn("#profile-position").write("Analyst");
        TextField first = robot.lookup("#profile-first").queryAs(TextField.class);
        TextField position = robot.lookup("#profile-position").queryAs(TextField.class);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).isEmpty();
        assertThat(first.getText()).isEqualTo("Ada");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.getText()).isEmpty();
        assertThat(editor.history().isDirty()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.getText()).isEqualTo("Ada");
        assertThat(position.getText()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).isEqualTo("Analyst");
        assertThat(stage.getTitle()).endsWith(EditorViewModel.DIRTY_MARKER);
    }

    @Test
    void undoBringsBackARemovedPublication(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-key").push(KeyCode.CONTROL, KeyCode.A).write("turing1936");
        robot.clickOn("#publications-remove");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#tool-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#publications-table .table-cell").match(LabeledMatchers.hasText("turing1936"))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("turing1936");
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheWork(FxRobot robot) {
        robot.clickOn("#profile-first").write("Ada");
        Platform.runLater(view.documents()::newPortfolio);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Cancel");

        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Ada");
        assertThat(editor.history().isDirty()).isTrue();
    }

    @Test
    void newWithUnsavedChangesCanDiscardThem(FxRobot robot) {
        robot.clickOn("#profile-first").write("Ada");
        Platform.runLater(view.documents()::newPortfolio);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Don't Save");

        assertThat(editor.portfolio()).isEqualTo(Portfolio.empty());
        assertThat(robot.lookup("#profile-first").queryAs(TextField.class).getText()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Scholarfolio \u2014 Untitled");
    }

    @Test
    void aSectionsProblemBadgeJoinsItsEntryWithItsFirstProblem(FxRobot robot) {
        // Not in the first window: no section of an untitled portfolio has a problem.
        assertThat(robot.lookup(".problem-badge").queryAll()).isEmpty();

        // A profile without a name: the profile's entry gets its badge, the others none.
        robot.interact(() -> editor.history().reset(Portfolio.empty().withProfile(Portfolio.empty().profile()
                .toBuilder().position("Reader in Logic").build())));
        Label badge = robot.lookup("#problems-profile").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("1");
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getAccessibleHelp()).isEqualTo("1 problem in Profile");
        assertThat(robot.lookup("#problems-news").queryAll()).isEmpty();

        // Fixed, it stays in the entry, hidden, and shows again with the next problem.
        robot.interact(() -> editor.history().reset(Portfolio.empty()));
        assertThat(badge.isVisible()).isFalse();
        assertThat(badge.isManaged()).isFalse();
        robot.interact(() -> editor.history().reset(Portfolio.empty().withProfile(Portfolio.empty().profile()
                .toBuilder().position("Reader in Logic").build())));
        assertThat(robot.lookup("#problems-profile").queryAll()).containsExactly(badge);
        assertThat(badge.isVisible()).isTrue();
    }

    @Test
    void theFirstWindowHasNoSpinningIndicator(FxRobot robot) {
        // Made only when an open or a save outlasts a glance (BackgroundFileWorkTest).
        assertThat(robot.lookup(".progress-indicator").queryAll()).isEmpty();
    }

    @Test
    void theProblemsButtonCountsInWords(FxRobot robot) {
        javafx.scene.control.ToggleButton toggle = robot.lookup("#problems-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        // A new untitled portfolio that nothing was typed into is not reported as broken.
        assertThat(toggle.getText()).isEqualTo("No problems");

        // A profile without a name: one problem.
        robot.interact(() -> editor.history().reset(Portfolio.empty().withProfile(Portfolio.empty().profile()
                .toBuilder().position("Reader in Logic").build())));
        assertThat(toggle.getText()).isEqualTo("1 problem");
        robot.clickOn(toggle);
        assertThat(robot.lookup("#problem-list").queryListView().getItems()).hasSize(1);
        assertThat(toggle.getText()).isEqualTo("1 problem");

        robot.interact(() -> editor.history().reset(Portfolio.empty().withPublications(List.of(
                org.scholarfolio.model.Publication.builder("same", "article").build(),
                org.scholarfolio.model.Publication.builder("same", "article").build()))));
        int count = robot.lookup("#problem-list").queryListView().getItems().size();
        assertThat(count).isGreaterThan(1);
        assertThat(toggle.getText()).isEqualTo(count + " problems");
        javafx.scene.control.Label badge = robot.lookup("#problems-publications").queryAs(Label.class);
        assertThat(badge.getAccessibleHelp()).matches("\\d+ problems in Publications");
        robot.moveTo(badge);
        assertThat(badge.getTooltip().getText()).matches("\\d+ problems in Publications");
    }

    @Test
    void aToolbarButtonGetsItsTooltipWhenThePointerFirstEntersAndItShows(FxRobot robot) throws Exception {
        Button open = robot.lookup("#tool-open").queryAs(Button.class);
        // Made on first hover, not with the window; the sentence is there for a screen reader from the start.
        assertThat(open.getTooltip()).isNull();
        assertThat(open.getAccessibleText()).isEqualTo("Open (Ctrl+O)");
        robot.moveTo(open);
        javafx.scene.control.Tooltip tip = open.getTooltip();
        assertThat(tip.getText()).isEqualTo("Open (Ctrl+O)");
        robot.moveBy(1, 1);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, tip::isShowing);
        robot.moveTo("#status");
        assertThat(open.getTooltip()).isSameAs(tip);
    }

    @Test
    void theProblemsListJoinsTheWindowWhenFirstShownAndStaysAfterwards(FxRobot robot) {
        // Hidden, it is not part of the window, so the first style pass never builds its skin.
        assertThat(robot.lookup("#problem-list").tryQuery()).isEmpty();
        robot.clickOn("#problems-toggle");
        ListView<Diagnostic> list = robot.lookup("#problem-list").queryListView();
        assertThat(list.isVisible()).isTrue();
        robot.clickOn("#problems-toggle");
        assertThat(list.isVisible()).isFalse();
        assertThat(list.isManaged()).isFalse();
        robot.clickOn("#problems-toggle");
        assertThat(robot.lookup("#problem-list").queryAll()).containsExactly(list);
    }

    @Test
    void clickingAProblemSelectsItsRecord(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#publications-add");
        robot.clickOn("#problems-toggle");
        ListView<Diagnostic> problems = robot.lookup("#problem-list").queryListView();
        int at = -1;
        for (int i = 0; i < problems.getItems().size(); i++) {
            if (problems.getItems().get(i).path().startsWith("publications[1]")) {
                at = i;
                break;
            }
        }
        assertThat(at).as("a problem about the second publication").isNotNegative();
        robot.clickOn("#section-profile");
        int row = at;
        robot.interact(() -> problems.scrollTo(row));

        robot.clickOn(robot.lookup("#problem-list .list-cell").match((ListCell<Diagnostic> c) ->
                c.getItem() != null && c.getItem().path().startsWith("publications[1]")).<ListCell<Diagnostic>>query());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#pub-key").queryAs(TextField.class).getText()).isEqualTo("unknown");
    }

    @Test
    void aDuplicateCitationKeyIsMarkedOnTheFieldAndClickingItFocusesThatField(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#publications-add");
        TextField key = robot.lookup("#pub-key").queryAs(TextField.class);
        robot.interact(() -> key.setText("unknown"));
        robot.clickOn("#problems-toggle");
        ListView<Diagnostic> problems = robot.lookup("#problem-list").queryListView();
        Diagnostic duplicate = problems.getItems().stream()
                .filter(p -> p.path().endsWith(".citationKey") && p.message().contains("also used")).findFirst().orElseThrow();
        int duplicateIndex = Integer.parseInt(duplicate.path().replaceAll("\\D+", ""));
        robot.clickOn("#section-profile");
        robot.interact(() -> problems.scrollTo(duplicate));
        robot.clickOn(robot.lookup("#problem-list .list-cell").match((ListCell<Diagnostic> c) ->
                duplicate.equals(c.getItem())).<ListCell<Diagnostic>>query());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(duplicateIndex);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(key);
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(key))
                .as("the key field of the duplicated entry is marked").isNotEmpty();
        assertThat(org.scholarfolio.ui.problems.ProblemDecorations.messageOn(key)).contains("also used by");
    }

    @Test
    void sortingTheTableLeavesThePortfolioOrderAlone(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-title").write("Beta");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-title").write("Alpha");
        robot.clickOn("#publications-add");
        robot.clickOn("#pub-title").write("Gamma");

        robot.clickOn(robot.lookup("#publications-table .column-header .label")
                .match(LabeledMatchers.hasText("Title")).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#publications-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> ((RecordListViewModel.Row<?>) r).index()).containsExactly(1, 2, 0);
        assertThat(editor.portfolio().publications()).extracting(p -> p.title())
                .containsExactly("Gamma", "Alpha", "Beta");
        assertThat(robot.lookup("#pub-title").queryAs(TextField.class).getText()).isEqualTo("Gamma");
    }

    @Test
    void undoInTheSearchBoxUndoesTheSearchTextNotThePortfolio(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.clickOn("#publications-add");
        robot.clickOn("#publications-search").write("xyz");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().publications()).hasSize(1);
        assertThat(robot.lookup("#publications-search").queryAs(TextField.class).getText()).isNotEqualTo("xyz");
    }

    @Test
    void exportOutcomeShowsInTheStatusLine(FxRobot robot) {
        ExportViewModel export = new ExportViewModel(editor, (p, dir, out, progress) -> new ExportReport(
                List.of("index.html", "news/index.html"), List.of(), List.of(), List.of(), List.of(), List.of()),
                Runnable::run, Runnable::run);
        robot.interact(() -> {
            view.enableExport(export, (url, failed) -> { });
            try {
                editor.saveAs(Path.of("ada", "portfolio.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            export.exportTo(Path.of("out"));
        });

        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("2 pages written");
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus().get(0).getItems())
                .extracting(MenuItem::getId).contains("menu-export");
    }

    @Test
    void deleteKeyInTheTableRemovesTheSelectedRecord(FxRobot robot) {
        robot.clickOn("#section-news");
        robot.clickOn("#news-add");
        robot.clickOn("#news-title").write("Talk at ICML");
        robot.clickOn(robot.lookup("#news-table .table-cell").match(LabeledMatchers.hasText("Talk at ICML")).queryLabeled());

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.portfolio().news()).isEmpty();
        assertThat(robot.lookup("#count-news").queryAs(Label.class).getText()).isEqualTo("0");
    }

    @Test
    void newsTableListsTheNewestFirst(FxRobot robot) {
        robot.interact(() -> editor.edit("test", p -> p.withNews(List.of(
                new NewsItem("old", NewsDate.of(LocalDate.of(2019, 3, 1)), "Older", "", true, UnknownFields.NONE),
                new NewsItem("new", NewsDate.of(LocalDate.of(2024, 9, 30)), "Newer", "", true, UnknownFields.NONE)))));
        robot.clickOn("#section-news");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#news-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(row -> ((RecordListViewModel.Row<?>) row).index())
                .containsExactly(1, 0);
    }

    @Test
    void aProblemOpensItsPublicationEvenWhenThePublicationsScreenWasNeverShown(FxRobot robot) {
        robot.interact(() -> editor.history().reset(Portfolio.empty().withPublications(List.of(
                org.scholarfolio.model.Publication.builder("same", "article").title("First").year(2020).build(),
                org.scholarfolio.model.Publication.builder("same", "article").title("Second").year(2021).build()))));
        robot.clickOn("#problems-toggle");
        robot.clickOn(robot.lookup("#problem-list .list-cell").match((ListCell<Diagnostic> c) ->
                c.getItem() != null && c.getItem().path().equals("publications[1].citationKey")).<ListCell<Diagnostic>>query());
        WaitForAsyncUtils.waitForFxEvents();

        TextField title = robot.lookup("#pub-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("Second");
        assertThat(title.isDisabled()).as("the form of the chosen publication can be edited").isFalse();
    }
}
