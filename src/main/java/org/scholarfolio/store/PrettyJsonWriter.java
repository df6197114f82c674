package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of {@code portfolio.json}, written straight into a buffer: the layout of Jackson's
 * {@code DefaultPrettyPrinter} with two spaces per level ({@code "name": value}, {@code {}} and
 * {@code []} when empty) and texts escaped as Jackson's UTF-8 generator escapes them, byte for byte.
 * Jackson's generator and pretty printer were most of a 10,000-publication save's processor time on
 * the editor's quick compiler: calls through the pretty printer and the write context per token, and
 * every text looked at twice a character at a time (copied out into characters, then encoded). Here a
 * member's name is made into bytes once per writer; a text in plain ASCII, nearly every one, is copied
 * out of the String whole ({@link String#getBytes(java.nio.charset.Charset)} with ISO-8859-1 copies a
 * Latin-1 String's bytes as they are), looked at eight bytes at a time for what JSON escapes, and
 * copied into the buffer in runs between its escapes. A text beyond ASCII is encoded in one loop over
 * its characters ({@link #encode}), and the rare one with a character only Jackson's own rules cover
 * (another control character, a lone surrogate) is written by Jackson. {@code PrettyJsonWriterTest}
 * compares the bytes with Jackson's on every kind of character, at every depth and for whole portfolios.
 *
 * <p>One root value; {@link #finish} ends the file with a line break and hands the rest to the stream.
 */
final class PrettyJsonWriter extends JsonSink {
    /** Texts longer than this with anything to escape are Jackson's, so that the buffers here stay small. */
    private static final int MAX_ENCODED = 1 << 16;
    private static final int LEVELS_INDENTED_AT_ONCE = 64;
    private static final int NAMES = 1024;
    /** A line break and the spaces of {@link #LEVELS_INDENTED_AT_ONCE} levels; a line's start is a prefix. */
    private static final byte[] LINE_START = lineStart();
    private static final byte[] NAME_VALUE = {':', ' '};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** A byte array read eight bytes at a time, the first in the lowest bits. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** What writes the texts Jackson's rules alone cover: surrogate pairs as UTF-8, as the file always had them. */
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final OutputStream out;
    private final byte[] buffer;
    private int used;
    /** The containers open: {@code entries[level]} values written in the one at that level so far. */
    private int level;
    private int[] entries = new int[16];
    /** Whether a member's name was just written, so that the next value is its value. */
    private boolean afterName;
    /** The names written last, by their hash: {@code nameBytes[i]} is {@code names[i]} as written. */
    private final String[] names = new String[NAMES];
    private final byte[][] nameBytes = new byte[NAMES][];
    private char[] chars = new char[256];
    private byte[] encoded = new byte[768];

    PrettyJsonWriter(OutputStream out) {
        this(out, 1 << 16);
    }

    PrettyJsonWriter(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = new byte[Math.max(bufferSize, 256)];
    }

    private static byte[] lineStart() {
        byte[] start = new byte[1 + 2 * LEVELS_INDENTED_AT_ONCE];
        Arrays.fill(start, (byte) ' ');
        start[0] = '\n';
        return start;
    }

    @Override
    void writeStartObject() throws IOException {
        beforeValue();
        put((byte) '{');
        open();
    }

    @Override
    void writeEndObject() throws IOException {
        close((byte) '}');
    }

    @Override
    void writeStartArray() throws IOException {
        beforeValue();
        put((byte) '[');
        open();
    }

    @Override
    void writeEndArray() throws IOException {
        close((byte) ']');
    }

    @Override
    void writeFieldName(String name) throws IOException {
        nextEntry();
        // Names are nearly all the format's own constants: the same few Strings, written once each.
        int slot = name.hashCode() & (NAMES - 1);
        byte[] bytes = nameBytes[slot];
        if (names[slot] != name) {
            bytes = nameBytes(name);
            names[slot] = name;
            nameBytes[slot] = bytes;
        }
        put(bytes, 0, bytes.length);
        afterName = true;
    }

    /** {@code "name": } as bytes, escaped as a text is. */
    private static byte[] nameBytes(String name) throws IOException {
        byte[] latin1 = name.getBytes(StandardCharsets.ISO_8859_1);
        int n = latin1.length;
        if (nextSpecial(latin1, 0) == n) {
            byte[] bytes = new byte[n + 4];
            bytes[0] = '"';
            System.arraycopy(latin1, 0, bytes, 1, n);
            bytes[n + 1] = '"';
            bytes[n + 2] = ':';
            bytes[n + 3] = ' ';
            return bytes;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length() + 4);
        PrettyJsonWriter writer = new PrettyJsonWriter(bytes, 0);
        writer.text(name);
        writer.put(NAME_VALUE, 0, NAME_VALUE.length);
        writer.drain();
        return bytes.toByteArray();
    }

    @Override
    void writeString(String text) throws IOException {
        beforeValue();
        if (text == null) {
            put(NULL, 0, NULL.length);
        } else {
            text(text);
        }
    }

    @Override
    void writeNumber(int value) throws IOException {
        beforeValue();
        if (value >= 0 && value < 10) {
            put((byte) ('0' + value));
        } else {
            ascii(Integer.toString(value));
        }
    }

    @Override
    void writeNumber(long value) throws IOException {
        beforeValue();
        ascii(Long.toString(value));
    }

    @Override
    void writeNumber(BigInteger value) throws IOException {
        beforeValue();
        ascii(value == null ? "null" : value.toString());
    }

    @Override
    void writeNumber(BigDecimal value) throws IOException {
        beforeValue();
        // As Jackson writes it without WRITE_BIGDECIMAL_AS_PLAIN: toString, an exponent where it has one.
        ascii(value == null ? "null" : value.toString());
    }

    @Override
    void writeBoolean(boolean value) throws IOException {
        beforeValue();
        byte[] word = value ? TRUE : FALSE;
        put(word, 0, word.length);
    }

    @Override
    void writeNull() throws IOException {
        beforeValue();
        put(NULL, 0, NULL.length);
    }

    /** The line break after the root value, and everything still in the buffer to the stream (then flushed). */
    void finish() throws IOException {
        put((byte) '\n');
        drain();
        out.flush();
    }

    /** A value in an array starts a new line (after a comma unless it is the first); a member's value follows its name. */
    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (level > 0) {
            nextEntry();
        }
    }

    private void nextEntry() throws IOException {
        if (entries[level]++ > 0) {
            put((byte) ',');
        }
        lineStart(level);
    }

    private void open() {
        if (++level == entries.length) {
            entries = Arrays.copyOf(entries, 2 * entries.length);
        }
        entries[level] = 0;
    }

    /** An empty container closes on its own line; one with entries on a new line at its own level. */
    private void close(byte bracket) throws IOException {
        int written = entries[level--];
        if (written > 0) {
            lineStart(level);
        }
        put(bracket);
    }

    private void lineStart(int depth) throws IOException {
        if (depth <= LEVELS_INDENTED_AT_ONCE) {
            put(LINE_START, 0, 1 + 2 * depth);
        } else {
            put(LINE_START, 0, 1 + 2 * LEVELS_INDENTED_AT_ONCE);
            for (int i = LEVELS_INDENTED_AT_ONCE; i < depth; i++) {
                put(LINE_START, 1, 2);
            }
        }
    }

    /** A number's digits (ASCII). */
    private void ascii(String digits) throws IOException {
        for (int i = 0; i < digits.length(); i++) {
            put((byte) digits.charAt(i));
        }
    }

    /** A JSON string: quoted, escaped as Jackson escapes it. */
    private void text(String text) throws IOException {
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        int n = latin1.length;
        int special = nextSpecial(latin1, 0);
        if (special == n) {
            put((byte) '"');
            put(latin1, 0, n);
            put((byte) '"');
        } else if (asciiWithShortEscapes(latin1, special, text)) {
            put((byte) '"');
            int from = 0;
            while (special < n) {
                byte c = latin1[special];
                if (c == '?') {
                    special = nextSpecial(latin1, special + 1);
                    continue;
                }
                put(latin1, from, special - from);
                put((byte) '\\');
                put(c == '\n' ? (byte) 'n' : c == '\r' ? (byte) 'r' : c == '\t' ? (byte) 't' : c);
                from = special + 1;
                special = nextSpecial(latin1, from);
            }
            put(latin1, from, n - from);
            put((byte) '"');
        } else {
            escaped(text);
        }
    }

    /**
     * The index of the first byte from {@code from} on that is not printable ASCII to copy as it is:
     * a control character, {@code "}, {@code \}, {@code ?} (what the encoder writes for a character
     * beyond Latin-1) or one at or above 0x80; the length if there is none. Eight bytes at a time: a
     * loop over single bytes was a third of a save's processor time on the quick compiler.
     */
    static int nextSpecial(byte[] bytes, int from) {
        int i = from;
        for (int end = bytes.length - 7; i < end; i += 8) {
            long w = (long) LONGS.get(bytes, i);
            // A byte's high bit is set below 0x20 (after subtracting 0x20), at or above 0x80, and where
            // it equals one of the three (after the XOR, subtracting one). A borrow can only flag a byte
            // above one flagged already, so the word's first special byte is found byte by byte below.
            long flagged = (w - 0x2020202020202020L | w
                    | zeroBytes(w ^ 0x2222222222222222L) | zeroBytes(w ^ 0x5c5c5c5c5c5c5c5cL)
                    | zeroBytes(w ^ 0x3f3f3f3f3f3f3f3fL)) & 0x8080808080808080L;
            if (flagged != 0) {
                break;
            }
        }
        for (; i < bytes.length; i++) {
            byte c = bytes[i];
            if (c < 0x20 || c == '"' || c == '\\' || c == '?') {
                return i;
            }
        }
        return bytes.length;
    }

    /** High bits set in (at least) the bytes that are zero. */
    private static long zeroBytes(long v) {
        return v - 0x0101010101010101L & ~v;
    }

    /**
     * Whether, from {@code from} on, the text holds only printable ASCII, {@code "}, {@code \}, line
     * feed, carriage return and tab (the short escapes) and question marks that are question marks.
     */
    private static boolean asciiWithShortEscapes(byte[] latin1, int from, String text) {
        for (int i = from; i < latin1.length; i++) {
            byte c = latin1[i];
            if (c < 0x20 ? c != '\n' && c != '\r' && c != '\t' : c == '?' && text.charAt(i) != '?') {
                return false;
            }
        }
        return true;
    }

    private void escaped(String text) throws IOException {
        int length = text.length();
        if (length <= MAX_ENCODED) {
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
                encoded = new byte[3 * chars.length];
            }
            text.getChars(0, length, chars, 0);
            int count = encode(chars, length, encoded);
            if (count >= 0) {
                put((byte) '"');
                put(encoded, 0, count);
                put((byte) '"');
                return;
            }
        }
        ByteArrayOutputStream jacksons = new ByteArrayOutputStream(length + 16);
        try (JsonGenerator g = JACKSON.createGenerator(jacksons, JsonEncoding.UTF8)) {
            g.writeString(text);
        }
        put(jacksons.toByteArray(), 0, jacksons.size());
    }

    /**
     * The JSON string body of {@code chars[0, length)} as UTF-8 into {@code out} (3 bytes per char at
     * most: an escape is 2 bytes for 1 char, a pair 4 for 2), its length; -1 when a character needs
     * what only Jackson writes (another control character, a lone surrogate). As Jackson writes it:
     * text as UTF-8, a surrogate pair as one 4-byte sequence, and {@code "}, {@code \}, line feed,
     * carriage return and tab as their two-character escapes.
     */
    static int encode(char[] chars, int length, byte[] out) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[n++] = (byte) c;
                    continue;
                }
                byte escaped = switch (c) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    case '\t' -> 't';
                    default -> 0;
                };
                if (escaped == 0) {
                    return -1;
                }
                out[n++] = '\\';
                out[n++] = escaped;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xe0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else {
                if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(chars[i + 1])) {
                    return -1;
                }
                int code = Character.toCodePoint(c, chars[++i]);
                out[n++] = (byte) (0xf0 | code >> 18);
                out[n++] = (byte) (0x80 | code >> 12 & 0x3f);
                out[n++] = (byte) (0x80 | code >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | code & 0x3f);
            }
        }
        return n;
    }

    private void put(byte b) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = b;
    }

    private void put(byte[] bytes, int offset, int count) throws IOException {
        if (count <= buffer.length - used) {
            System.arraycopy(bytes, offset, buffer, used, count);
            used += count;
            return;
        }
        drain();
        if (count <= buffer.length) {
            System.arraycopy(bytes, offset, buffer, 0, count);
            used = count;
        } else {
            out.write(bytes, offset, count);
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
