package org.scholarfolio.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.scholarfolio.model.Portfolio;

/** Reading and writing portfolio files, as the editor needs it; the app wires in the JSON store. */
public interface PortfolioFiles {

    /** A portfolio and the JSON file it came from (a folder argument resolves to its JSON file). */
    record Opened(Path file, Portfolio portfolio) {
    }

    Opened open(Path folderOrJson) throws IOException;

    /**
     * Reads {@code jsonFile} as it is now without making it what this window last opened (a
     * comparison): a later save still finds another program's change and asks.
     */
    default Portfolio look(Path jsonFile) throws IOException {
        return open(jsonFile).portfolio();
    }

    /**
     * Saves; when {@code jsonFile} is the file last opened or saved here and someone else has
     * changed it since, writes nothing and throws {@link FileChangedOnDiskException}.
     */
    void save(Path jsonFile, Portfolio portfolio) throws IOException;

    /**
     * True when {@code jsonFile}, last opened or saved here, now holds other bytes: another program
     * wrote it. This window's own saves never count (the file then holds what this window wrote).
     */
    default boolean changedOnDisk(Path jsonFile) throws IOException {
        return false;
    }

    /** Saves whatever the file holds now: the person chose to replace another program's change. */
    default void overwrite(Path jsonFile, Portfolio portfolio) throws IOException {
        save(jsonFile, portfolio);
    }
}
