package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;
import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.model.Portfolio;

/**
 * Unsaved changes as an append-only journal beside the portfolio: a header line naming the saved
 * state the changes apply to (by the fingerprint of the file's bytes), then one line per recorded
 * change holding its JSON Patch operations (an edit of a long text as a splice: where, how much
 * removed, what inserted, so typing into a 10 MB bio writes the keys, not the bio). The base's fingerprint is the one its save or
 * its open computed ({@link SnapshotFingerprint}), so starting or compacting a journal costs the records changed. Each line is flushed to the disk before
 * {@link #record} returns, and a line is one change, so a crash cuts off at most the change being
 * written. {@link JournalReplay} reads it back over the saved file.
 */
public final class ChangeJournal implements Closeable {
    /** Identifies the header line. */
    static final String MARK = "scholarfolio change journal";
    /** 2: long texts' edits are written as splices (an older reader refuses them with a message). */
    static final int VERSION = 2;
    /** Past this size, and four times the size after the last compaction, the journal is rewritten short. */
    static final long COMPACT_ABOVE_BYTES = 1 << 20;
    /**
     * Each splice costs the replay a copy of its text: past this many characters copied since the last
     * compaction (six edits of a 10 MB bio) the journal is rewritten as one change from the base, which
     * for a long text is again one splice, so the rewrite is small and the replay stays short.
     */
    static final long COMPACT_ABOVE_SPLICED_CHARS = 64L << 20;

    /** With the store's limits ({@link JsonLimits#READ}): a line holding a long text is read back, not left out. */
    static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(JsonLimits.READ).build());

    private Path file;
    private final Portfolio base;
    private final Clock clock;
    private Portfolio last;
    private FileChannel channel;
    private long size;
    private long compactedSize;
    private long splicedChars;

    private ChangeJournal(Path file, Portfolio base, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.base = Objects.requireNonNull(base, "base");
        this.clock = clock;
    }

    /**
     * Starts a journal of changes to {@code base} (the portfolio as saved) in {@code file},
     * replacing what is there, already holding the change from {@code base} to {@code current}.
     */
    public static ChangeJournal begin(Path file, Portfolio base, Portfolio current) throws IOException {
        return begin(file, base, current, Clock.systemUTC());
    }

    static ChangeJournal begin(Path file, Portfolio base, Portfolio current, Clock clock) throws IOException {
        ChangeJournal journal = new ChangeJournal(file, base, clock);
        journal.rewrite(current);
        return journal;
    }

    public Path file() {
        return file;
    }

    /**
     * Renames the journal to {@code target}, replacing what is there, and goes on appending to it: a
     * journal kept beside another while that one was checked takes its place without being written again.
     */
    public void moveTo(Path target) throws IOException {
        AtomicFile.move(file, target);
        file = target;
    }

    /** Appends what changed since the last record and forces it to the disk; false when nothing did. */
    public boolean record(Portfolio next) throws IOException {
        ArrayNode ops = PortfolioDiff.between(last, next);
        if (ops.isEmpty()) {
            last = next;
            return false;
        }
        splicedChars += splicedChars(ops);
        if (size > COMPACT_ABOVE_BYTES && size > 4 * compactedSize || splicedChars > COMPACT_ABOVE_SPLICED_CHARS) {
            rewrite(next);
            return true;
        }
        byte[] line = changeLine(ops);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
        size += line.length;
        last = next;
        return true;
    }

    /** The journal as one change from the base, written whole (temporary file, flush, rename). */
    private void rewrite(Portfolio current) throws IOException {
        close();
        ObjectNode header = JSON.createObjectNode()
                .put("journal", MARK)
                .put("version", VERSION)
                .put("base", SnapshotFingerprint.of(base))
                .put("started", clock.instant().toString());
        byte[] head = line(header);
        ArrayNode ops = PortfolioDiff.between(base, current);
        byte[] change = ops.isEmpty() ? new byte[0] : changeLine(ops);
        byte[] all = new byte[head.length + change.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(change, 0, all, head.length, change.length);
        AtomicFile.write(file, all);
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        size = all.length;
        compactedSize = all.length;
        splicedChars = splicedChars(ops);
        last = current;
    }

    /**
     * Runs a change line through the code that writes one, in memory, so that the process's first
     * journal is not also its slowest write: Jackson makes its serialisers on first use (about 150 ms
     * of a fresh process's processor time, several times that under load), and an edit made a second
     * before a crash must already be on the disk.
     */
    public static void prepare() {
        Portfolio empty = Portfolio.empty();
        SnapshotFingerprint.of(empty);
        ObjectNode change = JSON.createObjectNode().put("at", Clock.systemUTC().instant().toString());
        change.set("ops", PortfolioDiff.between(empty, empty.withProfile(empty.profile().toBuilder().position("-").build())));
        line(change);
    }

    /** The length of the texts the replay copies to apply {@code ops}' splices. */
    private static long splicedChars(ArrayNode ops) {
        long chars = 0;
        for (JsonNode op : ops) {
            if (PortfolioDiff.SPLICE.equals(op.path("op").asText())) {
                chars += op.path("length").asLong();
            }
        }
        return chars;
    }

    private byte[] changeLine(ArrayNode ops) {
        ObjectNode change = JSON.createObjectNode().put("at", clock.instant().toString());
        change.set("ops", ops);
        return line(change);
    }

    private static byte[] line(ObjectNode node) {
        try {
            // Compact JSON never holds a raw line break: strings escape theirs.
            return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal line always serialises", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
