package org.scholarfolio.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.ui.EditorViewModel;

/**
 * Exports the current snapshot as a static site in the background, with progress and cancel, and
 * reports the outcome. The snapshot is immutable, so editing can go on while the export runs.
 */
public final class ExportViewModel {

    /** The site exporter, as the editor calls it; {@code progress} takes the share done, 0 to 1. */
    @FunctionalInterface
    public interface SiteExport {
        ExportReport export(Portfolio portfolio, Path portfolioDir, Path outDir, DoubleConsumer progress);
    }

    private final EditorViewModel editor;
    private final SiteExport export;
    private final Executor background;
    private final Executor ui;
    private final ExportKind kind;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ExportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Path> exportedSite = new ReadOnlyObjectWrapper<>(this, "exportedSite");
    private FutureTask<?> task;
    private boolean cancelled;

    /** {@code ui} runs the completion on the UI thread; {@code background} runs the export. */
    public ExportViewModel(EditorViewModel editor, SiteExport export, Executor background, Executor ui) {
        this(editor, export, background, ui, ExportKind.SITE);
    }

    /** As above, for another {@code kind} of export (an al-folio site). */
    public ExportViewModel(EditorViewModel editor, SiteExport export, Executor background, Executor ui, ExportKind kind) {
        this.kind = kind;
        this.editor = editor;
        this.export = export;
        this.background = background;
        this.ui = ui;
    }

    /** Exports into the chosen {@link #folderProperty() folder}. */
    public void export() {
        if (folder.get() != null) {
            exportTo(folder.get());
        }
    }

    public void exportTo(Path outDir) {
        if (running.get()) {
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
        running.set(true);
        cancelled = false;
        progress.set(0);
        report.set(null);
        exportedSite.set(null);
        message.set("Exporting to " + outDir + "\u2026");
        task = new FutureTask<>(() -> {
            ExportReport result;
            try {
                result = export.export(snapshot, portfolioDir, outDir, done -> ui.execute(() -> {
                    if (running.get()) {
                        progress.set(done);
                    }
                }));
            } catch (RuntimeException e) {
                result = new ExportReport(List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of("the exporter stopped: " + e.getMessage()));
            }
            ExportReport outcome = result;
            ui.execute(() -> finished(outcome, outDir));
            return null;
        });
        background.execute(task);
    }

    private void finished(ExportReport outcome, Path outDir) {
        running.set(false);
        report.set(outcome);
        if (cancelled) {
            message.set("Export cancelled");
        } else {
            message.set(summary(outcome, outDir));
            progress.set(outcome.succeeded() ? 1 : 0);
            if (outcome.succeeded() && kind.opensInBrowser()) {
                exportedSite.set(outDir.resolve(kind.homePage()));
            }
        }
    }

    /** Stops a running export; the exporter writes nothing once it is interrupted. */
    public void cancel() {
        if (running.get() && task != null) {
            cancelled = true;
            message.set("Cancelling\u2026");
            task.cancel(true);
        }
    }

    static String summary(ExportReport report, Path outDir) {
        if (!report.succeeded()) {
            return "Export failed: " + report.errors().get(0);
        }
        String text = "Exported to " + outDir + ": " + report.pagesWritten().size() + " page(s) written, "
                + report.pagesUnchanged().size() + " unchanged";
        int w = report.warnings().size();
        return w == 0 ? text : text + "; " + w + " warning(s), first: " + report.warnings().get(0);
    }

    /** The report as lines for a list: counts first, then each error and warning. */
    public static List<String> reportLines(ExportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.pagesWritten().size() + " page(s) written, " + report.pagesUnchanged().size()
                + " unchanged, " + report.filesCopied().size() + " file(s) copied, "
                + report.filesRemoved().size() + " removed");
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
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The exported home page after a successful export, for opening in a browser. */
    public ReadOnlyObjectProperty<Path> exportedSiteProperty() {
        return exportedSite.getReadOnlyProperty();
    }
}
