package org.scholarfolio.ui.importing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The editor's import commands as menu items, dialogs and a drop target; the work itself is done
 * by {@link BibtexImportViewModel} and {@link AlfolioImportViewModel}. The main window adds the
 * items to its menus and passes what they need (its window, the unsaved-changes question, the
 * status line, the selected publication).
 */
public final class ImportActions {
    private final BibtexImportViewModel bibtex;
    private Consumer<String> showRecord = record -> { };
    private Runnable showSite = () -> { };
    private final AlfolioImportViewModel alfolio;
    private Path lastFolder;

    /**
     * Shows a record a BibTeX import added or updated ("publications[7]"): its screen, the row selected;
     * and a portfolio imported from an al-folio site, once its report is closed.
     */
    public void showImportedWith(Consumer<String> showRecord, Runnable showSite) {
        this.showRecord = showRecord;
        this.showSite = showSite;
    }

    public ImportActions(BibtexImportViewModel bibtex, AlfolioImportViewModel alfolio) {
        this.bibtex = bibtex;
        this.alfolio = alfolio;
    }

    /** File &gt; Import al-folio site… and Import BibTeX…. */
    public List<MenuItem> fileMenuItems(Supplier<Window> window, BooleanSupplier confirmDiscard, Consumer<String> status) {
        MenuItem site = new MenuItem("Import _al-folio site\u2026");
        site.setId("menu-import-alfolio");
        site.disableProperty().bind(alfolio.runningProperty());
        site.setOnAction(e -> importSite(window.get(), confirmDiscard));
        alfolio.messageProperty().addListener((obs, old, now) -> status.accept(now));
        alfolio.reportProperty().addListener((obs, old, now) -> showReport(window.get(), now));

        MenuItem bib = new MenuItem("Import _BibTeX\u2026");
        bib.setId("menu-import-bibtex");
        bib.setOnAction(e -> chooseBibFile(window.get(), status));
        return List.of(site, bib);
    }

    /** Edit &gt; Paste BibTeX: updates the selected publication from one entry on the clipboard. */
    public MenuItem pasteItem(IntSupplier selectedPublication, Consumer<String> status) {
        MenuItem paste = new MenuItem("Paste _BibTeX into publication");
        paste.setId("menu-paste-bibtex");
        paste.setOnAction(e -> status.accept(bibtex.paste(selectedPublication.getAsInt(),
                Clipboard.getSystemClipboard().getString())));
        return paste;
    }

    /** A .bib file dropped on {@code target} is imported after the same confirmation as the menu's. */
    public void acceptBibDrops(Node target, Supplier<Window> window, Consumer<String> status) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (bibFile(e).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = bibFile(e);
            e.setDropCompleted(file.isPresent());
            e.consume();
            file.ifPresent(f -> importBibFile(window.get(), f, status));
        });
    }

    private static Optional<Path> bibFile(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        return e.getDragboard().getFiles().stream().map(File::toPath).filter(BibtexImportViewModel::isBibFile).findFirst();
    }

    private void chooseBibFile(Window window, Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import BibTeX");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("BibTeX (*.bib)", "*.bib"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showOpenDialog(window);
        if (chosen != null) {
            lastFolder = chosen.toPath().toAbsolutePath().getParent();
            importBibFile(window, chosen.toPath(), status);
        }
    }

    /**
     * Imports the BibTeX {@code file} once the person confirms what it adds and updates, then shows
     * what came in; the menu's chosen file and a dropped one come here.
     */
    public void importBibFile(Window window, Path file, Consumer<String> status) {
        BibtexImportViewModel.Preview preview;
        try {
            preview = bibtex.preview(file);
        } catch (IOException e) {
            status.accept("Could not read " + file + ": " + e.getMessage());
            return;
        }
        if (preview.incoming().isEmpty()) {
            status.accept(file.getFileName() + " holds no BibTeX entry that could be read.");
            return;
        }
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, null, importButton, ButtonType.CANCEL);
        confirm.initOwner(window);
        confirm.setTitle("Import BibTeX");
        confirm.setHeaderText(preview.fileName() + ": " + preview.summary());
        TextArea lines = new TextArea(String.join("\n", preview.lines()));
        lines.setId("bibtex-import-plan");
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefSize(680, 320);
        confirm.getDialogPane().setContent(lines);
        confirm.getDialogPane().lookupButton(importButton).setDisable(!preview.changesSomething());
        if (confirm.showAndWait().filter(importButton::equals).isPresent()) {
            status.accept(bibtex.apply(preview));
            if (!bibtex.lastImportedRecord().isEmpty()) {
                showRecord.accept(bibtex.lastImportedRecord());
            }
        }
    }

    private void importSite(Window window, BooleanSupplier confirmDiscard) {
        if (!confirmDiscard.getAsBoolean()) {
            return;
        }
        DirectoryChooser siteChooser = new DirectoryChooser();
        siteChooser.setTitle("Choose the al-folio site folder (the one holding _config.yml)");
        File site = siteChooser.showDialog(window);
        if (site == null) {
            return;
        }
        CheckBox drop = new CheckBox("Drop template leftovers (al-folio's example bio, news, papers, e-mail)");
        drop.setId("import-drop-leftovers");
        drop.selectedProperty().bindBidirectional(alfolio.dropTemplateLeftoversProperty());
        ButtonType next = new ButtonType("Choose portfolio folder\u2026", ButtonBar.ButtonData.OK_DONE);
        Alert options = new Alert(Alert.AlertType.CONFIRMATION, null, next, ButtonType.CANCEL);
        options.initOwner(window);
        options.setTitle("Import al-folio site");
        options.setHeaderText("Import " + site);
        options.getDialogPane().setContent(new VBox(10, drop,
                new Label("The site is not changed. Next, choose an empty folder for the new portfolio.")));
        boolean go = options.showAndWait().filter(next::equals).isPresent();
        drop.selectedProperty().unbindBidirectional(alfolio.dropTemplateLeftoversProperty());
        if (!go) {
            return;
        }
        DirectoryChooser targetChooser = new DirectoryChooser();
        targetChooser.setTitle("Choose an empty folder for the new portfolio");
        File target = targetChooser.showDialog(window);
        if (target != null) {
            alfolio.importSite(site.toPath(), target.toPath());
        }
    }

    private void showReport(Window window, String report) {
        if (report == null || report.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window);
        alert.setTitle("Import al-folio site");
        alert.setHeaderText(report.lines().findFirst().orElse("Imported"));
        TextArea text = new TextArea(report);
        text.setId("alfolio-import-report");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 360);
        alert.getDialogPane().setContent(text);
        // closed, it handed the focus back to the toolbar's Open button, away from what came in
        alert.setOnHidden(e -> showSite.run());
        alert.show();
    }
}
