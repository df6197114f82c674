package org.scholarfolio.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.store.WriteFailure;

/**
 * The document commands of one editor window: New, Open, Save, Save As, and the question about
 * unsaved changes that guards New, Open and closing. Files are read and written by {@link DocumentIo}
 * off the UI thread; outcomes go to the status line.
 */
public final class DocumentCommands {
    private final EditorViewModel editor;
    private final DocumentIo io;
    private final Consumer<String> status;
    private final Supplier<Window> window;
    private final Runnable afterOpen;
    private final ReadOnlyBooleanWrapper waitingForSave = new ReadOnlyBooleanWrapper(this, "waitingForSave");
    private final BooleanBinding editingLocked;
    private boolean closeWhenIdle;
    private Path lastFolder;
    private OtherEditor otherEditor = OtherEditor.NONE;
    /** The folder chooser, for Save As. */
    private FolderQuestion folders = (owner, title, initial) -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    };

    /** {@code afterOpen} runs after each successful open (the editor offers recovery there). */
    DocumentCommands(EditorViewModel editor, DocumentIo io, Consumer<String> status, Supplier<Window> window,
            Runnable afterOpen) {
        this.editor = editor;
        this.io = io;
        this.status = status;
        this.window = window;
        this.afterOpen = afterOpen;
        editingLocked = io.openingProperty().or(waitingForSave);
    }

    public DocumentIo io() {
        return io;
    }

    /**
     * True while the document must not be edited: it is being replaced by a file being opened, or a
     * save must end before the window closes or another document opens (what is typed would be lost).
     */
    public BooleanBinding editingLockedProperty() {
        return editingLocked;
    }

    public void setLastFolder(Path folder) {
        lastFolder = folder;
    }

    /** Where portfolios too large for this window's JVM are opened instead ({@link OtherEditor}). */
    public void handLargePortfoliosTo(OtherEditor other) {
        otherEditor = other;
    }

    /** The folder of the last portfolio opened or saved, where file choosers start. */
    public Path lastFolder() {
        return lastFolder;
    }

    /**
     * Closing the window asks about unsaved changes first, and waits for a save that is running;
     * {@code onClose} runs only when the window really closes (the changes were saved or dropped).
     */
    public void guardClose(Stage stage, Runnable onClose) {
        stage.setOnCloseRequest(e -> {
            if (io.isBusy()) {
                e.consume();
                if (!closeWhenIdle) {
                    closeWhenIdle = true;
                    status.accept(io.activityProperty().get() + " The window closes when that is done.");
                    io.whenIdle(() -> {
                        closeWhenIdle = false;
                        if (confirmDiscard()) {
                            onClose.run();
                            stage.hide();
                        }
                    });
                }
                return;
            }
            if (!confirmDiscard()) {
                e.consume();
                return;
            }
            onClose.run();
        });
    }

    /** Asks about unsaved changes; true when it is fine to drop the current document. */
    public boolean confirmDiscard() {
        awaitIdle();
        editor.takePendingEdits();
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
        return answer.get() == discard || saveAndWait();
    }

    /**
     * Lets the window go on drawing (and showing the save's progress), with editing locked, until no
     * file operation runs: what the caller does next replaces or closes the document.
     */
    private void awaitIdle() {
        if (!io.isBusy() || !Platform.isFxApplicationThread()) {
            return;
        }
        Object key = new Object();
        waitingForSave.set(true);
        try {
            io.whenIdle(() -> Platform.exitNestedEventLoop(key, null));
            Platform.enterNestedEventLoop(key);
        } finally {
            waitingForSave.set(false);
        }
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

    /** Opens in the background; the window shows the progress, and the document is locked meanwhile. */
    public void open(Path path) {
        open(path, () -> { });
    }

    /**
     * As {@link #open(Path)}; {@code onFailure} runs when the file could not be opened. A portfolio the
     * {@link OtherEditor} takes opens in a new window; this one closes if it holds nothing (a new
     * portfolio without changes, as at the start screen).
     */
    public void open(Path path, Runnable onFailure) {
        if (otherEditor.openedElsewhere(path)) {
            status.accept("Opening " + path + " in a new window set up for large portfolios");
            Window current = window.get();
            if (editor.fileProperty().get() == null && !editor.history().isDirty() && current != null) {
                current.fireEvent(new WindowEvent(current, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
            return;
        }
        io.open(path, file -> {
            lastFolder = file.toAbsolutePath().getParent();
            status.accept("Opened " + file);
            afterOpen.run();
        }, e -> {
            status.accept("Could not open: " + e.getMessage());
            onFailure.run();
        });
    }

    /** Saves in the background, asking for a file the first time; editing goes on meanwhile. */
    public void save() {
        saveThen(saved -> { });
    }

    /** Saves and waits (the window still draws, editing locked); false when nothing was written. */
    public boolean saveAndWait() {
        boolean[] saved = {false};
        waitingForSave.set(true);
        try {
            saveThen(ok -> saved[0] = ok);
            awaitIdle();
        } finally {
            waitingForSave.set(false);
        }
        return saved[0];
    }

    private void saveThen(Consumer<Boolean> after) {
        Path file = editor.fileProperty().get();
        if (file == null) {
            saveAsThen(after);
            return;
        }
        io.save(file, snapshot -> {
            status.accept(snapshot == editor.portfolio() ? "Saved " + file
                    : "Saved " + file + " as it was when you saved; later changes are not saved yet");
            after.accept(true);
        }, e -> {
            if (e instanceof FileChangedOnDiskException changed) {
                resolveChangedOnDisk(changed.file(), after);
            } else {
                status.accept(notSaved(file, e));
                after.accept(false);
            }
        });
    }

    /**
     * The status line's sentence for a save of {@code file} that failed, told once ("Could not save
     * p/portfolio.json: cannot write p/portfolio.json: the disk is full …" named the file twice), ending
     * with what became of the person's changes.
     */
    static String notSaved(Path file, Throwable e) {
        return "Not saved: " + WriteFailure.sentence(file, e, "it is as it was")
                + ". Your changes are still here, unsaved: save again once that is fixed, or Save As into another folder";
    }

    /** Runs before the question about a file changed on disk is asked (the bar that offers the same answers goes). */
    void beforeAskingAboutChangedFile(Runnable action) {
        beforeAskingAboutChangedFile = action;
    }

    private Runnable beforeAskingAboutChangedFile = () -> { };

    /** The file changed on disk since it was opened: reload, compare or overwrite, as the person says. */
    void resolveChangedOnDisk(Path file, Consumer<Boolean> after) {
        beforeAskingAboutChangedFile.run();
        // Read and compared on the file thread: at 100,000 publications each is seconds.
        ChangedOnDiskDialog.Choice choice = ChangedOnDiskDialog.ask(window.get(), file,
                show -> io.compareWithDisk(show,
                        e -> show.accept(List.of("The file on disk cannot be read: " + e.getMessage()))));
        settleChangedOnDisk(choice, file, after);
    }

    /** Does what the person answered to "changed by another program", in the dialog or in the window's bar. */
    void settleChangedOnDisk(ChangedOnDiskDialog.Choice choice, Path file, Consumer<Boolean> after) {
        switch (choice) {
            case RELOAD -> io.reload(changed -> {
                status.accept(changed ? "Reloaded " + file + " from disk; Undo brings your version back"
                        : "Reloaded " + file + " from disk: the same content as here, nothing changed");
                after.accept(false);
            }, e -> {
                status.accept("Could not read " + file + ": " + e.getMessage());
                after.accept(false);
            });
            case KEEP_BOTH -> io.reloadKeepingChanges(changed -> {
                status.accept("Took " + file + " as it is on disk, with your changes on top: nothing is saved yet;"
                        + " Save writes both, Undo takes your changes off");
                after.accept(false);
            }, e -> {
                status.accept("Could not read " + file + ": " + e.getMessage());
                after.accept(false);
            });
            case OVERWRITE -> io.overwrite(snapshot -> {
                status.accept("Saved " + file + " over the other program's change");
                after.accept(true);
            }, e -> {
                status.accept(notSaved(file, e));
                after.accept(false);
            });
            default -> {
                status.accept("Not saved: " + file + " was changed by another program");
                after.accept(false);
            }
        }
    }

    /** Asks for a folder and saves the portfolio there in the background. */
    public void saveAs() {
        saveAsThen(saved -> { });
    }

    /**
     * Asks for a folder (a portfolio is a folder: an empty one, or one made in the chooser) and
     * saves there, with the files the portfolio keeps beside it; {@code after} learns whether it was
     * saved (false: cancelled, refused or failed). A folder holding another portfolio is refused:
     * its portfolio is never written over.
     */
    public void saveAsThen(Consumer<Boolean> after) {
        Path current = editor.fileProperty().get();
        Path currentFolder = current == null ? null : current.toAbsolutePath().normalize().getParent();
        Path start = currentFolder != null ? currentFolder.getParent() : lastFolder;
        Path folder = folders.ask(window.get(), "Choose or make an empty folder for the portfolio", start);
        if (folder == null) {
            after.accept(false);
            return;
        }
        folder = folder.toAbsolutePath().normalize();
        Path target = folder.resolve(PortfolioStore.FILE_NAME);
        if (folder.equals(currentFolder)) {
            saveThen(after);
            return;
        }
        if (Files.exists(target)) {
            status.accept("Not saved: " + folder + " holds another portfolio");
            if (chooseAnotherFolder(folder)) {
                saveAsThen(after);
            } else {
                after.accept(false);
            }
            return;
        }
        Path chosen = folder;
        io.saveInto(target, currentFolder, copied -> {
            lastFolder = chosen;
            status.accept("Saved " + target + (copied.files() == 0 ? "" : " with " + copied.files()
                    + (copied.files() == 1 ? " file" : " files") + " from " + currentFolder)
                    + (copied.leftOut().isEmpty() ? "" : "; " + String.join("; ", copied.leftOut())));
            after.accept(true);
        }, e -> {
            status.accept(notSaved(target, e));
            after.accept(false);
        });
    }

    /** Says that {@code folder} holds another portfolio, which stays as it is; true to choose again. */
    private boolean chooseAnotherFolder(Path folder) {
        ButtonType again = new ButtonType("Choose another folder\u2026", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, folder + " already holds a portfolio ("
                + PortfolioStore.FILE_NAME + "), which is left as it is. Choose an empty folder, or make a new "
                + "one in the folder chooser, for this portfolio.", again, ButtonType.CANCEL);
        alert.setHeaderText("That folder holds another portfolio");
        alert.initOwner(window.get());
        return alert.showAndWait().filter(again::equals).isPresent();
    }

    /** Asks a person for a folder; null when they cancel. The window's folder chooser, or a stand-in in tests. */
    interface FolderQuestion {
        Path ask(Window owner, String title, Path initialFolderOrNull);
    }

    /** Asks for folders with {@code question} instead of the folder chooser. */
    void askFoldersWith(FolderQuestion question) {
        folders = Objects.requireNonNull(question, "question");
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
