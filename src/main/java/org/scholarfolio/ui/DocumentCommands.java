package org.scholarfolio.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The document commands of one editor window: New, Open, Save, Save As, and the question about
 * unsaved changes that guards New, Open and closing. Outcomes go to the status line.
 */
public final class DocumentCommands {
    private final EditorViewModel editor;
    private final Consumer<String> status;
    private final Supplier<Window> window;
    private final Runnable afterOpen;
    private Path lastFolder;

    /** {@code afterOpen} runs after each successful open (the editor offers recovery there). */
    DocumentCommands(EditorViewModel editor, Consumer<String> status, Supplier<Window> window, Runnable afterOpen) {
        this.editor = editor;
        this.status = status;
        this.window = window;
        this.afterOpen = afterOpen;
    }

    public void setLastFolder(Path folder) {
        lastFolder = folder;
    }

    /** The folder of the last portfolio opened or saved, where file choosers start. */
    public Path lastFolder() {
        return lastFolder;
    }

    /**
     * Closing the window asks about unsaved changes first; {@code onClose} runs only when the
     * window really closes (the changes were saved or dropped).
     */
    public void guardClose(Stage stage, Runnable onClose) {
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
                return;
            }
            onClose.run();
        });
    }

    /** Asks about unsaved changes; true when it is fine to drop the current document. */
    public boolean confirmDiscard() {
        if (!editor.history().isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.", saveButton, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save changes to " + editor.windowTitleProperty().get()
                .replace(EditorViewModel.APP_NAME + " \u2014 ", "").replace(EditorViewModel.DIRTY_MARKER, "") + "?");
        alert.initOwner(window.get());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save();
    }

    public void newPortfolio() {
        if (confirmDiscard()) {
            editor.newPortfolio();
            status.accept("New portfolio");
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open portfolio");
        File chosen = chooser.showOpenDialog(window.get());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    public void open(Path path) {
        try {
            editor.open(path);
            lastFolder = editor.fileProperty().get().toAbsolutePath().getParent();
            status.accept("Opened " + editor.fileProperty().get());
            afterOpen.run();
        } catch (IOException e) {
            status.accept("Could not open: " + e.getMessage());
        }
    }

    /** Saves, asking for a file the first time; false when nothing was written. */
    public boolean save() {
        try {
            if (editor.save()) {
                status.accept("Saved " + editor.fileProperty().get());
                return true;
            }
        } catch (FileChangedOnDiskException e) {
            return resolveChangedOnDisk(e.file());
        } catch (IOException e) {
            status.accept("Could not save " + editor.fileProperty().get() + ": " + e.getMessage());
            return false;
        }
        return saveAs();
    }

    /** The file changed on disk since it was opened: reload, compare or overwrite, as the person says. */
    private boolean resolveChangedOnDisk(Path file) {
        ChangedOnDiskDialog.Choice choice = ChangedOnDiskDialog.ask(window.get(), file, () -> {
            try {
                return PortfolioComparison.describe(editor.portfolio(), editor.readFromDisk());
            } catch (IOException e) {
                return java.util.List.of("The file on disk cannot be read: " + e.getMessage());
            }
        });
        try {
            switch (choice) {
                case RELOAD -> {
                    editor.reloadFromDisk();
                    status.accept("Reloaded " + file + " from disk; Undo brings your version back");
                    return false;
                }
                case OVERWRITE -> {
                    editor.overwrite();
                    status.accept("Saved " + file + " over the other program's change");
                    return true;
                }
                default -> {
                    status.accept("Not saved: " + file + " was changed by another program");
                    return false;
                }
            }
        } catch (IOException e) {
            status.accept("Could not save " + file + ": " + e.getMessage());
            return false;
        }
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save portfolio as");
        chooser.setInitialFileName("portfolio.json");
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen == null) {
            return false;
        }
        try {
            editor.saveAs(chosen.toPath());
            lastFolder = chosen.toPath().toAbsolutePath().getParent();
            status.accept("Saved " + chosen);
            return true;
        } catch (IOException e) {
            status.accept("Could not save " + chosen + ": " + e.getMessage());
            return false;
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Portfolio (*.json)", "*.json"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }
}
