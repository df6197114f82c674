package org.scholarfolio.ui.export;

import java.nio.file.Path;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.ui.EditorViewModel;

/**
 * Exports the current snapshot as a static site in the background and reports the outcome in one
 * line. The snapshot is immutable, so editing can go on while the export runs.
 */
public final class ExportViewModel {

    /** The site exporter, as the editor calls it. */
    @FunctionalInterface
    public interface SiteExport {
        ExportReport export(Portfolio portfolio, Path portfolioDir, Path outDir);
    }

    private final EditorViewModel editor;
    private final SiteExport export;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** {@code ui} runs the completion on the UI thread; {@code background} runs the export. */
    public ExportViewModel(EditorViewModel editor, SiteExport export, Executor background, Executor ui) {
        this.editor = editor;
        this.export = export;
        this.background = background;
        this.ui = ui;
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
        running.set(true);
        message.set("Exporting to " + outDir + "\u2026");
        background.execute(() -> {
            String outcome;
            try {
                outcome = summary(export.export(snapshot, portfolioDir, outDir), outDir);
            } catch (RuntimeException e) {
                outcome = "Export failed: " + e.getMessage();
            }
            String result = outcome;
            ui.execute(() -> {
                running.set(false);
                message.set(result);
            });
        });
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

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
