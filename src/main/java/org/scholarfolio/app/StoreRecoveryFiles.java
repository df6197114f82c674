package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.Autosave;

/** Recovery files in the portfolio's own JSON format, written atomically like a save. */
final class StoreRecoveryFiles implements Autosave.Store {

    @Override
    public void write(Path file, Portfolio portfolio) throws IOException {
        AtomicFile.write(file, PortfolioStore.toJson(portfolio));
    }

    @Override
    public Portfolio read(Path file) throws IOException {
        try {
            return PortfolioStore.load(file).portfolio();
        } catch (PortfolioLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public Optional<Instant> modified(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
