package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Path;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.PortfolioFiles;

/** The editor's files go through the JSON store: located load errors, atomic saves with a backup. */
final class StorePortfolioFiles implements PortfolioFiles {

    @Override
    public Opened open(Path folderOrJson) throws IOException {
        try {
            LoadedPortfolio loaded = PortfolioStore.load(folderOrJson);
            return new Opened(loaded.file(), loaded.portfolio());
        } catch (PortfolioLoadException e) {
            // The message already names the file, line and field.
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void save(Path jsonFile, Portfolio portfolio) throws IOException {
        PortfolioStore.save(jsonFile, portfolio);
    }
}
