package org.scholarfolio.math;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

import org.scholarfolio.files.UserCache;

/**
 * A per-user file of formulas already typeset (TeX to MathML, or TeX to the typesetter's reason
 * for rejecting it), so a new process reuses them instead of loading KaTeX again. Its name holds
 * the KaTeX version, so another KaTeX never reads answers it did not give. Entries are appended,
 * each in one write with its own checksum: an entry torn by a crash or by two processes appending
 * at once is skipped when read, and the file is only ever a cache, so nothing depends on it.
 */
final class TypesetLog {
    /** What a formula typeset to: MathML, or the reason it was rejected. */
    record Answer(String mathMl, String error) {
    }

    private static final int FORMAT = 1;
    // Past this size the log starts over rather than grow without bound.
    private static final long MAX_BYTES = 16L << 20;
    private static final int MAX_ENTRY = 1 << 20;

    private final Path file;

    TypesetLog(Path file) {
        this.file = file;
    }

    /** The log for {@code katexVersion} in the per-user cache folder ({@link UserCache}); null when caches are off. */
    static TypesetLog userDefault(String katexVersion) {
        Path folder = UserCache.folder("math");
        return folder == null ? null : new TypesetLog(folder.resolve("katex-" + katexVersion + "-mathml-v" + FORMAT + ".log"));
    }

    Path file() {
        return file;
    }

    /** Every intact entry, keyed as written; empty when there is no log or it cannot be read. */
    Map<String, Answer> read() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        boolean damaged = false;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    break;
                }
                int length = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedShort());
                int checksum = in.readInt();
                byte[] entry = length < 0 || length > MAX_ENTRY ? new byte[0] : in.readNBytes(length);
                if (entry.length < length || length > MAX_ENTRY || length < 0) {
                    damaged = true;
                    break;
                }
                if (crc(entry) != checksum) {
                    damaged = true;
                    break;
                }
                decode(entry, answers);
            }
        } catch (NoSuchFileException e) {
            // No log yet.
        } catch (IOException | RuntimeException e) {
            damaged = true;
        }
        if (damaged) {
            // What follows a torn entry cannot be trusted to line up: start the log again.
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Only a cache.
            }
        }
        return answers;
    }

    /** Appends one answer; failure to write is ignored (the formula is typeset again next time). */
    void append(String key, Answer answer) {
        byte[] entry = encode(key, answer);
        if (entry.length > MAX_ENTRY) {
            return;
        }
        ByteBuffer record = ByteBuffer.allocate(8 + entry.length);
        record.putInt(entry.length).putInt(crc(entry)).put(entry);
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.delete(file);
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(record.array());
            }
        } catch (IOException | RuntimeException e) {
            // Only a cache.
        }
    }

    private static byte[] encode(String key, Answer answer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeText(out, key);
            out.writeBoolean(answer.error() != null);
            writeText(out, answer.error() != null ? answer.error() : answer.mathMl());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    private static void decode(byte[] entry, Map<String, Answer> into) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(entry));
        String key = readText(in);
        boolean error = in.readBoolean();
        String value = readText(in);
        into.put(key, error ? new Answer(null, value) : new Answer(value, null));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_ENTRY) {
            throw new IOException("bad length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
