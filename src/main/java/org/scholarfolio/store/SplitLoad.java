package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.scholarfolio.model.Portfolio;

/**
 * Reads a large {@code portfolio.json} on two threads: the loading thread from the file's start to
 * a publication near its middle, a second thread from there to the end. A 24 MB file is nearly all
 * publications, and the editor's file thread otherwise leaves the second core idle while it reads.
 *
 * <p>The split is found without reading up to it: a JSON text holds no raw line break inside a
 * string, so after a line break the writer's layout can be trusted, and the first
 * publication boundary after the middle as {@link PortfolioJsonWriter} lays it out
 * (<code>&nbsp;&nbsp;&nbsp;&nbsp;},</code> then <code>&nbsp;&nbsp;&nbsp;&nbsp;{</code> and its
 * {@code "citationKey"}) is taken. The second thread parses {@code {"publications":[} followed by
 * the bytes after that comma. The guess is proved by the first thread: it must meet that closing
 * brace as the end of an element of the top-level publications list. Only then, and when the
 * second part was read without an error and names no top-level member the first part named too,
 * are the parts joined; otherwise the first thread reads on to the end as one reading does (so an
 * error is reported, with its line and path, exactly as a reading on one thread reports it).
 * A file without that layout (written by hand, minified) is read on one thread.
 */
final class SplitLoad {
    /** Smaller files are read on one thread: a second thread would not pay for itself. */
    static final int MIN_BYTES = 1 << 20;
    /** A publication's end and the next one's start, as the writer lays them out (two-space indent). */
    private static final byte[] BOUNDARY = "\n    },\n    {\n      \"citationKey\"".getBytes(StandardCharsets.US_ASCII);
    /** What the second thread's parser reads before the file's bytes after the split. */
    private static final byte[] PREFIX = "{\"publications\":[".getBytes(StandardCharsets.US_ASCII);
    /** How far past the middle a boundary is looked for; a file without one nearer is read on one thread. */
    private static final int SEARCH_LIMIT = 1 << 20;

    private SplitLoad() {
    }

    /**
     * The portfolio in {@code bytes} (a file that opens with its current schema version), read on
     * two threads when it has at least {@code minBytes} bytes and a publication boundary near its middle.
     */
    static Portfolio read(Path file, LocatedJson json, byte[] bytes, int minBytes)
            throws IOException, PortfolioLoadException {
        return read(file, json, FileBytes.of(bytes), minBytes);
    }

    /** As {@link #read(Path, LocatedJson, byte[], int)} for bytes that may be held in chunks. */
    static Portfolio read(Path file, LocatedJson json, FileBytes bytes, int minBytes)
            throws IOException, PortfolioLoadException {
        return reading(file, json, bytes, minBytes).portfolio();
    }

    /** A portfolio read, and whether it was read as two parts joined. */
    record Reading(Portfolio portfolio, boolean joined) {
    }

    /** As {@link #read}, saying whether the two parts were joined. */
    static Reading reading(Path file, LocatedJson json, byte[] bytes, int minBytes)
            throws IOException, PortfolioLoadException {
        return reading(file, json, FileBytes.of(bytes), minBytes);
    }

    /** As {@link #reading(Path, LocatedJson, byte[], int)} for bytes that may be held in chunks. */
    static Reading reading(Path file, LocatedJson json, FileBytes bytes, int minBytes)
            throws IOException, PortfolioLoadException {
        return reading(file, json, bytes, minBytes, false);
    }

    /**
     * As {@link #reading(Path, LocatedJson, FileBytes, int)}; with {@code own}, for bytes in one array, by
     * {@link ByteJsonParser} instead of Jackson's parser (which may then throw its {@link ByteJsonParser.GiveWay}).
     */
    static Reading reading(Path file, LocatedJson json, FileBytes bytes, int minBytes, boolean own)
            throws IOException, PortfolioLoadException {
        byte[] whole = own ? bytes.whole() : null;
        int comma = bytes.length() >= minBytes ? splitPoint(bytes) : -1;
        FutureTask<PortfolioJsonReader.TopLevel> second = null;
        if (comma >= 0) {
            second = new FutureTask<>(() -> secondPart(file, json, bytes, comma, whole));
            Thread thread = new Thread(second, "portfolio-load-second-part");
            thread.setDaemon(true);
            thread.start();
        }
        try (JsonParser p = whole != null ? ByteJsonParser.of(whole) : LocatedJson.streamParser(bytes)) {
            p.nextToken();
            var first = new PortfolioJsonReader.TopLevel(file, json,
                    new TextPool(comma >= 0 ? comma : bytes.length(), bytes, 0));
            if (!first.read(p, comma >= 0 ? comma - 1 : -1)) {
                PortfolioJsonReader.TopLevel later = joinable(second, first);
                if (later != null) {
                    return new Reading(first.portfolio(later), true);
                }
                first.readOn(p);
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected text after the end of the JSON document");
            }
            return new Reading(first.portfolio(null), false);
        }
    }

    /** The second thread's reading, when it ended well and joins the first; otherwise null. */
    private static PortfolioJsonReader.TopLevel joinable(FutureTask<PortfolioJsonReader.TopLevel> second,
            PortfolioJsonReader.TopLevel first) {
        try {
            PortfolioJsonReader.TopLevel later = second.get();
            return first.joins(later) ? later : null;
        } catch (ExecutionException e) {
            return null; // the first thread reads on and meets the error where one reading would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            second.cancel(true);
            return null;
        }
    }

    private static PortfolioJsonReader.TopLevel secondPart(Path file, LocatedJson json, FileBytes bytes, int comma,
            byte[] own) throws IOException, PortfolioLoadException {
        int from = comma + 1;
        if (own != null) {
            return part(ByteJsonParser.publicationsFrom(own, from, PREFIX.length), file, json, bytes, from);
        }
        byte[] whole = bytes.whole();
        var in = new SequenceInputStream(new ByteArrayInputStream(PREFIX), whole != null
                ? new ByteArrayInputStream(whole, from, whole.length - from) : bytes.from(from));
        try (JsonParser p = LocatedJson.streamParser(in)) {
            return part(p, file, json, bytes, from);
        }
    }

    /** The publications from {@code from} on, read by {@code p}, which starts at the prefix that makes them a document. */
    private static PortfolioJsonReader.TopLevel part(JsonParser p, Path file, LocatedJson json, FileBytes bytes, int from)
            throws IOException, PortfolioLoadException {
        p.nextToken();
        var part = new PortfolioJsonReader.TopLevel(file, json,
                new TextPool(bytes.length() - from, bytes, from - PREFIX.length));
        part.read(p, -1);
        if (p.nextToken() != null) {
            throw new JsonParseException(p, "unexpected text after the end of the JSON document");
        }
        return part;
    }

    /**
     * The comma between two publications at or after the middle of {@code bytes}, as the writer lays
     * them out, or -1 when there is none within {@link #SEARCH_LIMIT} bytes.
     */
    static int splitPoint(byte[] bytes) {
        return splitPoint(FileBytes.of(bytes));
    }

    /** As {@link #splitPoint(byte[])}; a boundary may span two chunks. */
    static int splitPoint(FileBytes bytes) {
        int length = bytes.length();
        int end = (int) Math.min(length - (long) BOUNDARY.length, length / 2 + (long) SEARCH_LIMIT);
        for (int i = length / 2; i <= end; i++) {
            if (bytes.byteAt(i) == '\n' && matches(bytes, i)) {
                return i + 6; // "\n    }" then the comma
            }
        }
        return -1;
    }

    private static boolean matches(FileBytes bytes, int at) {
        for (int j = 1; j < BOUNDARY.length; j++) {
            if (bytes.byteAt(at + j) != BOUNDARY[j]) {
                return false;
            }
        }
        return true;
    }
}
