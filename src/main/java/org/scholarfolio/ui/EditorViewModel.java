package org.scholarfolio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scholarfolio.model.Portfolio;

/**
 * The open document: the current portfolio snapshot, its file, its undo history and the window
 * title derived from them. Screens change the portfolio only through {@link #edit}.
 */
public final class EditorViewModel {
    public static final String APP_NAME = "Scholarfolio";
    /** Shown after the title while there are unsaved changes. */
    public static final String DIRTY_MARKER = " \u2022";

    private final PortfolioFiles files;
    private final UndoHistory history;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle");
    private final ReadOnlyIntegerWrapper documentNumber = new ReadOnlyIntegerWrapper(this, "documentNumber");
    /** Hands over what the forms hold and have not made an edit of yet (a long text typed into). */
    private Runnable pendingEdits = () -> { };

    public EditorViewModel(PortfolioFiles files, Portfolio initial, Path fileOrNull) {
        this.files = Objects.requireNonNull(files, "files");
        this.history = new UndoHistory(initial);
        this.file.set(fileOrNull);
        windowTitle.bind(Bindings.createStringBinding(this::computeTitle,
                history.currentProperty(), history.dirtyProperty(), file));
    }

    private String computeTitle() {
        String name = history.current().profile().name().display();
        if (name.isEmpty()) {
            Path f = file.get();
            name = f == null ? "Untitled" : String.valueOf(f.getFileName());
        }
        return APP_NAME + " \u2014 " + name + (history.isDirty() ? DIRTY_MARKER : "");
    }

    /**
     * {@code take} makes edits of what the window's fields hold and have not handed over yet: a key
     * typed into a long text reaches the snapshot a moment later, from a thread of its own.
     */
    public void takePendingEditsWith(Runnable take) {
        pendingEdits = Objects.requireNonNull(take, "take");
    }

    /**
     * Makes the snapshot hold every key typed so far; called before anything that must see them: a
     * save, an Undo, the recovery journal, the question about unsaved changes.
     */
    public void takePendingEdits() {
        pendingEdits.run();
    }

    /** Applies one change; edits with the same non-null key in a row form one undo step. */
    public void edit(String coalescingKey, UnaryOperator<Portfolio> change) {
        history.apply(change.apply(history.current()), coalescingKey);
    }

    /** Applies one change that Undo names as {@code step} ("import of 2 publications"). */
    public void editAs(UndoStep step, UnaryOperator<Portfolio> change) {
        takePendingEdits();
        history.apply(change.apply(history.current()), null, step);
    }

    public Portfolio portfolio() {
        return history.current();
    }

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return history.currentProperty();
    }

    public UndoHistory history() {
        return history;
    }

    public void newPortfolio() {
        takePendingEdits();
        // Counted before the content changes, so that what follows the change knows it is another document.
        documentNumber.set(documentNumber.get() + 1);
        file.set(null);
        history.reset(Portfolio.empty());
    }

    public void open(Path folderOrJson) throws IOException {
        take(read(folderOrJson));
    }

    /** Reads a portfolio file; safe on any thread (it touches no state of this view model). */
    public PortfolioFiles.Opened read(Path folderOrJson) throws IOException {
        return files.open(folderOrJson);
    }

    /** Makes a portfolio read by {@link #read} the open document. */
    public void take(PortfolioFiles.Opened opened) {
        takePendingEdits();
        documentNumber.set(documentNumber.get() + 1);
        file.set(opened.file());
        history.reset(opened.portfolio());
    }

    /** Saves to the current file; false when there is none yet and the caller must ask for one. */
    public boolean save() throws IOException {
        Path f = file.get();
        if (f == null) {
            return false;
        }
        saveAs(f);
        return true;
    }

    public void saveAs(Path jsonFile) throws IOException {
        takePendingEdits();
        Portfolio snapshot = history.current();
        write(jsonFile, snapshot);
        markWritten(jsonFile, snapshot);
    }

    /**
     * Writes {@code snapshot} to {@code jsonFile} (refusing when another program changed it); safe on
     * any thread, so that a save can run while editing goes on. Follow with {@link #markWritten}.
     */
    public void write(Path jsonFile, Portfolio snapshot) throws IOException {
        files.save(jsonFile, snapshot);
    }

    /** As {@link #write}, replacing whatever another program wrote to the file. */
    public void overwrite(Path jsonFile, Portfolio snapshot) throws IOException {
        files.overwrite(jsonFile, snapshot);
    }

    /** Records that {@code jsonFile} now holds {@code snapshot}; edits made since stay unsaved. */
    public void markWritten(Path jsonFile, Portfolio snapshot) {
        file.set(jsonFile);
        history.markSaved(snapshot);
    }

    /** Replaces another program's change to the current file with this window's portfolio. */
    public void overwrite() throws IOException {
        takePendingEdits();
        Portfolio snapshot = history.current();
        overwrite(file.get(), snapshot);
        markWritten(file.get(), snapshot);
    }

    /** What Undo names the step a reload makes. */
    static final UndoStep RELOAD_STEP = UndoStep.named("reload from disk", null);

    /**
     * The current file as it is on disk now, read by {@link #read}, and whether it holds the same
     * content as {@code here}, the snapshot the reload started from. Made on the file thread: the
     * compare walks both portfolios whole when they are equal (seconds at 100,000 publications).
     */
    public record Reloaded(PortfolioFiles.Opened opened, Portfolio here, boolean sameAsHere) {
        public static Reloaded compared(PortfolioFiles.Opened opened, Portfolio here) {
            return new Reloaded(opened, here, opened.portfolio().equals(here));
        }
    }

    /**
     * Takes the current file as it is on disk now (off the UI thread, {@link Reloaded}) as one step
     * that Undo takes back (so the changes made here are not lost), and counts it as saved. A file
     * with the same content as the window makes no step: the window's snapshot counts as saved.
     * Returns whether a step was taken.
     */
    public boolean takeReloaded(Reloaded reloaded) {
        takePendingEdits();
        if (reloaded.sameAsHere() && reloaded.here() == history.current()) {
            history.markSaved(reloaded.here());
            return false;
        }
        history.takeSaved(reloaded.opened().portfolio(), RELOAD_STEP);
        return true;
    }

    /** What Undo names the step that puts this window's changes back on top of a reloaded file. */
    static final UndoStep KEEP_BOTH_STEP = UndoStep.named("your changes on top of the file on disk", null);

    /**
     * As {@link #takeReloaded}, then this window's unsaved changes (what it changed since it last read
     * or saved the file) put back on top of the file as it is now, field by field and record by record
     * ({@link RecoveryFold}): another program's change (a {@code scholarfolio import bibtex} into the open
     * portfolio, a text editor, a second window) and this window's are both kept, unsaved; where both
     * changed one field, this window's wins. Undo takes this window's changes off again, and once more
     * brings this window's version back as it was. Returns whether the file differed from this window.
     */
    public boolean takeReloadedKeepingChanges(Reloaded reloaded) {
        takePendingEdits();
        Portfolio base = history.saved();
        Portfolio mine = reloaded.here();
        boolean changed = takeReloaded(reloaded);
        Portfolio disk = history.current();
        Portfolio both = RecoveryFold.onTop(base, disk, mine);
        if (!both.equals(disk)) {
            editAs(KEEP_BOTH_STEP, p -> both);
        }
        return changed;
    }

    /**
     * {@code jsonFile} as it is on disk now, without taking it as what the window last read or saved
     * (a comparison); safe on any thread.
     */
    /** True when another program wrote the open file since this window opened or saved it ({@link PortfolioFiles#changedOnDisk}). */
    public boolean changedOnDisk(Path jsonFile) throws IOException {
        return files.changedOnDisk(jsonFile);
    }

    public Portfolio look(Path jsonFile) throws IOException {
        return files.look(jsonFile);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Counts up whenever another document replaces the current one (New, Open). */
    public ReadOnlyIntegerProperty documentNumberProperty() {
        return documentNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }
}
