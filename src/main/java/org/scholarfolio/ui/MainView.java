package org.scholarfolio.ui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.ui.export.ExportDialog;
import org.scholarfolio.ui.export.ExportViewModel;
import org.scholarfolio.ui.importing.ImportActions;
import org.scholarfolio.ui.form.FormBuilder;
import org.scholarfolio.ui.news.NewsView;
import org.scholarfolio.ui.news.NewsViewModel;
import org.scholarfolio.ui.pages.PagesView;
import org.scholarfolio.ui.pages.PagesViewModel;
import org.scholarfolio.ui.preview.PreviewPane;
import org.scholarfolio.ui.preview.PreviewRenderer;
import org.scholarfolio.ui.preview.PreviewTarget;
import org.scholarfolio.ui.preview.PreviewViewModel;
import org.scholarfolio.ui.problems.ProblemDecorations;
import org.scholarfolio.ui.problems.ProblemsPanel;
import org.scholarfolio.ui.problems.ProblemsViewModel;
import org.scholarfolio.ui.profile.ProfileView;
import org.scholarfolio.ui.profile.ProfileViewModel;
import org.scholarfolio.ui.publications.PublicationsView;
import org.scholarfolio.ui.publications.PublicationsViewModel;
import org.scholarfolio.ui.site.SiteView;
import org.scholarfolio.ui.site.SiteViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The editor window's content: menus, toolbar, sidebar, the selected screen and a status line. */
public final class MainView {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final EditorViewModel editor;
    private final BorderPane root = new BorderPane();
    private final Parent decorationLayer = ProblemDecorations.decorationLayer(root);
    private final ListView<Section> sidebar = new ListView<>();
    private final Map<Section, Node> screens = new EnumMap<>(Section.class);
    private final Label status = new Label();
    private final NewsViewModel news;
    private final PublicationsViewModel publications;
    private final PagesViewModel pages;
    private final ProblemsViewModel problems;
    private final ProfileViewModel profile;
    private final ProblemDecorations decorations;
    private final DocumentCommands documents;
    private Path lastExportFolder;
    private Autosave autosave;

    private final StackPane content = new StackPane();
    private PreviewViewModel preview;

    /** {@code previewRendererOrNull}: without a renderer the window has no preview pane. */
    public MainView(EditorViewModel editor, BooleanProperty darkTheme, PreviewRenderer previewRendererOrNull) {
        this.editor = editor;
        documents = new DocumentCommands(editor, status::setText, this::window, this::offerRecovery);
        Runnable closeStep = editor.history()::closeStep;
        news = new NewsViewModel(editor);
        publications = new PublicationsViewModel(editor);
        pages = new PagesViewModel(editor);
        problems = new ProblemsViewModel(editor);
        profile = new ProfileViewModel(editor);
        screens.put(Section.PROFILE, new ProfileView(profile, closeStep).root());
        screens.put(Section.NEWS, new NewsView(news, closeStep).root());
        screens.put(Section.PUBLICATIONS, new PublicationsView(publications, closeStep).root());
        screens.put(Section.PAGES, new PagesView(pages, closeStep).root());
        screens.put(Section.SITE, new SiteView(new SiteViewModel(editor), closeStep).root());

        decorations = new ProblemDecorations(problems.problems(), screens.values());
        // A field's path names another record when the selection moves.
        for (var selection : List.of(news.selectedIndexProperty(), publications.selectedIndexProperty(),
                pages.selectedIndexProperty(), publications.authorList().selectedIndexProperty(),
                profile.socialLinks().selectedIndexProperty())) {
            selection.addListener((obs, old, now) -> decorations.refresh());
        }
        editor.portfolioProperty().addListener((obs, old, now) -> decorations.refresh());
        buildSidebar();
        content.setId("content");
        MenuBar menuBar = buildMenuBar(darkTheme);
        if (previewRendererOrNull == null) {
            root.setCenter(content);
        } else {
            buildPreview(previewRendererOrNull, menuBar, darkTheme);
        }
        root.setTop(new VBox(menuBar, buildToolBar()));
        root.setLeft(sidebar);
        root.setBottom(buildBottom());
        root.setId("main-view");
        root.getStylesheets().add(MainView.class.getResource("main-view.css").toExternalForm());

        darkTheme.addListener((obs, was, dark) -> applyTheme(dark));
        applyTheme(darkTheme.get());
        sidebar.getSelectionModel().select(Section.PROFILE);
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void buildSidebar() {
        sidebar.setId("sidebar");
        sidebar.getItems().setAll(Section.values());
        sidebar.setPrefWidth(190);
        Map<Section, Node> entries = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            entries.put(section, sidebarEntry(section));
        }
        // Entries are built once and bound, so edits never rebuild the sidebar's cells.
        sidebar.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(null);
                setGraphic(empty || section == null ? null : entries.get(section));
                setId(empty || section == null ? null : "section-" + section.name().toLowerCase());
            }
        });
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                content.getChildren().setAll(screens.get(now));
            }
        });
    }

    private void buildPreview(PreviewRenderer renderer, MenuBar menuBar, BooleanProperty darkTheme) {
        preview = new PreviewViewModel(editor, renderer);
        PreviewPane pane = new PreviewPane(preview, editor.portfolioProperty(), darkTheme);
        SplitPane split = new SplitPane(content, pane.root());
        split.setId("editor-split");
        split.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(pane.root(), false);
        root.setCenter(split);

        CheckMenuItem show = new CheckMenuItem("_Preview");
        show.setId("menu-preview");
        show.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        show.setSelected(true);
        show.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                split.getItems().add(pane.root());
                split.setDividerPositions(0.55);
            } else {
                split.getItems().remove(pane.root());
            }
        });
        menuBar.getMenus().stream().filter(m -> "_View".equals(m.getText())).findFirst()
                .ifPresent(m -> m.getItems().add(0, show));

        Runnable retarget = () -> {
            Section section = sidebar.getSelectionModel().getSelectedItem();
            if (section != null) {
                PreviewTarget t = PreviewViewModel.targetFor(section, editor.portfolio(),
                        news.selectedIndexProperty().get(), pages.selectedIndexProperty().get());
                if (!t.equals(preview.targetProperty().get())) {
                    preview.targetProperty().set(t);
                }
            }
        };
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> retarget.run());
        news.selectedIndexProperty().addListener((obs, old, now) -> retarget.run());
        pages.selectedIndexProperty().addListener((obs, old, now) -> retarget.run());
        editor.portfolioProperty().addListener((obs, old, now) -> retarget.run());
    }

    /** Adds File > Export site, which opens the export dialog; the outcome also shows in the status line. */
    public void enableExport(ExportViewModel export, Consumer<String> showDocument) {
        MenuItem item = item("_Export site\u2026", "menu-export",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                e -> new ExportDialog(export, window(), showDocument).show());
        Menu file = fileMenu();
        file.getItems().add(file.getItems().indexOf(menuItem(file, "menu-save-as")) + 1, item);
        export.messageProperty().addListener((obs, old, now) -> status.setText(now));
        if (export.folderProperty().get() == null) {
            export.folderProperty().set(lastExportFolder);
        }
        export.folderProperty().addListener((obs, old, now) -> lastExportFolder = now);
    }

    /** Adds File > Import al-folio site / Import BibTeX, Edit > Paste BibTeX, and .bib drops on Publications. */
    public void enableImport(ImportActions importing) {
        List<Menu> menus = menuBar().getMenus();
        menus.get(0).getItems().addAll(2, importing.fileMenuItems(this::window, documents::confirmDiscard, status::setText));
        menus.get(1).getItems().add(importing.pasteItem(publications.selectedIndexProperty()::get, status::setText));
        importing.acceptBibDrops(screens.get(Section.PUBLICATIONS), this::window, status::setText);
    }

    public Path lastExportFolder() {
        return lastExportFolder;
    }

    public void setLastExportFolder(Path folder) {
        lastExportFolder = folder;
    }

    /** Adds File > Open Recent, kept up to date with every file opened or saved. */
    public void enableRecent(RecentPortfolios recent) {
        Menu menu = RecentMenu.create(recent, path -> {
            if (documents.confirmDiscard()) {
                documents.open(path);
                if (!path.equals(editor.fileProperty().get())) {
                    recent.forget(path);
                }
            }
        });
        editor.fileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                recent.opened(file);
            }
        });
        if (editor.fileProperty().get() != null) {
            recent.opened(editor.fileProperty().get());
        }
        Menu file = fileMenu();
        file.getItems().add(file.getItems().indexOf(menuItem(file, "menu-open")) + 1, menu);
    }

    /**
     * Writes unsaved changes to a recovery file every {@link Autosave#INTERVAL} and offers to
     * recover them when a document is opened (and now, for the one already open).
     */
    public void enableAutosave(Autosave autosave) {
        this.autosave = autosave;
        RecoveryPrompt.everyInterval(autosave, problem -> status.setText(problem));
        offerRecovery();
    }

    private void offerRecovery() {
        if (autosave == null) {
            return;
        }
        autosave.pending().ifPresent(recovery -> {
            Window owner = root.getScene() == null ? null : root.getScene().getWindow();
            if (RecoveryPrompt.ask(owner, recovery)) {
                autosave.recover(recovery);
                status.setText("Recovered unsaved changes from " + recovery.file());
            } else {
                autosave.decline(recovery);
            }
        });
    }

    private MenuBar menuBar() {
        return (MenuBar) ((VBox) root.getTop()).getChildren().get(0);
    }

    private Menu fileMenu() {
        return menuBar().getMenus().get(0);
    }

    private static MenuItem menuItem(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** The preview's state, or null when the window has no preview. */
    public PreviewViewModel preview() {
        return preview;
    }

    private Node buildBottom() {
        ProblemsPanel panel = new ProblemsPanel(problems, this::goTo);
        ToggleButton toggle = panel.toggle();

        status.setId("status");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, spacer, toggle);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(panel.list(), statusBar);
    }

    /** Shows the screen and record a problem is about. */
    private void goTo(Diagnostic problem) {
        ProblemsViewModel.Location at = problems.locate(problem);
        showSection(at.section());
        RecordListViewModel<?> list = switch (at.section()) {
            case NEWS -> news;
            case PUBLICATIONS -> publications;
            case PAGES -> pages;
            default -> null;
        };
        if (list != null && at.index() >= 0) {
            list.selectedIndexProperty().set(at.index());
        }
        ProblemsViewModel.nestedIndex(problem.field(), "authors")
                .ifPresent(i -> publications.authorList().selectedIndexProperty().set(i));
        ProblemsViewModel.nestedIndex(problem.field(), "socialLinks")
                .ifPresent(i -> profile.socialLinks().selectedIndexProperty().set(i));
        // After the screen is laid out, so that the field can take focus and be scrolled to.
        Platform.runLater(() -> decorations.fieldFor(problem).ifPresent(ProblemDecorations::focus));
    }

    private Node sidebarEntry(Section section) {
        String key = section.name().toLowerCase();
        Label name = new Label(section.label(), new FontIcon(section.icon()));
        Label count = new Label();
        count.getStyleClass().add("count");
        count.setId("count-" + key);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> section.countText(editor.portfolio()), editor.portfolioProperty()));
        Label badge = new Label(null, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        badge.getStyleClass().add("problem-badge");
        badge.setId("problems-" + key);
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> Long.toString(problems.countFor(section)), problems.problems()));
        badge.visibleProperty().bind(badge.textProperty().isNotEqualTo("0"));
        badge.managedProperty().bind(badge.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(badge.textProperty().concat(" problem(s) in " + section.label()));
        badge.setTooltip(tip);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(6, name, spacer, count, badge);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private MenuBar buildMenuBar(BooleanProperty darkTheme) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_New", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), e -> documents.newPortfolio()),
                item("_Open\u2026", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), e -> documents.open()),
                new SeparatorMenuItem(),
                item("_Save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), e -> documents.save()),
                item("Save _As\u2026", "menu-save-as", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), e -> documents.saveAs()),
                new SeparatorMenuItem(),
                item("_Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                        e -> window().fireEvent(new javafx.stage.WindowEvent(window(),
                                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        MenuItem undo = item("_Undo", "menu-undo", UNDO, e -> editor.history().undo());
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        MenuItem redo = item("_Redo", "menu-redo", REDO, e -> editor.history().redo());
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo);
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(darkTheme);
        Menu view = new Menu("_View", null, dark);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar buildToolBar() {
        Button save = toolButton(MaterialDesignC.CONTENT_SAVE, "Save (Ctrl+S)", "tool-save", documents::save);
        save.disableProperty().bind(editor.history().dirtyProperty().not());
        Button undo = toolButton(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", "tool-undo", editor.history()::undo);
        undo.disableProperty().bind(editor.history().canUndoProperty().not());
        Button redo = toolButton(MaterialDesignR.REDO, "Redo (Ctrl+Shift+Z)", "tool-redo", editor.history()::redo);
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        Button open = toolButton(MaterialDesignF.FOLDER_OPEN, "Open (Ctrl+O)", "tool-open", documents::open);
        return new ToolBar(open, save, undo, redo);
    }

    private static Button toolButton(Ikon icon, String tip, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(action);
        return item;
    }

    /**
     * Sends Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to the portfolio history even inside a text field,
     * whose own undo would otherwise take the key and disagree with the snapshots.
     */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FormBuilder.keepsOwnUndo(scene.getFocusOwner())) {
                return;
            }
            if (REDO.match(e) || REDO_ALT.match(e)) {
                editor.history().redo();
                e.consume();
            } else if (UNDO.match(e)) {
                editor.history().undo();
                e.consume();
            }
        });
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** New, Open, Save, Save As and the unsaved-changes question, for this window. */
    public DocumentCommands documents() {
        return documents;
    }

    public void showSection(Section section) {
        sidebar.getSelectionModel().select(section);
    }

    public Label status() {
        return status;
    }

    public Parent root() {
        return decorationLayer;
    }
}
