package org.scholarfolio.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Text;
import org.scholarfolio.ui.export.ExportDialog;
import org.scholarfolio.ui.export.ExportFolders;
import org.scholarfolio.ui.news.NewsScreen;
import org.scholarfolio.ui.pages.PagesScreen;
import org.scholarfolio.ui.profile.ProfileScreen;
import org.scholarfolio.ui.lookup.LookupBox;
import org.scholarfolio.ui.publications.PublicationsScreen;
import org.scholarfolio.ui.site.SiteScreen;
import org.scholarfolio.ui.export.ExportViewModel;
import org.scholarfolio.ui.publish.PublishDialog;
import org.scholarfolio.ui.publish.PublishViewModel;
import org.scholarfolio.ui.importing.ImportActions;
import org.scholarfolio.ui.form.FormBuilder;
import org.scholarfolio.ui.form.ParagraphTextArea;
import org.scholarfolio.ui.preview.PreviewPane;
import org.scholarfolio.ui.preview.PreviewRenderer;
import org.scholarfolio.ui.preview.PreviewTarget;
import org.scholarfolio.ui.preview.PreviewViewModel;
import org.scholarfolio.ui.problems.ProblemDecorations;
import org.scholarfolio.ui.problems.ProblemsPanel;
import org.scholarfolio.ui.problems.ProblemsViewModel;

/** The editor window's content: menus, toolbar, sidebar, the selected screen and a status line. */
public final class MainView {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    /** Ids of the menus, for {@link #menu(String)} and {@link #addMenuItem}. */
    public static final String FILE_MENU = "menu-file";
    public static final String EDIT_MENU = "menu-edit";
    public static final String VIEW_MENU = "menu-view";
    /** The window's own style sheet, beside this class. */
    static final String STYLESHEET = "main-view.css";

    private final EditorViewModel editor;
    private final BorderPane root = new BorderPane();
    private final Parent decorationLayer = ProblemDecorations.decorationLayer(root);
    private SectionList sidebar;
    /** The screens in sidebar order; everything below asks them instead of naming them. */
    private final List<Screen> screens;
    private final ShellViewModel shell = new ShellViewModel();
    private final Label status = new Label();
    private final ProblemsViewModel problems;
    private final ProblemDecorations decorations;
    private final DocumentCommands documents;
    /** Keeps input out of the form and sidebar while the document is being replaced or saved. */
    private final EditingLock editingLock;
    private final MenuBar menuBar;
    private final ToolBar toolBar;
    private Autosave autosave;
    /** When the start screen is first wanted with nothing being opened; it is built then. */
    private javafx.beans.binding.BooleanBinding startScreenDue;

    private final StackPane content = new StackPane();
    private PreviewViewModel preview;
    private Node previewRoot;
    /** Set in the pulse after the window first drew its form and the preview's page (or its form, without a preview). */
    private boolean formsAfterTheirTables;
    private final javafx.beans.property.ReadOnlyBooleanWrapper firstContentDrawn = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "firstContentDrawn");
    /** What the first window does not show, made after its first content (a turn each) unless needed before. */
    private final List<Runnable> madeAfterFirstContent = new ArrayList<>();

    /** {@code previewRendererOrNull}: without a renderer the window has no preview pane. */
    public MainView(EditorViewModel editor, BooleanProperty darkTheme, PreviewRenderer previewRendererOrNull) {
        this(editor, darkTheme, previewRendererOrNull, DocumentIo.synchronous(editor));
    }

    /** {@code io} opens and saves files; the app gives it a thread of its own so the window never waits. */
    public MainView(EditorViewModel editor, BooleanProperty darkTheme, PreviewRenderer previewRendererOrNull,
            DocumentIo io) {
        this.editor = editor;
        documents = new DocumentCommands(editor, io, shell::status, this::window, this::offerRecovery);
        status.textProperty().bind(Bindings.createStringBinding(() -> ShownText.of(shell.statusProperty().get()),
                shell.statusProperty()));
        // A key typed into a long text reaches the snapshot from a thread of its own; a save, an Undo
        // or the journal takes what is still on its way first.
        editor.takePendingEditsWith(ParagraphTextArea::takeAllTyping);
        Runnable closeStep = editor.history()::closeStep;
        problems = new ProblemsViewModel(editor);
        ProfileScreen profile = new ProfileScreen(editor, closeStep, firstContentDrawn.getReadOnlyProperty());
        PublicationsScreen publications = new PublicationsScreen(editor, closeStep, () -> formsAfterTheirTables);
        screens = List.of(profile, new NewsScreen(editor, closeStep), publications,
                new PagesScreen(editor, closeStep), new SiteScreen(editor, closeStep));

        // Screens are built when first shown; their fields are marked from then on.
        decorations = new ProblemDecorations(problems.problems(), List.of());
        screens.forEach(screen -> screen.whenBuilt(decorations::add));
        // A field's path names another record when the selection moves.
        for (Screen screen : screens) {
            screen.selection().addListener((obs, old, now) -> decorations.refresh());
        }
        profile.viewModel().socialLinks().selectedIndexProperty().addListener((obs, old, now) -> decorations.refresh());
        // The authors' form is marked once it is built, and its model is made by then.
        publications.whenBuilt(built -> publications.viewModel().authorList().selectedIndexProperty()
                .addListener((obs, old, now) -> decorations.refresh()));
        publications.whenBuilt(built -> publications.viewModel().ownLinkList().selectedIndexProperty()
                .addListener((obs, old, now) -> decorations.refresh()));
        editor.portfolioProperty().addListener((obs, old, now) -> decorations.refresh());
        buildSidebar();
        content.setId("content");
        // The document is about to be replaced (or closed after a save): typing now would be lost.
        editingLock = EditingLock.apply(documents.editingLockedProperty(), content, sidebar);
        menuBar = buildMenuBar(darkTheme);
        toolBar = buildToolBar();
        addNavigation();
        if (previewRendererOrNull == null) {
            root.setCenter(content);
        } else {
            buildPreview(previewRendererOrNull, darkTheme, io.openingProperty());
        }
        VBox top = new VBox(menuBar, toolBar);
        root.setTop(top);
        // Started after the first content: the watch and its first look wait for the window to show its portfolio.
        ChangedOnDiskWatch diskWatch = new ChangedOnDiskWatch(editor, documents, shell::status, top);
        makeAfterFirstContent(() -> diskWatch.start(root.getScene() == null ? null : window()));
        root.setLeft(sidebar);
        root.setBottom(buildBottom());
        root.setId("main-view");
        root.getStylesheets().add(MainView.class.getResource(STYLESHEET).toExternalForm());

        darkTheme.addListener((obs, was, dark) -> applyTheme(dark));
        applyTheme(darkTheme.get());
        sidebar.selectedProperty().set(Section.PROFILE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null && !firstContentDrawn.get()) {
                watchFirstContent(scene);
            }
        });
        firstContentDrawn.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean drawn) {
                if (drawn) {
                    firstContentDrawn.removeListener(this);
                    madeAfterFirstContent.forEach(Platform::runLater);
                    madeAfterFirstContent.clear();
                }
            }
        });
        screens.forEach(screen -> makeAfterFirstContent(screen::prepare));
    }

    private void makeAfterFirstContent(Runnable step) {
        if (firstContentDrawn.get()) {
            Platform.runLater(step);
        } else {
            madeAfterFirstContent.add(step);
        }
    }

    /**
     * Sets {@link #firstContentDrawnProperty()} once a pulse has laid out the form with the preview's
     * page loaded (as FirstContentTiming counts it; a failed load counts too), after the pulse that
     * follows it, whose frame holds the page's paint: what waited for it is built after that frame.
     */
    private void watchFirstContent(Scene scene) {
        Runnable[] listener = new Runnable[1];
        boolean[] seen = {false};
        listener[0] = () -> {
            if (seen[0]) {
                // The frame after the one that found the page loaded: the page's paint is in it.
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> firstContentDrawn.set(true));
            } else if (firstContentShown()) {
                seen[0] = true;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private boolean firstContentShown() {
        if (previewRoot == null) {
            return true;
        }
        Node web = previewRoot.lookup("#preview-web");
        if (!(web instanceof javafx.scene.web.WebView view)) {
            return false;
        }
        // Not a cancelled load: the page is loaded again (its emoji came) and that load is what shows.
        // Its document is not asked for: the engine would keep a Java wrapper of it until the next page
        // loads, the one Java wrapper of a DOM node the editor made, which held the page until a Java
        // collection let WebKit's disposer free it on this thread. (The page's script wrappers hold it as
        // long: it is then freed by JavaScript's collection in the same pass; see OldPageFreeBenchmark.)
        var state = view.getEngine().getLoadWorker().getState();
        return state == javafx.concurrent.Worker.State.SUCCEEDED || state == javafx.concurrent.Worker.State.FAILED;
    }

    /** True from the pulse after the window first drew its content; what is not needed for it is built then. */
    public javafx.beans.property.ReadOnlyBooleanProperty firstContentDrawnProperty() {
        return firstContentDrawn.getReadOnlyProperty();
    }

    /**
     * Sets the AtlantaFX theme (as {@link ThemeSheet} reduces it) as the window's base style sheet.
     * Called before the first control is made, it also spares the start JavaFX's own theme (Modena),
     * which the first control's class otherwise reads and parses only to have it replaced here.
     */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(ThemeSheet.userAgentStylesheet(dark));
    }

    private void buildSidebar() {
        // Entries are built once and bound, so edits never rebuild the sidebar.
        sidebar = new SectionList(screens.stream().map(Screen::section).toList(), this::sidebarEntry);
        sidebar.setPrefWidth(210);
        sidebar.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                content.getChildren().setAll(screen(now).root());
                shell.sectionProperty().set(now);
            }
        });
        shell.sectionProperty().addListener((obs, old, now) -> sidebar.selectedProperty().set(now));
    }

    /** The screen behind a sidebar section. */
    public Screen screen(Section section) {
        return screens.stream().filter(s -> s.section() == section).findFirst().orElseThrow();
    }

    /** The screen on display. */
    public Screen currentScreen() {
        return screen(shell.sectionProperty().get());
    }

    public List<Screen> screens() {
        return screens;
    }

    /** The list and form never get narrower than this (a form row of three fields). */
    static final double CONTENT_MIN_WIDTH = 440;

    private void buildPreview(PreviewRenderer renderer, BooleanProperty darkTheme,
                              javafx.beans.value.ObservableValue<Boolean> opening) {
        preview = new PreviewViewModel(editor, renderer);
        preview.holdEmojiUntil(firstContentDrawn.getReadOnlyProperty());
        PreviewPane pane = new PreviewPane(preview, editor.portfolioProperty(), darkTheme, opening);
        previewRoot = pane.root();
        SplitPane split = new SplitPane(content, pane.root());
        split.setId("editor-split");
        split.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(pane.root(), false);
        // Down to 1024 px wide both stay usable: the preview as a phone-wide page (its own minimum),
        // the form in its rows.
        content.setMinWidth(CONTENT_MIN_WIDTH);
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
        menu(VIEW_MENU).getItems().add(0, show);

        Runnable retarget = () -> {
            PreviewTarget t = currentScreen().previewTarget();
            if (!t.equals(preview.targetProperty().get())) {
                preview.targetProperty().set(t);
            }
            preview.recordProperty().set(currentScreen().previewRecord());
        };
        shell.sectionProperty().addListener((obs, old, now) -> retarget.run());
        screens.forEach(screen -> screen.selection().addListener((obs, old, now) -> retarget.run()));
        editor.portfolioProperty().addListener((obs, old, now) -> retarget.run());
    }

    /** Adds File > Export site, which opens the export dialog; the outcome also shows in the status line. */
    public void enableExport(ExportViewModel export, DesktopOpener browser) {
        MenuItem item = item("_Export site\u2026", "menu-export",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                e -> new ExportDialog(export, window(), browser, warning -> goTo(problems.editorPath(warning)),
                        documents::saveAsThen).show());
        addMenuItemAfter("menu-save-as", item);
        rememberFolder(export, shell.exportFoldersProperty(), shell::exportFolderFor);
    }

    /** Adds File > Export as al-folio site, the same dialog for the al-folio export, after Export site. */
    public void enableAlfolioExport(ExportViewModel export) {
        MenuItem item = item("Export as _al-folio site\u2026", "menu-export-alfolio", null,
                e -> new ExportDialog(export, window(), (address, onFailure) -> { }, warning -> goTo(problems.editorPath(warning)),
                        documents::saveAsThen).show());
        boolean afterSiteExport = menu(FILE_MENU).getItems().stream().anyMatch(i -> "menu-export".equals(i.getId()));
        addMenuItemAfter(afterSiteExport ? "menu-export" : "menu-save-as", item);
        rememberFolder(export, shell.alfolioFoldersProperty(), shell::alfolioFolderFor);
    }

    /** The export's folder starts at the remembered one (or beside the portfolio) and is remembered. */
    private void rememberFolder(ExportViewModel export, javafx.beans.property.ObjectProperty<ExportFolders> last,
                                java.util.function.UnaryOperator<Path> folderFor) {
        export.messageProperty().addListener((obs, old, now) -> shell.status(now));
        export.rememberFolder(last, folderFor);
    }

    /**
     * Adds File > Publish and a toolbar button (Ctrl+Shift+P), both opening the publish dialog. The
     * view model is made when the dialog first opens: with it comes the Git library, a signed jar
     * whose signature check (a hundred security classes) would otherwise be part of the first window.
     */
    public void enablePublish(java.util.function.Supplier<PublishViewModel> publish) {
        LazyView<PublishViewModel> model = new LazyView<>(publish);
        Runnable open = () -> new PublishDialog(model.get(), window()).show();
        addMenuItemAfter("menu-save-as", item("_Publish\u2026", "menu-publish", PublishDialog.SHORTCUT, e -> open.run()));
        addToolButton(MaterialDesignC.CLOUD_UPLOAD, "Publish (Ctrl+Shift+P)", "tool-publish", open);
    }

    /** Adds File > Import al-folio site / Import BibTeX, Edit > Paste BibTeX, and .bib drops on Publications. */
    public void enableImport(ImportActions importing) {
        Menu file = menu(FILE_MENU);
        file.getItems().addAll(file.getItems().indexOf(menuItem(file, "menu-open")) + 1,
                importing.fileMenuItems(this::window, documents::confirmDiscard, shell::status));
        menu(EDIT_MENU).getItems().add(importing.pasteItem(screen(Section.PUBLICATIONS).selection()::get, shell::status));
        screen(Section.PUBLICATIONS).whenBuilt(publications -> importing.acceptBibDrops(publications, this::window, shell::status));
        importing.showImportedWith(record -> {
            // Selected, and the focus on the list rather than left on the toolbar's Open button: the
            // arrow keys go through what came in, and the cursor is in no field of the form, so what
            // the person types next edits nothing.
            showSection(Section.PUBLICATIONS);
            Screen publications = screen(Section.PUBLICATIONS);
            publications.select(record);
            Platform.runLater(publications::focusList);
        }, () -> Platform.runLater(() -> currentScreen().focusFirstField()));
    }

    /** Adds the Add-by-identifier and citation-count box above the publications table. */
    public void enableLookup(LookupBox box) {
        enableLookup(() -> box);
    }

    /**
     * As {@link #enableLookup(LookupBox)}, the box made with the publications table or after the first
     * content, whichever comes first: hidden, its two text areas and their menus were part of the first window.
     */
    public void enableLookup(java.util.function.Supplier<LookupBox> box) {
        LazyView<LookupBox> made = new LazyView<>(box);
        ((PublicationsScreen) screen(Section.PUBLICATIONS)).addAboveTable(() -> made.get().root());
        makeAfterFirstContent(made::get);
    }

    public ExportFolders exportFolders() {
        return shell.exportFoldersProperty().get();
    }

    public void setExportFolders(ExportFolders folders) {
        shell.exportFoldersProperty().set(folders);
    }

    public ExportFolders alfolioFolders() {
        return shell.alfolioFoldersProperty().get();
    }

    public void setAlfolioFolders(ExportFolders folders) {
        shell.alfolioFoldersProperty().set(folders);
    }

    /**
     * Shows a start screen over the editor while no portfolio is open and nothing was typed:
     * open the sample, create a portfolio in a folder, import an al-folio site or a .bib, open
     * one, or a recent one. Call after {@link #enableImport}.
     */
    public void enableStartScreen(Path sampleOrNull, List<Path> recent) {
        enableStartScreen(() -> sampleOrNull, recent);
    }

    /**
     * As {@link #enableStartScreen(Path, List)}, the sample found (and copied out of the jar) only
     * when the start screen is first needed. The screen is built then too: a window that opens a
     * portfolio at once never styles it, and it never shows while that portfolio is being read.
     */
    public void enableStartScreen(java.util.function.Supplier<Path> sampleOrNull, List<Path> recent) {
        BooleanProperty startedEmpty = new javafx.beans.property.SimpleBooleanProperty(false);
        javafx.beans.binding.BooleanBinding wanted = editor.fileProperty().isNull()
                .and(editor.history().dirtyProperty().not()).and(startedEmpty.not());
        // The backdrop joins the window with the start screen: hidden, it was styled in the first window's style pass.
        StackPane backdrop = new StackPane();
        backdrop.getStyleClass().add("start-backdrop");
        backdrop.setVisible(false);
        Node center = root.getCenter();
        StackPane centerAndBackdrop = new StackPane(center);
        root.setCenter(centerAndBackdrop);
        Runnable build = () -> {
            centerAndBackdrop.getChildren().add(backdrop);
            StartScreen start = new StartScreen(sampleOrNull.get(), recent, documents::open, documents::open, folder -> {
                try {
                    shell.status("Created " + StartScreen.createIn(folder, editor));
                } catch (java.io.IOException e) {
                    shell.status("Could not create a portfolio in " + folder + ": " + e.getMessage());
                }
            }, () -> fire("menu-import-alfolio"), () -> {
                startedEmpty.set(true);
                showSection(Section.PUBLICATIONS);
                fire("menu-import-bibtex");
            }, () -> startedEmpty.set(true), this::window);
            backdrop.getChildren().setAll(start.root());
            backdrop.visibleProperty().bind(wanted);
            // The focus follows what shows: behind the start screen it would sit on the toolbar, and
            // once a portfolio is created or opened the name typed next would go nowhere.
            Platform.runLater(start::focusFirstChoice);
            wanted.addListener((obs, was, now) -> Platform.runLater(() -> {
                if (now) {
                    start.focusFirstChoice();
                } else {
                    currentScreen().focusFirstField();
                }
            }));
        };
        // Built the first time it is wanted with no portfolio on its way in. An open that ends
        // clears "opening" just before it sets the file: the check waits for the outcome.
        javafx.beans.binding.BooleanBinding due = wanted.and(documents.io().openingProperty().not());
        // Kept: a binding is only weakly held by what it observes.
        startScreenDue = due;
        if (due.get()) {
            build.run();
            return;
        }
        boolean[] built = {false};
        due.addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    if (due.get() && !built[0]) {
                        built[0] = true;
                        build.run();
                    }
                });
            }
        });
    }

    private void fire(String menuItemId) {
        menuBar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> menuItemId.equals(i.getId()))
                .findFirst().ifPresent(MenuItem::fire);
    }

    /**
     * Checks the portfolio's problems on {@code background} instead of the UI thread (a large
     * portfolio takes seconds to check); the problems list follows a moment after each change.
     */
    public void checkProblemsOn(java.util.concurrent.Executor background, java.util.concurrent.Executor ui) {
        problems.checkOn(background, ui);
    }

    /** Adds File > Open Recent, kept up to date with every file opened or saved. */
    public void enableRecent(RecentPortfolios recent) {
        Menu menu = RecentMenu.create(recent, path -> {
            if (documents.confirmDiscard()) {
                documents.open(path, () -> recent.forget(path));
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
        addMenuItemAfter("menu-open", menu);
    }

    /**
     * Writes unsaved changes to a recovery file every {@link Autosave#INTERVAL} and offers to
     * recover them when a document is opened (and now, for the one already open).
     */
    public void enableAutosave(Autosave autosave) {
        this.autosave = autosave;
        autosave.onProblem(message -> Platform.runLater(() -> shell.status(message)));
        RecoveryPrompt.everyInterval(autosave);
        offerRecovery();
        // After the first content, so that it does not take a core from the first window.
        if (firstContentDrawn.get()) {
            autosave.prepareJournal();
        } else {
            firstContentDrawn.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean drawn) {
                    if (drawn) {
                        firstContentDrawn.removeListener(this);
                        autosave.prepareJournal();
                    }
                }
            });
        }
    }

    /** Counts the checks for unsaved changes begun: only the last one's outcome is asked about. */
    private int recoveryChecks;
    static final String CHECKING_RECOVERY = "Checking for unsaved changes kept from before a crash\u2026";

    /**
     * Looks for the open document's journal off the UI thread (replaying it over a large portfolio
     * takes seconds) and asks about it when that is done. Editing goes on meanwhile: the journal is
     * not written over until the question is answered (the edits go to a follow-on journal beside it),
     * and the question says when the document was changed since, as Recover then puts those changes
     * back on top of the recovered ones (a step that Undo takes back). A document opened or made
     * meanwhile leaves the journal for its next open.
     */
    private void offerRecovery() {
        // While a file is being opened, its journal is looked at once it is open.
        if (autosave == null || documents.io().openingProperty().get()) {
            return;
        }
        int check = ++recoveryChecks;
        int document = editor.documentNumberProperty().get();
        editor.takePendingEdits();
        Portfolio atStart = editor.portfolio();
        String before = shell.statusProperty().get();
        shell.status(CHECKING_RECOVERY);
        autosave.checkPending(Platform::runLater, found -> {
            if (check != recoveryChecks) {
                return;
            }
            if (CHECKING_RECOVERY.equals(shell.statusProperty().get())) {
                shell.status(before);
            }
            try {
                if (found.isPresent() && document == editor.documentNumberProperty().get()) {
                    ask(found.get(), atStart);
                }
            } finally {
                autosave.endCheck();
            }
        });
    }

    private void ask(Autosave.Found found, Portfolio atStart) {
        editor.takePendingEdits();
        List<String> summary = new ArrayList<>(found.summary());
        if (editor.portfolio() != atStart) {
            summary.add("You changed the portfolio while these were being looked for: Recover puts your changes back"
                    + " on top of them (where both changed one field, yours are kept), and Undo takes yours off again");
        }
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        Autosave.Recovery recovery = found.recovery();
        Scene scene = root.getScene();
        // Where the cursor was: Recover rewrites the field (to the recovered text, then yours on top), which
        // put the cursor at its start, and what was typed into the question went there.
        TextInputControl field = scene != null && scene.getFocusOwner() instanceof TextInputControl t ? t : null;
        String textBefore = field == null ? null : field.getText();
        int caretBefore = field == null ? 0 : field.getCaretPosition();
        RecoveryPrompt.Answer answer = RecoveryPrompt.ask(owner, recovery, summary);
        if (answer.recover()) {
            autosave.recover(recovery);
            shell.status("Recovered unsaved changes from " + recovery.file());
        } else {
            autosave.decline(recovery);
        }
        if (field != null && field.getScene() == scene) {
            field.positionCaret(java.util.Objects.equals(field.getText(), textBefore) ? caretBefore : field.getLength());
        }
        // Typed into the question as it came up: the text goes on where the cursor was, over the answer.
        if (scene != null) {
            StartupTypeAhead.deliver(scene, answer.typed());
        }
    }

    /** A menu of the menu bar by its id: {@link #FILE_MENU}, {@link #EDIT_MENU}, {@link #VIEW_MENU}. */
    public Menu menu(String id) {
        return menuBar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No menu " + id));
    }

    /** Adds an item at the end of a menu (by the menu's id); returns it. */
    public <I extends MenuItem> I addMenuItem(String menuId, I item) {
        menu(menuId).getItems().add(item);
        return item;
    }

    /** Adds an item right after another one, found by id in any menu (e.g. {@code menu-save-as}). */
    public <I extends MenuItem> I addMenuItemAfter(String itemId, I item) {
        for (Menu m : menuBar.getMenus()) {
            int at = m.getItems().stream().map(MenuItem::getId).toList().indexOf(itemId);
            if (at >= 0) {
                m.getItems().add(at + 1, item);
                return item;
            }
        }
        throw new IllegalArgumentException("No menu item " + itemId);
    }

    /** A new menu item with an id, an optional accelerator (null for none) and an action. */
    public static MenuItem menuItem(String text, String id, KeyCombination acceleratorOrNull, Runnable action) {
        return item(text, id, acceleratorOrNull, e -> action.run());
    }

    /** Adds an icon button to the toolbar, after the ones there; returns it (to bind its disable state). */
    public Button addToolButton(Ikon icon, String tip, String id, Runnable action) {
        Button b = toolButton(icon, tip, id, action);
        toolBar.getItems().add(b);
        return b;
    }

    /** The window's state without controls: status line, current section, remembered folders. */
    public ShellViewModel shell() {
        return shell;
    }

    private static MenuItem menuItem(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** The preview's state, or null when the window has no preview. */
    public PreviewViewModel preview() {
        return preview;
    }

    /** How long a file's open or save runs before a turning indicator joins the words that say what runs. */
    static final javafx.util.Duration SPINNER_DELAY = javafx.util.Duration.millis(400);

    /** The indicator's turn: an eighth of a circle this often, so that it changes the window 8 times a second. */
    static final javafx.util.Duration SPINNER_STEP = javafx.util.Duration.millis(125);

    /**
     * What is being opened or saved, shown only while that runs, and a turning indicator once it has run
     * for {@link #SPINNER_DELAY}. The indicator is made then, not with the window. It is an icon turned an
     * eighth of a circle every {@link #SPINNER_STEP}, not JavaFX's spinning ProgressIndicator: that one's
     * skin (a dozen parts, 15-25 ms of a style pass; at 100,000 publications it came 400 ms into the start's
     * open, in the window's first second) changes the window at every frame while it shows, and every such
     * frame is painted and handed to the display whole (the software pipeline copies the window's 5 MB of
     * pixels to the X server each frame): 60 frames a second for the seconds a large open takes, on the two
     * cores the read and the JavaFX thread want. Turned in steps it asks for 8.
     */
    private Node fileActivity() {
        Label what = new Label();
        what.textProperty().bind(documents.io().activityProperty());
        HBox box = new HBox(6, what);
        box.setId("file-activity");
        box.setAlignment(Pos.CENTER_LEFT);
        javafx.beans.value.ObservableBooleanValue busy = documents.io().busyProperty();
        box.visibleProperty().bind(busy);
        box.managedProperty().bind(box.visibleProperty());
        FontIcon[] spinner = new FontIcon[1];
        javafx.animation.Timeline turning = new javafx.animation.Timeline(new javafx.animation.KeyFrame(SPINNER_STEP,
                e -> spinner[0].setRotate((spinner[0].getRotate() + 45) % 360)));
        turning.setCycleCount(javafx.animation.Animation.INDEFINITE);
        javafx.animation.PauseTransition outlasting = new javafx.animation.PauseTransition(SPINNER_DELAY);
        outlasting.setOnFinished(e -> {
            if (!busy.get()) {
                return;
            }
            if (spinner[0] == null) {
                spinner[0] = new FontIcon(MaterialDesignR.REFRESH);
                spinner[0].setId("file-activity-spinner");
                spinner[0].getStyleClass().add("file-activity-spinner");
                spinner[0].setAccessibleText("Working");
                spinner[0].managedProperty().bind(spinner[0].visibleProperty());
                box.getChildren().add(0, spinner[0]);
            }
            spinner[0].setVisible(true);
            turning.play();
        });
        Consumer<Boolean> follow = now -> {
            if (now) {
                outlasting.playFromStart();
            } else {
                outlasting.stop();
                if (spinner[0] != null) {
                    turning.stop();
                    spinner[0].setVisible(false);
                }
            }
        };
        busy.addListener((obs, was, now) -> follow.accept(now));
        follow.accept(busy.get());
        return box;
    }

    private Node buildBottom() {
        ProblemsPanel panel = new ProblemsPanel(problems, editor::portfolio, problem -> goTo(problems.editorPath(problem)));
        ToggleButton toggle = panel.toggle();

        status.setId("status");
        // A long message (a file refused, with its path and what to do) wraps instead of ending in "...".
        status.setWrapText(true);
        // The status takes the room up to the problems' toggle, which it leaves at the right (no spacer to style).
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox statusBar = new HBox(8, fileActivity(), status, toggle);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(statusBar);
        // The list joins the window when first shown: hidden, it would still be styled and get its
        // skin (a virtual flow with its scroll bars) in the window's first style pass.
        toggle.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && panel.list().getParent() == null) {
                bottom.getChildren().add(0, panel.list());
            }
        });
        return bottom;
    }

    /**
     * Shows the screen and record a field path such as {@code publications[3].year} is about and
     * puts the cursor in that field.
     */
    public void goTo(String fieldPath) {
        Screen screen = screen(ProblemsViewModel.locate(fieldPath).section());
        showSection(screen.section());
        screen.focus(fieldPath);
    }

    /** A badge's count of none, as counts are written in the user's locale. */
    private static final String NO_PROBLEMS = Text.number(0);

    private Node sidebarEntry(Section section) {
        String key = section.name().toLowerCase();
        Label name = new Label(section.label(), new FontIcon(section.icon()));
        name.setMinWidth(0);
        // The name takes the room between it and the count (which it leaves at the right), as a spacer did: a
        // pane fewer to style in each entry of the first window.
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("count");
        count.setId("count-" + key);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> section.countText(editor.portfolio()), editor.portfolioProperty()));
        HBox box = new HBox(6, name, count);
        box.setAlignment(Pos.CENTER_LEFT);
        // The problem badge joins the entry when its section first has a problem: hidden, it would
        // still be styled in the window's first style pass, five times over.
        javafx.beans.binding.StringBinding problemCount = Bindings.createStringBinding(
                () -> Text.number(problems.countFor(section)), problems.problems());
        // Held by the entry: what a binding observes holds it only weakly.
        box.getProperties().put(problemCount.getClass(), problemCount);
        // What a screen reader says of the entry: its name alone left out the count and the problems
        // that the entry shows ("Publications, 2, 1 problem").
        box.accessibleTextProperty().bind(Bindings.createStringBinding(() -> {
            String counted = section.countText(editor.portfolio());
            long problemsIn = problems.countFor(section);
            return section.label() + (counted.isEmpty() ? "" : ", " + counted)
                    + (problemsIn == 0 ? "" : ", " + ProblemsPanel.count(problemsIn));
        }, editor.portfolioProperty(), problems.problems()));
        Runnable addBadge = () -> box.getChildren().add(problemBadge(section, problemCount));
        if (!NO_PROBLEMS.equals(problemCount.get())) {
            addBadge.run();
        } else {
            problemCount.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends String> obs, String old, String now) {
                    if (!NO_PROBLEMS.equals(now)) {
                        problemCount.removeListener(this);
                        addBadge.run();
                    }
                }
            });
        }
        return box;
    }

    /** The count of a section's problems beside its name in the sidebar, shown while there are any. */
    private Label problemBadge(Section section, javafx.beans.binding.StringBinding problemCount) {
        String key = section.name().toLowerCase();
        Label badge = new Label(null, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        badge.getStyleClass().add("problem-badge");
        badge.setId("problems-" + key);
        badge.textProperty().bind(problemCount);
        badge.visibleProperty().bind(badge.textProperty().isNotEqualTo(NO_PROBLEMS));
        badge.managedProperty().bind(badge.visibleProperty());
        // Warnings only: the warning's colour, as the Problems list marks them, not the error's red.
        Runnable tone = () -> {
            boolean warningsOnly = problems.errorsFor(section) == 0;
            if (warningsOnly != badge.getStyleClass().contains("warnings-only")) {
                if (warningsOnly) {
                    badge.getStyleClass().add("warnings-only");
                } else {
                    badge.getStyleClass().remove("warnings-only");
                }
            }
        };
        tone.run();
        problems.problems().addListener((javafx.beans.InvalidationListener) obs -> tone.run());
        javafx.beans.binding.StringBinding says = Bindings.createStringBinding(
                () -> ProblemsPanel.count(problems.countFor(section)) + " in " + section.label(), problems.problems());
        badge.accessibleHelpProperty().bind(says);
        LazyTooltip.install(badge, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(says);
            return tip;
        });
        return badge;
    }

    private MenuBar buildMenuBar(BooleanProperty darkTheme) {
        Menu file = new Menu("_File");
        file.setId(FILE_MENU);
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
        MenuItem undo = item("_Undo", "menu-undo", UNDO, e -> undo());
        undo.textProperty().bind(Bindings.createStringBinding(() -> stepText("_Undo",
                editor.history().nextUndoProperty().get()), editor.history().nextUndoProperty()));
        undo.disableProperty().bind(editor.history().canUndoProperty().not().and(ParagraphTextArea.typingPendingProperty().not()));
        MenuItem redo = item("_Redo", "menu-redo", REDO, e -> redo());
        redo.textProperty().bind(Bindings.createStringBinding(() -> stepText("_Redo",
                editor.history().nextRedoProperty().get()), editor.history().nextRedoProperty()));
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo);
        edit.setId(EDIT_MENU);
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(darkTheme);
        Menu view = new Menu("_View", null, dark);
        view.setId(VIEW_MENU);
        Menu help = new Menu("_Help", null, item("_About Scholarfolio", "menu-about", null, e -> AboutDialog.show(window())));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** View > Profile … Site (Ctrl+1 … Ctrl+5), Edit > Add (Ctrl+Shift+N) and Edit > Filter (Ctrl+F). */
    private void addNavigation() {
        Menu view = menu(VIEW_MENU);
        view.getItems().add(new SeparatorMenuItem());
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            KeyCombination key = i < digits.length ? new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN) : null;
            view.getItems().add(menuItem(screen.section().label(), "menu-go-" + screen.section().name().toLowerCase(),
                    key, () -> {
                        showSection(screen.section());
                        Platform.runLater(screen::focusFirstField);
                    }));
        }
        Menu edit = menu(EDIT_MENU);
        MenuItem add = menuItem("_Add to the list", "menu-add-record",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () ->
                        currentScreen().addRecord().ifPresent(adding -> {
                            adding.run();
                            Platform.runLater(currentScreen()::focusNewRecord);
                        }));
        MenuItem filter = menuItem("_Filter the list", "menu-filter",
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () ->
                        currentScreen().filter().ifPresent(Node::requestFocus));
        shell.sectionProperty().addListener((obs, old, now) -> {
            add.setDisable(screen(now).addRecord().isEmpty());
            filter.setDisable(screen(now).filter().isEmpty());
        });
        add.setDisable(currentScreen().addRecord().isEmpty());
        filter.setDisable(currentScreen().filter().isEmpty());
        edit.getItems().addAll(new SeparatorMenuItem(), add, filter);
    }

    private static String stepText(String verb, UndoStep step) {
        return step == null ? verb : verb + " " + ShownText.of(step.description());
    }

    /** Undoes one step, says what it undid and shows the screen and record it changed. */
    public void undo() {
        editor.takePendingEdits();
        UndoStep step = editor.history().undo();
        if (step != null) {
            shell.status("Undid " + step.description());
            showStep(step);
        }
    }

    /** Redoes one step, says what it redid and shows the screen and record it changed. */
    public void redo() {
        editor.takePendingEdits();
        UndoStep step = editor.history().redo();
        if (step != null) {
            shell.status("Redid " + step.description());
            showStep(step);
        }
    }

    private void showStep(UndoStep step) {
        if (step.fieldPath() == null) {
            return;
        }
        Screen screen = screen(ProblemsViewModel.locate(step.fieldPath()).section());
        if (screen != currentScreen()) {
            // The field that had the focus is gone with its screen: the changed record's field takes it.
            showSection(screen.section());
            screen.focus(step.fieldPath());
        } else {
            screen.select(step.fieldPath());
        }
    }

    private ToolBar buildToolBar() {
        Button save = toolButton(MaterialDesignC.CONTENT_SAVE, "Save (Ctrl+S)", "tool-save", documents::save);
        save.disableProperty().bind(editor.history().dirtyProperty().not().and(ParagraphTextArea.typingPendingProperty().not()));
        Button undo = toolButton(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", "tool-undo", this::undo);
        undo.disableProperty().bind(editor.history().canUndoProperty().not().and(ParagraphTextArea.typingPendingProperty().not()));
        Button redo = toolButton(MaterialDesignR.REDO, "Redo (Ctrl+Shift+Z)", "tool-redo", this::redo);
        redo.disableProperty().bind(editor.history().canRedoProperty().not());
        Button open = toolButton(MaterialDesignF.FOLDER_OPEN, "Open (Ctrl+O)", "tool-open", documents::open);
        return new ToolBar(open, save, undo, redo);
    }

    private static Button toolButton(Ikon icon, String tip, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("button-icon");
        LazyTooltip.install(b, () -> new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(action);
        return item;
    }

    /**
     * Sends Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to the portfolio history even inside a text field,
     * whose own undo would otherwise take the key and disagree with the snapshots. Called before
     * the window is first shown.
     */
    public void install(Scene scene) {
        // The open begun before the window shows (the app's start) never greys it: see EditingLock.
        editingLock.quietWhileLocked();
        if (documents.editingLockedProperty().get()) {
            // What is typed meanwhile goes to the first field once the portfolio is there, where the
            // cursor then is (without this, on the toolbar's first button).
            StartupTypeAhead.holdWhile(scene, documents.editingLockedProperty(), () -> {
                if (editor.fileProperty().get() == null) {
                    return false;
                }
                currentScreen().focusFirstField();
                return true;
            });
        }
        AltReleaseKeepsMenuOpen.install(scene, menuBar);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed() || FormBuilder.keepsOwnUndo(scene.getFocusOwner())) {
                return;
            }
            if (REDO.match(e) || REDO_ALT.match(e)) {
                redo();
                e.consume();
            } else if (UNDO.match(e)) {
                undo();
                e.consume();
            }
        });
    }

    /**
     * Shows the menu bar's names as plain labels ({@link MenuBarStandIn}) until the first content is drawn: the
     * bar's buttons, their popups and items are made in the first turn after it, or at once when a key is pressed
     * or the pointer comes over the bar. Call after {@link #install}, before the window shows (the app's window
     * does). Not where the bar is the system's (macOS): there the window holds no bar.
     */
    public void standInForTheMenuBarUntilFirstContent(Scene scene) {
        boolean systemBar = menuBar.isUseSystemMenuBar()
                && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        if (firstContentDrawn.get() || systemBar || menuBar.getScene() != scene) {
            return;
        }
        MenuBarStandIn standIn = MenuBarStandIn.install(scene, menuBar);
        // First of what waits for the first content: the bar is what a person reaches for next.
        madeAfterFirstContent.add(0, standIn::replace);
    }

    /** The editor's window, to own a dialog. */
    public Window window() {
        return root.getScene().getWindow();
    }

    /** New, Open, Save, Save As and the unsaved-changes question, for this window. */
    public DocumentCommands documents() {
        return documents;
    }

    /**
     * A list screen shown for the first time after this shows its table in one frame and its form in
     * the next, each frame's work about half of what both were (the app's window does this). Off, the
     * form is there as soon as the screen is, which tests that look fields up at once rely on.
     */
    public void buildFormsAFrameAfterTheirTables(boolean on) {
        formsAfterTheirTables = on;
    }

    public void showSection(Section section) {
        shell.sectionProperty().set(section);
        sidebar.selectedProperty().set(section);
    }

    public Label status() {
        return status;
    }

    public Parent root() {
        return decorationLayer;
    }
}
