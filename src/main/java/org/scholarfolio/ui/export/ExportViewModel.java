package org.scholarfolio.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Text;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.ui.BackgroundTask;
import org.scholarfolio.ui.EditorViewModel;

/**
 * Exports the current snapshot as a static site in the background, with progress and cancel, and
 * reports the outcome. The snapshot is immutable, so editing can go on while the export runs. Cancel
 * interrupts the exporter and waits for it to return, so the folder is never left half written and
 * no second export starts into it meanwhile. A folder holding a site made from another portfolio is
 * not written: the person is asked ({@link #otherSiteProperty()}) whether to replace it.
 */
public final class ExportViewModel {

    /** The site exporter, as the editor calls it; {@code progress} takes the share done, 0 to 1. */
    @FunctionalInterface
    public interface SiteExport {
        ExportReport export(Portfolio portfolio, Path portfolioDir, Path outDir, DoubleConsumer progress);
    }

    private final EditorViewModel editor;
    private final SiteExport export;
    private final BackgroundTask task;
    private final ExportKind kind;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ExportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Path> exportedSite = new ReadOnlyObjectWrapper<>(this, "exportedSite");
    private final ReadOnlyObjectWrapper<Path> otherSite = new ReadOnlyObjectWrapper<>(this, "otherSite");
    // The export that replaces a site made from another portfolio; null: such a refusal is only reported.
    private SiteExport replacing;
    private final BooleanBinding unsaved;
    /** The folder is being set to the portfolio's own, not chosen by the person. */
    private boolean following;
    /** A folder was chosen for a portfolio not saved yet: it becomes that portfolio's once saved. */
    private boolean chosenWhileUntitled;

    /** {@code ui} runs the completion on the UI thread; {@code background} runs the export. */
    public ExportViewModel(EditorViewModel editor, SiteExport export, Executor background, Executor ui) {
        this(editor, export, background, ui, ExportKind.SITE);
    }

    /** As above, for another {@code kind} of export (an al-folio site). */
    public ExportViewModel(EditorViewModel editor, SiteExport export, Executor background, Executor ui, ExportKind kind) {
        this.kind = kind;
        this.editor = editor;
        this.export = export;
        this.task = new BackgroundTask(background, ui);
        this.unsaved = Bindings.createBooleanBinding(() -> editor.fileProperty().get() == null, editor.fileProperty());
        // A question about one folder is no answer for another.
        folder.addListener((obs, old, now) -> {
            if (otherSite.get() != null && !otherSite.get().equals(now)) {
                otherSite.set(null);
            }
        });
    }

    /**
     * This view model, asking the person whether to replace a site made from another portfolio when
     * {@code export} refuses one ({@link ExportReport#otherPortfoliosSite()}), and running
     * {@code replacing}, the same export told to replace it, when they say so.
     */
    public ExportViewModel replacingOtherSitesWith(SiteExport replacing) {
        this.replacing = replacing;
        return this;
    }

    /**
     * The folder starts at {@code folderFor} the portfolio's file (the one it was exported to before,
     * or one beside it) and follows the file as another portfolio is opened or this one saved; a
     * folder chosen is remembered in {@code remembered} for this portfolio (for a new one, once it is
     * saved), so that no other portfolio is offered it.
     */
    public void rememberFolder(ObjectProperty<ExportFolders> remembered, UnaryOperator<Path> folderFor) {
        if (folder.get() == null) {
            follow(folderFor.apply(editor.fileProperty().get()));
        }
        editor.fileProperty().addListener((obs, old, now) -> {
            if (old == null && now != null && chosenWhileUntitled && folder.get() != null) {
                remembered.set(remembered.get().with(now, folder.get()));
            } else {
                follow(folderFor.apply(now));
            }
            chosenWhileUntitled = false;
        });
        folder.addListener((obs, old, now) -> {
            if (following || now == null) {
                return;
            }
            Path file = editor.fileProperty().get();
            if (file == null) {
                chosenWhileUntitled = true;
            } else {
                remembered.set(remembered.get().with(file, now));
            }
        });
    }

    /** Shows the folder that goes with the portfolio, without taking it as the person's choice. */
    private void follow(Path portfolioFolder) {
        following = true;
        try {
            folder.set(portfolioFolder);
        } finally {
            following = false;
        }
    }

    /** True while the portfolio has no file: the export reads its photos and PDFs from the file's folder. */
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    /**
     * For a portfolio never saved: {@code saveAs} asks where to keep it and saves it (telling whether it
     * did); once saved, the export goes on into the folder shown. A cancelled save changes nothing.
     */
    public void saveThenExport(Consumer<Consumer<Boolean>> saveAs) {
        if (task.runningProperty().get()) {
            return;
        }
        saveAs.accept(saved -> {
            if (!saved || editor.fileProperty().get() == null) {
                return;
            }
            if (folder.get() == null) {
                message.set("Saved. Choose the folder for the website.");
            } else {
                export();
            }
        });
    }

    /** Exports into the chosen {@link #folderProperty() folder}. */
    public void export() {
        if (folder.get() != null) {
            exportTo(folder.get());
        }
    }

    public void exportTo(Path outDir) {
        exportTo(outDir, export);
    }

    /** The answer Replace: the site made from another portfolio in the folder asked about is replaced. */
    public void replaceOtherSite() {
        Path outDir = otherSite.get();
        if (outDir != null && replacing != null) {
            exportTo(outDir, replacing);
        }
    }

    /** The answer Cancel: the other portfolio's site stays as it is. */
    public void keepOtherSite() {
        Path outDir = otherSite.get();
        if (outDir != null) {
            otherSite.set(null);
            message.set("Nothing was written; " + outDir + " is as it was.");
        }
    }

    /** The answer Choose another folder: the site stays, and the person picks another folder. */
    public void chooseAnotherFolder() {
        if (otherSite.get() != null) {
            otherSite.set(null);
            message.set("Nothing was written. Choose another folder for the website.");
        }
    }

    private void exportTo(Path outDir, SiteExport export) {
        if (task.runningProperty().get()) {
            return;
        }
        Path file = editor.fileProperty().get();
        if (file == null) {
            message.set("Save the portfolio first: the export reads photos and PDFs from its folder.");
            return;
        }
        Portfolio snapshot = editor.portfolio();
        Path portfolioDir = file.toAbsolutePath().getParent();
        folder.set(outDir);
        otherSite.set(null);
        report.set(null);
        exportedSite.set(null);
        message.set("Exporting to " + outDir + "\u2026");
        task.start(progress -> exported(export, snapshot, portfolioDir, outDir, progress),
                outcome -> finished(outcome, outDir),
                e -> finished(e instanceof Failed f ? f.report : failure(e.getMessage()), outDir));
    }

    /** The exporter's report; a failed one is thrown so that the progress bar empties. */
    private static ExportReport exported(SiteExport export, Portfolio snapshot, Path portfolioDir, Path outDir,
                                         DoubleConsumer progress) throws Failed {
        ExportReport result;
        try {
            result = export.export(snapshot, portfolioDir, outDir, progress);
        } catch (RuntimeException e) {
            result = failure("the exporter stopped: " + e.getMessage());
        }
        if (!result.succeeded()) {
            throw new Failed(result);
        }
        return result;
    }

    private static ExportReport failure(String error) {
        return new ExportReport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(error));
    }

    private void finished(ExportReport outcome, Path outDir) {
        if (outcome.otherPortfoliosSite() && replacing != null) {
            // Nothing was written: a question, not a failure. The dialog asks it where the folder is;
            // the status line does not say it again (and the "Exporting to" line no longer holds).
            otherSite.set(outDir);
            message.set("");
            return;
        }
        report.set(outcome);
        message.set(summary(outcome, outDir));
        if (outcome.succeeded() && kind.opensInBrowser()) {
            exportedSite.set(outDir.resolve(kind.homePage()));
        }
    }

    /** Stops a running export: the exporter is interrupted and writes nothing more once it returns. */
    public void cancel() {
        if (task.stop(() -> message.set("Export cancelled"))) {
            message.set("Cancelling\u2026");
        }
    }

    /** A report with errors, carried out of the background work. */
    private static final class Failed extends Exception {
        private final transient ExportReport report;

        Failed(ExportReport report) {
            super(report.errors().get(0), null, false, false);
            this.report = report;
        }
    }

    /**
     * What the export did, in one line for the dialog and the status bar: where, the counts, and how
     * many warnings or errors there are. The sentences themselves are the report's lines
     * ({@link #reportLines}), listed under it in the dialog: the line does not repeat the first one.
     */
    static String summary(ExportReport report, Path outDir) {
        if (!report.succeeded()) {
            return "Export to " + outDir + " failed: " + Text.count(report.errors().size(), "error");
        }
        String text = "Exported to " + outDir + ": " + Text.count(report.pagesWritten().size(), "page") + " written, "
                + Text.number(report.pagesUnchanged().size()) + " unchanged, " + Text.count(report.filesCopied().size(), "file")
                + " copied, " + Text.number(report.filesRemoved().size()) + " removed";
        int w = report.warnings().size();
        return w == 0 ? text : text + "; " + Text.count(w, "warning");
    }

    /** The report's errors, then its warnings, a line each, as the dialog lists them under the summary. */
    /**
     * What the report shows while it has no line: what it will hold before an export, that there was nothing to
     * report after one (an empty white box said neither).
     */
    public static String reportPlaceholder(ExportReport report) {
        return report == null ? "Errors and warnings of the export will be listed here." : "No errors or warnings.";
    }

    public static List<String> reportLines(ExportReport report) {
        List<String> lines = new ArrayList<>();
        report.errors().forEach(e -> lines.add("Error: " + e));
        report.warnings().forEach(w -> lines.add("Warning: " + w));
        return lines;
    }

    public ExportKind kind() {
        return kind;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /**
     * The folder whose site, made from another portfolio, the last export left as it was, while the
     * person has not answered whether to replace it; null otherwise.
     */
    public ReadOnlyObjectProperty<Path> otherSiteProperty() {
        return otherSite.getReadOnlyProperty();
    }

    /** The exported home page after a successful export, for opening in a browser. */
    public ReadOnlyObjectProperty<Path> exportedSiteProperty() {
        return exportedSite.getReadOnlyProperty();
    }
}
