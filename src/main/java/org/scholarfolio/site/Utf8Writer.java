package org.scholarfolio.site;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.scholarfolio.markdown.HtmlCharacters;

/**
 * A writer that keeps what it is given as UTF-8 bytes, as {@code String.getBytes(UTF_8)} would give
 * them for the whole text (a surrogate without its partner becomes {@code ?}), also when a pair is
 * split between two writes. A page goes from the template to the file without a {@code StringBuffer},
 * a {@code String} of it and a second copy in UTF-8: on the way to the disk these were a tenth of a
 * full export's processor time. Not thread-safe: one writer per rendering thread.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int size;
    /** A high surrogate whose low one may come with the next write; 0 for none. */
    private char pendingHigh;
    /** A string's characters on their way to bytes, reused between writes. */
    private char[] chars = new char[256];

    Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    /** Forgets what was written, keeping the buffer. */
    void reset() {
        size = 0;
        pendingHigh = 0;
    }

    /** How many bytes the buffer holds before it grows. */
    int capacity() {
        return bytes.length;
    }

    /** What was written, as UTF-8. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            ensureRoom(1);
            bytes[size++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        if (offset == 0 && length == text.length() && wholeAsUtf8(text)) {
            // A whole text that leaves no half of a pair for the next write is the runtime's UTF-8 as it
            // is: encoded by the runtime's own loops (a Latin-1 text of ASCII is one check and a copy), not
            // copied out to characters and those written back to bytes one at a time, two passes of this
            // writer's code for an abstract's or a page's HTML (BENCHMARKS.md session 36).
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            ensureRoom(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
            return;
        }
        // Copied out in one go: the quick compiler checks the bounds of every charAt of a string
        // that is not Latin-1, which was most of this writer's time
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(offset, offset + length, chars, 0);
        write(chars, 0, length);
    }

    /**
     * Whether {@code text} is written as {@code String.getBytes(UTF_8)} gives it: long enough for that to be
     * worth its array, and neither ending a pair left waiting nor leaving one for the next write.
     */
    private boolean wholeAsUtf8(String text) {
        int length = text.length();
        return length > 16 && pendingHigh == 0 && !Character.isHighSurrogate(text.charAt(length - 1));
    }

    /**
     * Writes {@code text} as HTML text: the five characters that mean something in markup as
     * {@code &amp; &lt; &gt; &quot; &#39;} (as the site has always written them, unbescape's XML-safe
     * HTML 4 escaping), a character no HTML page may hold ({@link HtmlCharacters#forbidden}: a NUL, a
     * control character pasted from a word processor) as {@code &#xFFFD;}, every other character as it
     * is. In one pass over the characters, without an escaped copy of the text, each run of plain ASCII
     * written as it is found.
     */
    void writeEscaped(String text) {
        if (wholeAsUtf8(text)) {
            writeEscaped(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(0, length, chars, 0);
        char[] source = chars;
        ensureRoom(3 * length + 3);
        int i = 0;
        while (i < length) {
            // A run of ASCII that needs no escape, written in the same pass that finds its end, with the buffer
            // and its size in locals: the quick compiler reads and writes fields on every turn of a loop.
            if (pendingHigh == 0) {
                byte[] out = bytes;
                int at = size;
                for (char c; i < length && (c = source[i]) < 0x80 && PLAIN[c]; i++) {
                    out[at++] = (byte) c;
                }
                size = at;
            }
            if (i < length) {
                char c = source[i++];
                String entity = entity(c);
                if (entity != null) {
                    writeAscii(entity);
                    ensureRoom(3 * (length - i) + 3);
                } else {
                    put(c);
                }
            }
        }
    }

    /**
     * As {@link #writeEscaped(String)}, from the text's UTF-8 ({@link #wholeAsUtf8}): the text is not copied out to
     * characters first (a Latin-1 text's bytes are a copy of its own), and a run of ASCII goes as it is. What a page
     * may not hold beyond ASCII is found by its bytes: the C1 controls U+0080-U+009F are C2 80-C2 9F, the
     * noncharacters U+FDD0-U+FDEF EF B7 90-EF B7 AF, U+FFFE and U+FFFF EF BF BE and EF BF BF; a byte that continues
     * a character is never C2 or EF. A lone surrogate is already the '?' that {@link #put} writes for it.
     */
    private void writeEscaped(byte[] utf8) {
        int length = utf8.length;
        ensureRoom(length + 3);
        int i = 0;
        while (i < length) {
            byte[] out = bytes;
            int at = size;
            byte b;
            while (i < length && ((b = utf8[i]) < 0 ? b != (byte) 0xC2 && b != (byte) 0xEF : PLAIN[b])) {
                out[at++] = b;
                i++;
            }
            size = at;
            if (i == length) {
                return;
            }
            b = utf8[i];
            int taken = 1;
            String entity;
            if (b >= 0) {
                entity = entity((char) b); // one of the five, or a character no page may hold
            } else if (b == (byte) 0xC2) {
                taken = 2;
                entity = (utf8[i + 1] & 0xFF) <= 0x9F ? REPLACEMENT : null;
            } else {
                taken = 3;
                int second = utf8[i + 1] & 0xFF;
                int third = utf8[i + 2] & 0xFF;
                entity = second == 0xB7 && third >= 0x90 && third <= 0xAF || second == 0xBF && third >= 0xBE ? REPLACEMENT : null;
            }
            if (entity != null) {
                writeAscii(entity);
            } else {
                System.arraycopy(utf8, i, bytes, size, taken);
                size += taken;
            }
            i += taken;
            ensureRoom(length - i + 8);
        }
    }

    /** What {@link #writeEscaped} writes for a character no HTML page may hold ({@link HtmlCharacters#forbidden}). */
    private static final String REPLACEMENT = "&#xFFFD;";

    /** How {@link #writeEscaped} writes {@code c}: the five of markup and a character a page may not hold as entities; null: as it is. */
    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> HtmlCharacters.forbidden(c) ? REPLACEMENT : null;
        };
    }

    /** The ASCII characters {@link #writeEscaped} writes as they are: not the five of markup, nor one a page may not hold. */
    private static final boolean[] PLAIN = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            PLAIN[c] = !HtmlCharacters.forbidden(c);
        }
        for (char c : "&<>\"'".toCharArray()) {
            PLAIN[c] = false;
        }
    }

    /** Writes text known to be ASCII, such as markup, without copying it to characters first. */
    @SuppressWarnings("deprecation") // the byte-copying getBytes: exactly right for ASCII, and one array copy
    void writeAscii(String ascii) {
        int length = ascii.length();
        if (length == 0) {
            return;
        }
        ensureRoom(length + 1);
        put(ascii.charAt(0)); // ends a surrogate left waiting, as any write does
        // Copied as bytes, not character by character: the theme's markup is most of a page's writes,
        // and the copy is one call where the loop ran in the interpreter or the quick compiler's code.
        ascii.getBytes(1, length, bytes, size);
        size += length - 1;
    }

    @Override
    public void write(char[] text, int offset, int length) {
        ensureRoom(3 * length + 3);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            // the common case, a run of ASCII, with the buffer and its size in locals (see writeEscaped)
            if (pendingHigh == 0) {
                byte[] out = bytes;
                int at = size;
                for (char c; i < end && (c = text[i]) < 0x80; i++) {
                    out[at++] = (byte) c;
                }
                size = at;
            }
            if (i < end) {
                put(text[i++]);
            }
        }
    }

    @Override
    public void write(int c) {
        ensureRoom(6);
        put((char) c);
    }

    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void ensureRoom(int room) {
        if (bytes.length - size < room) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + room));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
