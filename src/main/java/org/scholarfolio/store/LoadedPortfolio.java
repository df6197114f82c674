package org.scholarfolio.store;

import java.nio.file.Path;
import org.scholarfolio.model.Portfolio;

/**
 * A portfolio with the {@code portfolio.json} it came from. {@code migratedFrom} is the file's own
 * schema version when it was older than {@link Portfolio#CURRENT_SCHEMA_VERSION} and was upgraded
 * in memory (the file itself is only rewritten by an explicit save). {@code contentHash} is the
 * fingerprint of the bytes read ({@link org.scholarfolio.files.ChangeCheck}: length and two
 * checksums the processor computes, not SHA-256, which cost a 24 MB file a fifth of its load), so
 * that a save can tell whether someone else wrote the file since.
 */
public record LoadedPortfolio(Path file, Portfolio portfolio, int migratedFrom, String contentHash) {

    /** The folder holding {@code portfolio.json} and {@code assets/}. */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }

    public boolean wasMigrated() {
        return migratedFrom != portfolio.schemaVersion();
    }
}
