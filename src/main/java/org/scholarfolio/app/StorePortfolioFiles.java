package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioChangedException;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.FileChangedOnDiskException;
import org.scholarfolio.ui.PortfolioFiles;

/**
 * The editor's files go through the JSON store: located load errors, atomic saves with a backup
 * under the portfolio's lock, and a save refused when the file changed on disk since this window
 * opened or last saved it (its content hash is remembered per file).
 */
final class StorePortfolioFiles implements PortfolioFiles {
    private final Map<Path, String> baselines = new ConcurrentHashMap<>();

    @Override
    public Opened open(Path folderOrJson) throws IOException {
        try {
            LoadedPortfolio loaded = PortfolioStore.load(folderOrJson);
            baselines.put(key(loaded.file()), loaded.contentHash());
            return new Opened(loaded.file(), loaded.portfolio());
        } catch (PortfolioLoadException e) {
            // The message already names the file, line and field.
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Portfolio look(Path jsonFile) throws IOException {
        try {
            return PortfolioStore.load(jsonFile).portfolio();
        } catch (PortfolioLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void save(Path jsonFile, Portfolio portfolio) throws IOException {
        String baseline = baselines.get(key(jsonFile));
        try {
            String saved = baseline == null ? PortfolioStore.save(jsonFile, portfolio)
                    : PortfolioStore.saveOver(jsonFile, baseline, portfolio);
            baselines.put(key(jsonFile), saved);
        } catch (PortfolioChangedException e) {
            throw new FileChangedOnDiskException(jsonFile, e);
        }
    }

    @Override
    public boolean changedOnDisk(Path jsonFile) throws IOException {
        String baseline = baselines.get(key(jsonFile));
        if (baseline == null) {
            return false;
        }
        try {
            return !baseline.equals(ChangeCheck.ofFile(jsonFile));
        } catch (NoSuchFileException e) {
            // Moved away or deleted: a save writes it again, and a rename in the middle of a save is no change.
            return false;
        }
    }

    @Override
    public void overwrite(Path jsonFile, Portfolio portfolio) throws IOException {
        baselines.put(key(jsonFile), PortfolioStore.save(jsonFile, portfolio));
    }

    private static Path key(Path jsonFile) {
        return jsonFile.toAbsolutePath().normalize();
    }
}
