package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.model.Portfolio;

/**
 * Loads and saves portfolios: a folder holding {@code portfolio.json} and {@code assets/}.
 * Loading never writes; saving is atomic and keeps the previous file as {@code portfolio.json.bak}.
 */
public final class PortfolioStore {
    public static final String FILE_NAME = "portfolio.json";

    private PortfolioStore() {
    }

    /**
     * The {@code portfolio.json} for a path that names either the folder or the file itself; a path
     * that is not an existing file and does not end in {@code .json} is taken as the folder.
     */
    public static Path resolveFile(Path folderOrFile) {
        if (Files.isDirectory(folderOrFile)) {
            return folderOrFile.resolve(FILE_NAME);
        }
        boolean namesAFile = Files.isRegularFile(folderOrFile)
                || folderOrFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        return namesAFile ? folderOrFile : folderOrFile.resolve(FILE_NAME);
    }

    public static LoadedPortfolio load(Path folderOrFile) throws PortfolioLoadException {
        return load(folderOrFile, SchemaMigrations.PRODUCTION);
    }

    static LoadedPortfolio load(Path folderOrFile, SchemaMigrations migrations)
            throws PortfolioLoadException {
        Path file = resolveFile(folderOrFile);
        FileBytes bytes;
        try {
            bytes = readFile(file);
        } catch (NoSuchFileException e) {
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.UNREADABLE, 0, 0, "",
                    "there is no such file; a portfolio is a folder with a " + FILE_NAME + " in it", e);
        } catch (IOException e) {
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.UNREADABLE, 0, 0, "",
                    "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(file, bytes, migrations);
    }

    /**
     * Files up to this size are read into one array; larger ones into chunks of {@link FileBytes#CHUNK} bytes.
     * The 10,000 publications' 22 MB stays one array: its reading is tuned for one (parser, texts).
     */
    static final int ONE_ARRAY_MAX = 32 << 20;

    /** The file's bytes: one array up to {@link #ONE_ARRAY_MAX}, chunks above. */
    static FileBytes readFile(Path file) throws IOException {
        return readFile(file, ONE_ARRAY_MAX, FileBytes.CHUNK);
    }

    /** As {@link #readFile(Path)} with the limits given (tests read small files in chunks). */
    static FileBytes readFile(Path file, int oneArrayMax, int chunkSize) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return readFile(channel, channel.size(), oneArrayMax, chunkSize);
        }
    }

    /** The channel's bytes to its end, {@code size} the file's size when it was asked for. */
    static FileBytes readFile(FileChannel channel, long size, int oneArrayMax, int chunkSize) throws IOException {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("the file is larger than 2 GB");
        }
        return size <= oneArrayMax ? FileBytes.of(readWhole(channel, (int) size)) : readChunks(channel, chunkSize);
    }

    /**
     * The file's bytes, read into one array of their size in chunks. Not {@link Files#readAllBytes}:
     * it reads the whole file through a temporary native buffer of the file's size, which a fresh
     * process must first fault in page by page, and then copies it over (24 MB: 170 ms of the
     * loading thread's processor time in a fresh JVM, against 80 ms so; BENCHMARKS.md, session 16).
     */
    private static byte[] readWhole(FileChannel channel, int size) throws IOException {
        byte[] bytes = new byte[size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (true) {
            if (buffer.position() == buffer.capacity()) {
                // Grown since its size was asked for: read on into a larger array, as readAllBytes does.
                if (channel.position() >= channel.size()) {
                    break;
                }
                buffer = ByteBuffer.wrap(Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8L,
                        Math.max(bytes.length * 2L, bytes.length + (1 << 16))))).position(bytes.length);
                bytes = buffer.array();
            }
            // A chunk at a time: the channel's temporary native buffer stays small (64 KB) and is reused.
            buffer.limit(Math.min(buffer.capacity(), buffer.position() + (1 << 16)));
            if (channel.read(buffer) < 0) {
                break;
            }
        }
        return buffer.position() == bytes.length ? bytes : Arrays.copyOf(bytes, buffer.position());
    }

    /**
     * The file's bytes in arrays of {@code chunkSize} each (the last one trimmed), to its end however
     * long it has grown since its size was asked for.
     */
    private static FileBytes readChunks(FileChannel channel, int chunkSize) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        boolean end = false;
        while (!end) {
            byte[] chunk = new byte[chunkSize];
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            while (buffer.position() < chunkSize) {
                // 64 KB at a time, as readWhole reads: the channel's native buffer stays small.
                buffer.limit(Math.min(chunkSize, buffer.position() + (1 << 16)));
                if (channel.read(buffer) < 0) {
                    end = true;
                    break;
                }
            }
            int n = buffer.position();
            total += n;
            if (total > Integer.MAX_VALUE - 8) {
                throw new IOException("the file is larger than 2 GB");
            }
            if (n > 0) {
                chunks.add(n == chunkSize ? chunk : Arrays.copyOf(chunk, n));
            }
        }
        return chunks.isEmpty() ? FileBytes.of(new byte[0]) : FileBytes.ofChunks(chunks, chunkSize);
    }

    /** A portfolio from the bytes of {@code file} (named in errors), migrated to the current version. */
    static LoadedPortfolio parse(Path file, byte[] bytes, SchemaMigrations migrations) throws PortfolioLoadException {
        return parse(file, FileBytes.of(bytes), migrations);
    }

    /** As {@link #parse(Path, byte[], SchemaMigrations)} for bytes that may be held in chunks. */
    static LoadedPortfolio parse(Path file, FileBytes bytes, SchemaMigrations migrations) throws PortfolioLoadException {
        // On one core a second thread would only take turns with the first.
        int twoThreadsFrom = Runtime.getRuntime().availableProcessors() > 1 ? SplitLoad.MIN_BYTES : Integer.MAX_VALUE;
        return parse(file, bytes, migrations, twoThreadsFrom);
    }

    /** As {@link #parse(Path, byte[], SchemaMigrations)}, a streamed file read on two threads from {@code twoThreadsFrom} bytes. */
    static LoadedPortfolio parse(Path file, byte[] bytes, SchemaMigrations migrations, int twoThreadsFrom)
            throws PortfolioLoadException {
        return parse(file, FileBytes.of(bytes), migrations, twoThreadsFrom);
    }

    static LoadedPortfolio parse(Path file, FileBytes bytes, SchemaMigrations migrations, int twoThreadsFrom)
            throws PortfolioLoadException {
        return parse(file, bytes, migrations, twoThreadsFrom, true);
    }

    /**
     * As {@link #parse(Path, FileBytes, SchemaMigrations, int)}; a saved file in one array is read by
     * {@link ByteJsonParser} when {@code ownParser} (always but in tests that compare with Jackson's reading
     * alone), and again by Jackson's parser when that one gives way or the reading fails.
     */
    static LoadedPortfolio parse(Path file, FileBytes bytes, SchemaMigrations migrations, int twoThreadsFrom,
            boolean ownParser) throws PortfolioLoadException {
        byte[] whole = ownParser ? bytes.whole() : null;
        if (whole != null && startsWithVersion(ByteJsonParser.of(whole), migrations.currentVersion())) {
            try {
                return fingerprinted(new LoadedPortfolio(file, SplitLoad.reading(file, LocatedJson.positionsOnly(bytes),
                        bytes, twoThreadsFrom, true).portfolio(), migrations.currentVersion(), changeCheck(bytes)));
            } catch (IOException | PortfolioLoadException | RuntimeException e) {
                // Given way, or an error: read again by Jackson's parser below, which accepts the bytes or words
                // the error with its line, column and field, as it always has.
            }
        }
        try {
            if (startsWithVersion(bytes, migrations.currentVersion())) {
                return fingerprinted(new LoadedPortfolio(file, SplitLoad.read(file, LocatedJson.positionsOnly(bytes), bytes,
                        twoThreadsFrom), migrations.currentVersion(), changeCheck(bytes)));
            }
            return fingerprinted(parseWhole(file, bytes, migrations));
        } catch (StreamConstraintsException e) {
            throw JsonLimits.beyond(file, bytes, e);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.SYNTAX,
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "",
                    "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.UNREADABLE, 0, 0, "",
                    "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether the file opens with {@code "schemaVersion"} at this build's version, as every saved
     * file does: then it is read as a stream, record by record, without a tree of the whole file.
     */
    private static boolean startsWithVersion(FileBytes bytes, int current) {
        JsonParser parser;
        try {
            parser = LocatedJson.streamParser(bytes);
        } catch (IOException e) {
            return false; // the whole reading reports it
        }
        return startsWithVersion(parser, current);
    }

    /** As {@link #startsWithVersion(FileBytes, int)}, read by {@code parser} (Jackson's or {@link ByteJsonParser}), which it closes. */
    private static boolean startsWithVersion(JsonParser parser, int current) {
        try (JsonParser p = parser) {
            return p.nextToken() == JsonToken.START_OBJECT
                    && p.nextToken() == JsonToken.FIELD_NAME && "schemaVersion".equals(p.currentName())
                    && p.nextToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    && p.getIntValue() == current;
        } catch (IOException e) {
            return false; // the whole reading reports it
        }
    }

    /**
     * Any other file (older, newer, hand-written with the version elsewhere, broken) is parsed whole
     * first, so that its version is known before its members are read, and migrated as a tree.
     */
    private static LoadedPortfolio parseWhole(Path file, FileBytes bytes, SchemaMigrations migrations)
            throws IOException, PortfolioLoadException {
        LocatedJson json = LocatedJson.parse(bytes);
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.INVALID_FIELD, 1, 1, "",
                    "a portfolio file must hold one JSON object { ... }", null);
        }
        int version = schemaVersion(file, json, (ObjectNode) root, migrations.currentVersion());
        migrations.upgrade((ObjectNode) root, version);
        try (JsonParser p = root.traverse()) {
            p.nextToken();
            return new LoadedPortfolio(file, PortfolioJsonReader.read(file, json, p), version, changeCheck(bytes));
        }
    }

    /**
     * The snapshot read is named by the bytes it came from: a recovery journal begun from it names its
     * base without writing the whole portfolio out again ({@link SnapshotFingerprint}).
     */
    private static LoadedPortfolio fingerprinted(LoadedPortfolio loaded) {
        SnapshotFingerprint.remember(loaded.portfolio(), loaded.contentHash());
        return loaded;
    }

    private static String changeCheck(FileBytes bytes) {
        ChangeCheck check = new ChangeCheck();
        for (byte[] chunk : bytes.chunks()) {
            check.update(chunk);
        }
        return check.hex();
    }

    private static int schemaVersion(Path file, LocatedJson json, ObjectNode root, int current)
            throws PortfolioLoadException {
        JsonNode v = root.get("schemaVersion");
        if (v != null && v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1 && v.intValue() <= current) {
            return v.intValue();
        }
        LocatedJson.Position pos = json.positionOf("schemaVersion");
        if (v == null) {
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.INVALID_FIELD,
                    pos.line(), pos.column(), "schemaVersion",
                    "the file has no \"schemaVersion\", so it is not a Scholarfolio portfolio", null);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.INVALID_FIELD,
                    pos.line(), pos.column(), "schemaVersion",
                    "\"schemaVersion\" must be a whole number from 1, found " + v, null);
        }
        if (v.intValue() > current) {
            throw new PortfolioLoadException(file, PortfolioLoadException.Kind.NEWER_VERSION,
                    pos.line(), pos.column(), "schemaVersion",
                    "was written by a newer Scholarfolio (file format version " + v.intValue()
                            + "; this version reads up to " + current
                            + "). Update Scholarfolio to open it; the file was left unchanged.", null);
        }
        return v.intValue();
    }

    /** The canonical bytes of a portfolio: UTF-8, two-space indent, fixed member order, final newline. */
    public static byte[] toJson(Portfolio portfolio) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            writeJson(portfolio, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Streams {@link #toJson}'s bytes to {@code out} (left open, flushed), one record at a time: memory
     * for the largest record, not for the whole file.
     */
    public static void writeJson(Portfolio portfolio, OutputStream out) throws IOException {
        PrettyJsonWriter json = new PrettyJsonWriter(out);
        PortfolioJsonWriter.write(portfolio, json);
        json.finish();
    }

    /**
     * Whether {@code file} holds exactly {@link #toJson}'s bytes for {@code portfolio}: the two compared as
     * the JSON is written, 64 KB at a time, not as two arrays of the file's size (a 100 MB file was held
     * three times over by {@code format}'s check).
     */
    public static boolean holdsCanonicalJson(Path file, Portfolio portfolio) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var comparing = new OutputStream() {
                private byte[] read = new byte[1 << 16];
                private boolean same = true;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int offset, int count) throws IOException {
                    if (!same) {
                        return;
                    }
                    if (read.length < count) {
                        read = new byte[count];
                    }
                    same = in.readNBytes(read, 0, count) == count && Arrays.equals(read, 0, count, b, offset, offset + count);
                }
            };
            writeJson(portfolio, comparing);
            return comparing.same && in.read() < 0;
        }
    }

    /** The canonical JSON written to {@code target} atomically, keeping a backup; returns its fingerprint. */
    private static String writeFile(Path target, Portfolio portfolio) throws IOException {
        ChangeCheck check = new ChangeCheck();
        AtomicFile.writeKeepingBackup(target, out -> {
            OutputStream fingerprinted = new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int offset, int count) throws IOException {
                    check.update(b, offset, count);
                    out.write(b, offset, count);
                }
            };
            // The writer's own buffer hands the stream 64 KB at a time.
            writeJson(portfolio, fingerprinted);
        });
        String fingerprint = check.hex();
        // The bytes written are the canonical ones: a recovery journal started from this state needs them.
        SnapshotFingerprint.remember(portfolio, fingerprint);
        return fingerprint;
    }

    /**
     * Saves atomically under the portfolio's lock, whatever the file holds now; the file it replaces
     * is kept as {@code portfolio.json.bak}. Returns the saved bytes' fingerprint.
     */
    public static String save(Path folderOrFile, Portfolio portfolio) throws IOException {
        Path file = resolveFile(folderOrFile);
        try (PortfolioLock lock = PortfolioLock.acquire(file, "a save")) {
            AtomicFile.removeLeftovers(file);
            return writeFile(file, portfolio);
        }
    }

    /**
     * Saves {@code next} over the file {@code loaded} came from, under the portfolio's lock, only when
     * that file still holds the bytes it was loaded from (or, if it was deleted, is still missing).
     * Returns the saved bytes' fingerprint ({@link ChangeCheck}), the baseline for the next save.
     *
     * @throws PortfolioChangedException when another writer changed the file since
     * @throws PortfolioLockedException when another writer holds the lock for too long
     */
    public static String saveOver(Path file, String loadedHash, Portfolio next) throws IOException {
        try (PortfolioLock lock = PortfolioLock.acquire(file, "a save")) {
            String onDisk;
            try {
                onDisk = ChangeCheck.ofFile(file);
            } catch (NoSuchFileException e) {
                onDisk = null;
            }
            if (onDisk != null && !onDisk.equals(loadedHash)) {
                throw new PortfolioChangedException(file);
            }
            AtomicFile.removeLeftovers(file);
            return writeFile(file, next);
        }
    }

    /** As {@link #saveOver(Path, String, Portfolio)} for a portfolio as it was loaded. */
    public static String saveOver(LoadedPortfolio loaded, Portfolio next) throws IOException {
        return saveOver(loaded.file(), loaded.contentHash(), next);
    }
}
