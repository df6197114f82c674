package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.ChangeJournal;
import org.scholarfolio.store.JournalReplay;
import org.scholarfolio.ui.Autosave;

/** Recovery journals through the store: JSON Patch lines over the portfolio as saved. */
final class StoreRecoveryFiles implements Autosave.Store {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Override
    public Autosave.Journal begin(Path file, Portfolio base, Portfolio current) throws IOException {
        ChangeJournal journal = ChangeJournal.begin(file, base, current);
        return new Autosave.Journal() {
            @Override
            public boolean record(Portfolio next) throws IOException {
                return journal.record(next);
            }

            @Override
            public void moveTo(Path target) throws IOException {
                journal.moveTo(target);
            }

            @Override
            public void close() throws IOException {
                journal.close();
            }
        };
    }

    @Override
    public Optional<Autosave.Replayed> replay(Path file, Portfolio saved) throws IOException {
        return JournalReplay.replay(file, saved).map(r -> new Autosave.Replayed(r.portfolio(), r.changes(),
                r.lastChange(), r.baseChanged(), r.skippedLines()));
    }

    @Override
    public void prepare() {
        ChangeJournal.prepare();
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public List<Path> followOns(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        Path journal = folder.resolve(file.getFileName());
        try (Stream<Path> files = Files.list(folder)) {
            // Named as the caller names the journal, so that it can tell them apart by equals.
            return files.filter(f -> Autosave.isFollowOnOf(journal, f)).map(f -> file.resolveSibling(f.getFileName()))
                    .sorted().toList();
        }
    }

    @Override
    public Path setAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(Instant.now()));
        AtomicFile.move(file, aside);
        return aside;
    }
}
