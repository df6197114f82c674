package org.scholarfolio.ui;

import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.ui.export.ExportFolders;

/**
 * The editor window's own state, without the toolkit's controls: the status line, the section on
 * screen and the folders it remembers between uses (where file choosers start, where the site was
 * exported). {@link MainView} binds its controls to it; anything that has a message for the
 * person calls {@link #status(String)}.
 */
public final class ShellViewModel {
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.PROFILE);
    private final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>(this, "lastFolder");
    private final ObjectProperty<ExportFolders> exportFolders = new SimpleObjectProperty<>(this, "exportFolders", ExportFolders.NONE);
    private final ObjectProperty<ExportFolders> alfolioFolders = new SimpleObjectProperty<>(this, "alfolioFolders", ExportFolders.NONE);
    private final ObjectProperty<Path> lastImportFolder = new SimpleObjectProperty<>(this, "lastImportFolder");

    /** Shows a message in the status line. */
    public void status(String message) {
        status.set(message == null ? "" : message);
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** The folder of the last portfolio opened or saved, where Open and Save As start. */
    public ObjectProperty<Path> lastFolderProperty() {
        return lastFolder;
    }

    /** The folder each portfolio's site was last exported to. */
    public ObjectProperty<ExportFolders> exportFoldersProperty() {
        return exportFolders;
    }

    /** The folder each portfolio's al-folio site was last exported to. */
    public ObjectProperty<ExportFolders> alfolioFoldersProperty() {
        return alfolioFolders;
    }

    /** The folder of the last file imported (a .bib, an al-folio site), where import choosers start. */
    public ObjectProperty<Path> lastImportFolderProperty() {
        return lastImportFolder;
    }

    /**
     * Where to export the portfolio in {@code portfolioFile}: the folder it was last exported to,
     * or {@code <portfolio>-site} beside the portfolio folder; null for an untitled portfolio (never
     * another portfolio's folder: the export replaces what the folder holds).
     */
    public Path exportFolderFor(Path portfolioFile) {
        return lastOrBeside(exportFolders.get(), portfolioFile, "-site");
    }

    /** As {@link #exportFolderFor}, for the al-folio export: its last folder, or {@code <portfolio>-alfolio}. */
    public Path alfolioFolderFor(Path portfolioFile) {
        return lastOrBeside(alfolioFolders.get(), portfolioFile, "-alfolio");
    }

    private static Path lastOrBeside(ExportFolders remembered, Path portfolioFile, String suffix) {
        if (portfolioFile == null) {
            return null;
        }
        Path last = remembered.folderFor(portfolioFile);
        if (last != null) {
            return last;
        }
        Path folder = portfolioFile.toAbsolutePath().getParent();
        Path parent = folder.getParent();
        String name = folder.getFileName() + suffix;
        return parent == null ? folder.resolve(name) : parent.resolve(name);
    }
}
