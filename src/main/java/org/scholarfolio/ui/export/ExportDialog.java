package org.scholarfolio.ui.export;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.ui.DesktopOpener;
import org.scholarfolio.ui.DialogStage;
import org.scholarfolio.ui.FocusDuringARun;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Export site: the output folder (remembered), a progress bar with Cancel while the
 * exporter runs in the background, the report (pages, warnings, errors) and a button that opens
 * the exported site in the browser. A folder holding a site made from another portfolio brings a
 * question in the dialog: Replace, Choose another folder, or Cancel.
 */
public final class ExportDialog {
    private final Stage stage = new DialogStage();

    /** {@code browser} opens an address in the system's browser. */
    public ExportDialog(ExportViewModel vm, Window owner, DesktopOpener browser) {
        this(vm, owner, browser, warning -> { });
    }

    /** {@code openField}: a warning chosen in the report (click or Enter) opens the field it names. */
    public ExportDialog(ExportViewModel vm, Window owner, DesktopOpener browser, Consumer<Diagnostic> openField) {
        this(vm, owner, browser, openField, null);
    }

    /**
     * {@code saveAs}: the app's Save As, offered while the portfolio has never been saved (it has no
     * folder for the export to read its photos and PDFs from); it tells whether it saved. Null: the
     * notice says so without the button.
     */
    public ExportDialog(ExportViewModel vm, Window owner, DesktopOpener browser, Consumer<Diagnostic> openField,
                        Consumer<Consumer<Boolean>> saveAs) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(vm.kind().title());

        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.setPromptText("Folder for the website");
        folder.setAccessibleText("Export folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setText(vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString());
        folder.textProperty().addListener((obs, old, text) -> vm.folderProperty().set(toPath(text)));
        vm.folderProperty().addListener((obs, old, path) -> {
            String text = path == null ? "" : path.toString();
            if (!text.equals(folder.getText())) {
                folder.setText(text);
            }
        });
        Button choose = new Button("Choose\u2026");
        choose.setId("export-choose");
        choose.setAccessibleText("Choose the export folder");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(vm.kind().chooserTitle());
            Path current = vm.folderProperty().get();
            if (current != null && current.toFile().isDirectory()) {
                chooser.setInitialDirectory(current.toFile());
            } else if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            File chosen = chooser.showDialog(stage);
            if (chosen != null) {
                vm.folderProperty().set(chosen.toPath());
            }
        });
        Label folderLabel = new Label("Folder");
        folderLabel.setLabelFor(folder);
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        // Said before the folder, not after it: an unsaved portfolio cannot be exported yet.
        Label unsavedText = new Label("This portfolio is not saved yet. A portfolio is a folder: its file, and the"
                + " photos and PDFs its site shows, which the export copies from there. Save it, and the export"
                + " goes on into the folder below; by default a folder beside the portfolio's, named after it"
                + " with \u201c-site\u201d.");
        unsavedText.setId("export-unsaved-text");
        unsavedText.setWrapText(true);
        Button saveFirst = new Button("Save portfolio and export\u2026");
        saveFirst.setId("export-save-first");
        saveFirst.setAccessibleText("Save the portfolio, then export it");
        saveFirst.disableProperty().bind(vm.runningProperty());
        saveFirst.setOnAction(e -> vm.saveThenExport(saveAs));
        saveFirst.setVisible(saveAs != null);
        saveFirst.setManaged(saveAs != null);
        VBox unsaved = new VBox(8, unsavedText, saveFirst);
        unsaved.setId("export-unsaved");
        unsaved.visibleProperty().bind(vm.unsavedProperty());
        unsaved.managedProperty().bind(vm.unsavedProperty());

        // Asked in the dialog, where the folder is, rather than in a window of its own over it.
        Label otherSiteText = new Label();
        otherSiteText.setId("export-other-site-text");
        otherSiteText.setWrapText(true);
        otherSiteText.textProperty().bind(Bindings.createStringBinding(() -> vm.otherSiteProperty().get() == null ? ""
                : "The folder " + vm.otherSiteProperty().get() + " holds a website made from another portfolio (or from"
                + " this one before its folder was moved or renamed). Exporting there replaces that website; nothing"
                + " has been written yet.", vm.otherSiteProperty()));
        Button replace = new Button("Replace");
        replace.setId("export-replace");
        replace.setAccessibleText("Replace the other portfolio's website");
        replace.setOnAction(e -> vm.replaceOtherSite());
        Button chooseOther = new Button("Choose another folder\u2026");
        chooseOther.setId("export-choose-other");
        chooseOther.setOnAction(e -> {
            vm.chooseAnotherFolder();
            folder.requestFocus();
            folder.selectAll();
            choose.fire();
        });
        Button keep = new Button("Cancel");
        keep.setId("export-keep-other-site");
        keep.setAccessibleText("Keep the other portfolio's website and write nothing");
        keep.setOnAction(e -> vm.keepOtherSite());
        HBox otherSiteButtons = new HBox(8, replace, chooseOther, keep);
        otherSiteButtons.setAlignment(Pos.CENTER_RIGHT);
        VBox otherSite = new VBox(8, otherSiteText, otherSiteButtons);
        otherSite.setId("export-other-site");
        var asking = vm.otherSiteProperty().isNotNull();
        otherSite.visibleProperty().bind(asking);
        otherSite.managedProperty().bind(asking);
        asking.addListener((obs, was, now) -> {
            stage.sizeToScene();
            if (now) {
                // The safe answer has the focus: Enter neither replaces the site nor exports again.
                chooseOther.requestFocus();
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setAccessibleText("Export progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());

        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        // Whole, on as many lines as it takes: the report below, which scrolls, gives way (the summary ended
        // in "5 files copie…" in a 1024x700 window).
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());

        ListView<String> report = new ListView<>();
        report.setId("export-report");
        report.setAccessibleText("Export report");
        report.setPrefHeight(200);
        // A warning is a sentence that says what to do: wrapped to the report's width, not read by scrolling sideways,
        // on as many lines as it takes.
        report.setCellFactory(ReportLineCell::new);
        Label emptyReport = new Label(ExportViewModel.reportPlaceholder(vm.reportProperty().get()));
        emptyReport.setId("export-report-placeholder");
        emptyReport.setWrapText(true);
        report.setPlaceholder(emptyReport);
        vm.reportProperty().addListener((obs, old, r) -> {
            emptyReport.setText(ExportViewModel.reportPlaceholder(r));
            report.setItems(r == null
                    ? FXCollections.observableArrayList() : FXCollections.observableArrayList(ExportViewModel.reportLines(r)));
        });
        Runnable chooseWarning = () -> {
            int line = report.getSelectionModel().getSelectedIndex();
            ExportReport r = vm.reportProperty().get();
            int warning = r == null ? -1 : line - r.errors().size();
            if (warning >= 0 && warning < r.warnings().size()) {
                openField.accept(r.warnings().get(warning));
            }
        };
        report.setOnMouseClicked(e -> chooseWarning.run());
        report.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                chooseWarning.run();
            }
        });
        VBox.setVgrow(report, Priority.ALWAYS);

        Button run = new Button("Export");
        run.setId("export-run");
        // Enter saves first while there is nothing to export from; then it exports.
        run.defaultButtonProperty().bind(vm.unsavedProperty().not().and(asking.not()));
        saveFirst.defaultButtonProperty().bind(vm.unsavedProperty().and(saveFirst.managedProperty()));
        run.disableProperty().bind(vm.runningProperty().or(vm.folderProperty().isNull()).or(vm.unsavedProperty()).or(asking));
        run.setOnAction(e -> vm.export());
        Button cancel = new Button("Cancel export");
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        FocusDuringARun.keep(vm.runningProperty(), cancel, run);
        Button open = new Button("Open in browser");
        open.setId("export-open");
        open.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.exportedSiteProperty().get() == null, vm.exportedSiteProperty()));
        Label openProblem = new Label();
        openProblem.setId("export-open-problem");
        openProblem.getStyleClass().addAll("field-problem", "danger");
        openProblem.setWrapText(true);
        openProblem.managedProperty().bind(openProblem.textProperty().isNotEmpty());
        open.setOnAction(e -> {
            openProblem.setText("");
            String address = vm.exportedSiteProperty().get().toUri().toString();
            browser.open(address, problem -> Platform.runLater(() -> {
                // The person can still paste the address into a browser themselves.
                ClipboardContent content = new ClipboardContent();
                content.putString(address);
                Clipboard.getSystemClipboard().setContent(content);
                // What to do first: the opener's own complaint (a browser's log line) can be long, and
                // the dialog showed only its start, with the advice cut off after it.
                openProblem.setText("No browser opened the site. Its address is on the clipboard: paste it into your"
                        + " browser.\n" + problem);
                stage.sizeToScene();
            }));
        });
        open.setVisible(vm.kind().opensInBrowser());
        open.setManaged(vm.kind().opensInBrowser());
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, spacer, cancel, run, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, unsaved, folderLabel, folderRow, otherSite, progress, message, report, buttons, openProblem);
        content.setPadding(new Insets(16));
        content.setId("export-dialog");
        content.setPrefWidth(620);
        stage.setScene(new Scene(content));
        // The notice goes once the portfolio is saved: the dialog shrinks to what is left.
        vm.unsavedProperty().addListener((obs, was, now) -> stage.sizeToScene());
        // Closed while the question stands: the answer Cancel, so the status line says nothing was written.
        stage.setOnHidden(e -> vm.keepOtherSite());
    }

    private static Path toPath(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
