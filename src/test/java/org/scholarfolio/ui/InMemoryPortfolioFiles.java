package org.scholarfolio.ui;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.scholarfolio.model.Portfolio;

/** Portfolio files kept in a map, for view-model tests that do not need a disk. */
public final class InMemoryPortfolioFiles implements PortfolioFiles {
    public final Map<Path, Portfolio> files = new HashMap<>();

    @Override
    public Opened open(Path folderOrJson) throws IOException {
        Portfolio p = files.get(folderOrJson);
        if (p == null) {
            throw new NoSuchFileException(folderOrJson.toString());
        }
        return new Opened(folderOrJson, p);
    }

    @Override
    public void save(Path jsonFile, Portfolio portfolio) {
        files.put(jsonFile, portfolio);
    }
}
