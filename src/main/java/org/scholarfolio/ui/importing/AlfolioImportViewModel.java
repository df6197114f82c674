package org.scholarfolio.ui.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Text;
import org.scholarfolio.importer.alfolio.AlfolioImport;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;
import org.scholarfolio.importer.alfolio.AssetFiles;
import org.scholarfolio.importer.alfolio.BibtexBibliographyReader;
import org.scholarfolio.importer.alfolio.ImportCounts;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.PortfolioFiles;

/**
 * File &gt; Import al-folio site: reads the site in the background into a new portfolio folder
 * (portfolio.json plus the copied photo, PDFs and previews), opens it, and keeps the report (counts
 * and every warning with file and line) for the window to show.
 */
public final class AlfolioImportViewModel {
    private static final String FILE_NAME = "portfolio.json";

    private final EditorViewModel editor;
    private final PortfolioFiles files;
    private final Executor background;
    private final Executor ui;
    private final BooleanProperty dropTemplateLeftovers = new SimpleBooleanProperty(this, "dropTemplateLeftovers", true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");

    /** {@code background} runs the import; {@code ui} runs its completion on the UI thread. */
    public AlfolioImportViewModel(EditorViewModel editor, PortfolioFiles files, Executor background, Executor ui) {
        this.editor = editor;
        this.files = files;
        this.background = background;
        this.ui = ui;
    }

    /** Imports {@code site} into the new portfolio folder {@code target}, which must not hold a portfolio yet. */
    public void importSite(Path site, Path target) {
        if (running.get()) {
            return;
        }
        Path json = target.resolve(FILE_NAME);
        if (Files.exists(json)) {
            message.set(target + " already holds a portfolio; choose an empty folder for the imported site.");
            return;
        }
        boolean drop = dropTemplateLeftovers.get();
        running.set(true);
        message.set("Importing " + site + "\u2026");
        List<String> leftOut = new java.util.concurrent.CopyOnWriteArrayList<>();
        background.execute(() -> {
            AlfolioImport result = null;
            String failure = null;
            try {
                result = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults()
                        .withDropTemplateLeftovers(drop).withBibliographyReader(new BibtexBibliographyReader()));
                leftOut.addAll(AssetFiles.copyAll(result.assets(), site, target));
                files.save(json, result.portfolio());
            } catch (IOException | RuntimeException e) {
                failure = "Import failed: " + e.getMessage();
            }
            AlfolioImport done = result;
            String failed = failure;
            ui.execute(() -> finish(site, json, done, failed, leftOut));
        });
    }

    private void finish(Path site, Path json, AlfolioImport result, String failure, List<String> leftOut) {
        running.set(false);
        if (failure != null) {
            message.set(failure);
            return;
        }
        try {
            editor.open(json);
        } catch (IOException e) {
            message.set("Imported into " + json + " but could not open it: " + e.getMessage());
            return;
        }
        report.set(report(site, json, result));
        message.set("Imported " + site + ": " + Text.count(result.warnings().size(), "warning") + "."
                + (leftOut.isEmpty() ? "" : " Not copied: " + String.join("; ", leftOut) + "."));
    }

    static String report(Path site, Path json, AlfolioImport r) {
        ImportCounts c = r.counts();
        StringBuilder sb = new StringBuilder();
        sb.append("Imported ").append(site).append(" into ").append(json).append('\n')
                .append("News items: ").append(c.newsImported()).append(" imported, ").append(c.newsSkipped()).append(" skipped\n")
                .append("Pages: ").append(c.pagesImported()).append(" imported, ").append(c.pagesSkipped()).append(" skipped\n")
                .append("Social links: ").append(c.socialLinks()).append('\n')
                .append("Publications: ").append(c.publications()).append('\n')
                .append("Files copied into assets: ").append(c.assets()).append('\n')
                .append("Template leftovers: ").append(c.templateLeftovers()).append(" found, ")
                .append(c.templateLeftoversDropped()).append(" dropped\n\n")
                .append(r.warnings().size()).append(r.warnings().size() == 1 ? " warning" : " warnings").append('\n');
        for (Diagnostic w : r.warnings()) {
            sb.append(w).append('\n');
        }
        return sb.toString();
    }

    public BooleanProperty dropTemplateLeftoversProperty() {
        return dropTemplateLeftovers;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last finished import's report, for the report dialog; empty before the first. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }
}
