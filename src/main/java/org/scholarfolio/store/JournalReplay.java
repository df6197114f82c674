package org.scholarfolio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scholarfolio.files.ContentHash;
import org.scholarfolio.model.Portfolio;

/** Reads a {@link ChangeJournal} back: its changes applied, in order, over the saved portfolio. */
public final class JournalReplay {
    private static final int SHA_256_HEX_DIGITS = 64;

    /**
     * The portfolio with the journal's changes applied.
     *
     * @param changes how many changes were applied
     * @param lastChange when the last of them was written
     * @param baseChanged the saved file no longer holds what the changes were made to (another
     *     program changed it since), so they were applied to it as it is now
     * @param skippedLines lines left out at the end: a change the crash cut off, or text that is
     *     not a change (each line after the first unreadable one is left out with it)
     */
    public record Replayed(Portfolio portfolio, int changes, Instant lastChange, boolean baseChanged, int skippedLines) {
    }

    private JournalReplay() {
    }

    /** Empty when there is no journal at {@code file}. */
    public static Optional<Replayed> replay(Path file, Portfolio saved) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        JsonNode header = parse(lines[0]);
        if (header == null || !ChangeJournal.MARK.equals(header.path("journal").asText())) {
            return Optional.of(wholePortfolio(file, bytes));
        }
        if (header.path("version").asInt() > ChangeJournal.VERSION) {
            throw new IOException(file + " was written by a newer Scholarfolio (journal version "
                    + header.path("version").asInt() + "); it was left unchanged");
        }
        ObjectNode tree = PortfolioJsonWriter.write(saved);
        String base = header.path("base").asText();
        // Journals written before the fingerprint named their base by the SHA-256 of the same bytes.
        boolean baseChanged = !base.equals(base.length() == SHA_256_HEX_DIGITS
                ? ContentHash.of(PortfolioStore.toJson(saved)) : SnapshotFingerprint.of(saved));
        Instant started = instant(header.path("started").asText());
        List<JsonNode> applied = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        // The text after the last line break is a line the crash cut off (or nothing).
        int complete = lines.length - 1;
        int next = 1;
        for (; next < complete; next++) {
            JsonNode change = parse(lines[next]);
            if (change == null || !change.has("ops")) {
                break;
            }
            try {
                JsonPatch.apply(tree, change.get("ops"));
            } catch (IllegalArgumentException e) {
                // A change that does not fit leaves nothing half-applied: start over without it.
                tree = replayed(saved, applied);
                break;
            }
            // Kept as read: the tree now holds the change's values themselves, which later changes edit.
            applied.add(change.get("ops").deepCopy());
            times.add(instant(change.path("at").asText()));
        }
        int skipped = complete - next + (lines[complete].isEmpty() ? 0 : 1);
        Portfolio portfolio;
        try {
            portfolio = load(file, tree);
        } catch (PortfolioLoadException e) {
            // A change that fits the tree but not a portfolio (a year made true, the version removed: bytes
            // flipped on the disk) ends the replay as a line that does not fit does: the changes before
            // it are recovered, not set aside with it.
            int fitting = 0;
            Portfolio good = saved;
            ObjectNode partial = PortfolioJsonWriter.write(saved);
            for (JsonNode ops : applied) {
                JsonPatch.apply(partial, ops.deepCopy());
                try {
                    good = load(file, partial);
                } catch (PortfolioLoadException doesNotLoad) {
                    break;
                }
                fitting++;
            }
            skipped += applied.size() - fitting;
            applied = applied.subList(0, fitting);
            portfolio = good;
        }
        int changes = applied.size();
        Instant last = started;
        for (Instant at : times.subList(0, changes)) {
            last = at == null ? last : at;
        }
        if (last == null) {
            last = Files.getLastModifiedTime(file).toInstant();
        }
        return Optional.of(new Replayed(portfolio, changes, last, baseChanged, skipped));
    }

    private static ObjectNode replayed(Portfolio saved, List<JsonNode> changes) {
        ObjectNode tree = PortfolioJsonWriter.write(saved);
        for (JsonNode ops : changes) {
            JsonPatch.apply(tree, ops.deepCopy());
        }
        return tree;
    }

    private static Portfolio load(Path file, ObjectNode tree) throws IOException, PortfolioLoadException {
        return PortfolioStore.parse(file, ChangeJournal.JSON.writeValueAsBytes(tree), SchemaMigrations.PRODUCTION).portfolio();
    }

    /** A recovery file from before the journal: the whole portfolio, written atomically. */
    private static Replayed wholePortfolio(Path file, byte[] bytes) throws IOException {
        try {
            Portfolio p = PortfolioStore.parse(file, bytes, SchemaMigrations.PRODUCTION).portfolio();
            return new Replayed(p, 1, Files.getLastModifiedTime(file).toInstant(), false, 0);
        } catch (PortfolioLoadException e) {
            throw new IOException(file + " is neither a change journal nor a portfolio: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode node = ChangeJournal.JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
