package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.UnknownFields;

/**
 * One String per distinct short text of one load. A portfolio repeats its short texts thousands
 * of times (co-authors' names, venues, publishers, entry types). Each repeat read as its own
 * String is two more objects the editor keeps for as long as the document is open, and that the
 * young collections during the load copy. Texts are looked up by the parser's own
 * characters, so a repeat never becomes a String at all. Long texts (titles, abstracts) rarely
 * repeat and are not pooled. Not thread-safe: one pool per load.
 *
 * <p>A pool given the bytes its parser reads takes a text all in ASCII (most of a portfolio)
 * straight from those bytes: one copy, instead of the parser decoding it into its characters and
 * the String compressing those back into bytes (a warm load of 10,000 publications 0.77–0.88 ×;
 * a first load, interpreted, gains nothing measurable: BENCHMARKS.md, session 13). A long text's one-letter
 * escapes ({@code \n}, {@code \\}) are undone on the way. Any other text (a letter beyond ASCII,
 * a {@code \}{@code u} escape, a control character the parser refuses) is the parser's.
 */
final class TextPool {
    /** Longer texts are returned as they are, unpooled. */
    static final int MAX_LENGTH = 48;
    /** A pool stops growing here (a few MB of table); later texts are returned unpooled. */
    private static final int MAX_SIZE = 1 << 20;
    /** A look-up gives up (the text is returned unpooled) after this many slots. */
    private static final int MAX_PROBES = 64;

    private String[] table;
    // Beside each pooled String, its hash and where its characters are in one shared array: a look-up
    // compares the parser's characters with an array, not through String.charAt (the editor runs on
    // the quick compiler, which left the comparison 15 % of a load). One large array, not one per
    // text: the texts of one load are ~90,000 small arrays that live until the load ends, which every
    // young collection during the load copied (and, in the editor, promoted to the old generation,
    // where they stayed as garbage). Kept for the load only; the pool is dropped after.
    private char[] chars;
    private int charsUsed;
    private int[] tableStarts;
    private int[] tableLengths;
    private int[] tableHashes;
    private int size;
    /**
     * The bytes the parser reads, as {@link FileBytes#chunks()}; null when texts come only from the
     * parser. A text that runs over the end of a chunk is the parser's to decode.
     */
    private final byte[][] source;
    private final int chunkSize;
    private final long sourceLength;
    /**
     * Where the parser's byte 0 is in {@code source}: 0 for a parser over the whole file; for one that
     * reads a part of it after a few bytes of its own (the second half of a load), what maps its
     * offsets onto the file's.
     */
    private final long sourceShift;
    /** Whole numbers below this are shared ({@link #number}): every year so far. */
    private static final int NUMBERS = 4096;
    private Integer[] numbers;
    private static final int MAX_LONG_TEXTS = 1 << 16;
    private Map<String, String> longTexts;
    private Author[] authors = new Author[1 << 10];
    private int[] authorHashes = new int[1 << 10];
    private int authorCount;
    /** Where a text with escapes is put together; kept for the next one. */
    private byte[] scratch = new byte[0];

    TextPool() {
        this(0);
    }

    TextPool(long fileBytes) {
        this(fileBytes, null);
    }

    /**
     * A pool for a file of {@code fileBytes} bytes, its table sized up front (kept at most half full):
     * a generated portfolio has about one distinct short text per 260 bytes, and growing the table
     * from a small one rehashed the texts six times at 10,000 publications. With {@code source}
     * (the bytes a parser reads, from their first), texts in ASCII are taken from it.
     */
    TextPool(long fileBytes, byte[] source) {
        this(fileBytes, source == null ? null : FileBytes.of(source), 0);
    }

    /** As {@link #TextPool(long, byte[])} for a parser whose byte {@code n} is byte {@code n + sourceShift} of {@code source}. */
    TextPool(long fileBytes, byte[] source, long sourceShift) {
        this(fileBytes, source == null ? null : FileBytes.of(source), sourceShift);
    }

    /** As {@link #TextPool(long, byte[], long)} for bytes that may be held in chunks. */
    TextPool(long fileBytes, FileBytes source, long sourceShift) {
        this.source = source == null ? null : source.chunks();
        this.chunkSize = source == null ? 1 : source.chunkSize();
        this.sourceLength = source == null ? 0 : source.length();
        this.sourceShift = sourceShift;
        long wanted = Math.max(1 << 12, Math.min(2L * MAX_SIZE, fileBytes / 128));
        int slots = Long.highestOneBit(wanted) == wanted ? (int) wanted : (int) Long.highestOneBit(wanted) << 1;
        table = new String[slots];
        tableStarts = new int[slots];
        tableLengths = new int[slots];
        tableHashes = new int[slots];
        chars = new char[4 * slots];
    }

    /**
     * The author of these members, an equal one this load met before when there is one. A portfolio
     * names the same people again and again (its owner on every paper); one record per mention was a
     * fifth of the objects a loaded portfolio holds. The record is made only when no equal one was
     * met: most mentions are repeats, and a record made to be compared and dropped was 5 % of what a
     * load allocates. Only authors without unknown members are shared (the reader makes those itself);
     * their texts are pooled, so equal texts are mostly the same String. Records are immutable, so
     * sharing is not visible.
     */
    Author sharedAuthor(String given, String von, String family, String jr, boolean equalContribution,
            boolean corresponding, String otherMarks, String url) {
        int hash = given.hashCode();
        hash = 31 * hash + von.hashCode();
        hash = 31 * hash + family.hashCode();
        hash = 31 * hash + jr.hashCode();
        hash = 31 * hash + otherMarks.hashCode();
        hash = 31 * hash + url.hashCode();
        hash = 4 * hash + (equalContribution ? 2 : 0) + (corresponding ? 1 : 0);
        int mask = authors.length - 1;
        int probes = 0;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            Author a = authors[slot];
            if (a == null) {
                Author author = new Author(given, von, family, jr, equalContribution, corresponding, otherMarks, url,
                        UnknownFields.NONE);
                if (authorCount < MAX_SIZE) {
                    authors[slot] = author;
                    authorHashes[slot] = hash;
                    if (++authorCount * 2 > authors.length) {
                        growAuthors();
                    }
                }
                return author;
            }
            if (authorHashes[slot] == hash && a.equalContribution() == equalContribution
                    && a.corresponding() == corresponding && a.family().equals(family) && a.given().equals(given)
                    && a.von().equals(von) && a.jr().equals(jr) && a.otherMarks().equals(otherMarks)
                    && a.url().equals(url)) {
                return a;
            }
            if (++probes > MAX_PROBES) {
                return new Author(given, von, family, jr, equalContribution, corresponding, otherMarks, url,
                        UnknownFields.NONE);
            }
        }
    }

    private void growAuthors() {
        Author[] old = authors;
        int[] oldHashes = authorHashes;
        authors = new Author[old.length * 2];
        authorHashes = new int[authors.length];
        int mask = authors.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (authors[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                authors[slot] = old[i];
                authorHashes[slot] = oldHashes[i];
            }
        }
    }

    /**
     * {@code text} or an equal one shared before, for a long text of a field that repeats from record
     * to record (a proceedings' name is often longer than the pool's {@link #MAX_LENGTH}). Titles and
     * abstracts are not asked about: they seldom repeat.
     */
    String sharedLongText(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        if (longTexts == null) {
            longTexts = new HashMap<>();
        }
        String shared = longTexts.putIfAbsent(text, text);
        if (shared == null && longTexts.size() > MAX_LONG_TEXTS) {
            longTexts.remove(text); // a file of all different venues: not worth a table
        }
        return shared == null ? text : shared;
    }

    /**
     * {@code value} boxed, one Integer per distinct year-sized number of this load: Integer's own
     * cache stops at 127, and each publication's year was an Integer of its own.
     */
    Integer number(int value) {
        if (value < 0 || value >= NUMBERS) {
            return value;
        }
        if (numbers == null) {
            numbers = new Integer[NUMBERS];
        }
        Integer n = numbers[value];
        if (n == null) {
            n = value;
            numbers[value] = n;
        }
        return n;
    }

    /** The text the parser stands on (a string value), the pooled instance when it is short. */
    String text(JsonParser p) throws IOException {
        // Only the parser of UTF-8 bytes counts its offsets in bytes (a file in UTF-16 gets another).
        long tokenAt = source == null ? -1 : p instanceof ByteJsonParser own ? own.getTokenCharacterOffset()
                : p instanceof UTF8StreamJsonParser parser ? parser.getTokenCharacterOffset() : -1;
        if (tokenAt >= 0) {
            String text = asciiText(tokenAt);
            if (text != null) {
                return text;
            }
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        int probes = 0;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            String s = table[slot];
            if (++probes > MAX_PROBES) {
                // Texts made to share a hash ("Aa", "BB", …) would make each look-up walk them all.
                return new String(chars, offset, length);
            }
            if (s == null) {
                s = new String(chars, offset, length);
                if (size < MAX_SIZE) {
                    table[slot] = s;
                    int at = room(length);
                    System.arraycopy(chars, offset, this.chars, at, length);
                    tableStarts[slot] = at;
                    tableLengths[slot] = length;
                    tableHashes[slot] = hash;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                }
                return s;
            }
            if (tableHashes[slot] == hash && tableLengths[slot] == length
                    && Arrays.equals(this.chars, tableStarts[slot], tableStarts[slot] + length, chars, offset, offset + length)) {
                return s;
            }
        }
    }

    /**
     * The string value the parser stands on read from the source bytes, or null when it holds
     * anything but ASCII, or is short and escaped (the parser then decodes it). The parser
     * has not decoded it, and skips it by its own rules when it moves on (refusing what it refuses).
     */
    private String asciiText(long tokenOffset) {
        // The parser counts a token's offset from just after its first byte (its currentTokenLocation()
        // subtracts one, but builds a location object per call). If that ever changes, the byte
        // found is no quote and the parser decodes the text.
        long quote = tokenOffset - 1 + sourceShift;
        if (quote < 0 || quote >= sourceLength) {
            return null;
        }
        // Below 2 GB: a file is at most that long. One array: no division (most files).
        int q = (int) quote;
        byte[] b = source[0];
        if (source.length > 1) {
            b = source[q / chunkSize];
            q %= chunkSize;
        }
        if (b[q] != '"') {
            return null;
        }
        int start = q + 1;
        int end = start;
        while (true) {
            if (end == b.length) {
                return source.length > 1 ? textAcrossChunks(quote + 1) : null;
            }
            byte c = b[end];
            if (c == '"') {
                break;
            }
            // below 0: a byte of a letter beyond ASCII; below a space: a control character
            if (c < 0x20) {
                return null;
            }
            if (c == '\\') {
                // Long Markdown texts hold line breaks and TeX's backslashes, escaped.
                return escapedAsciiText(b, start, end, quote + 1);
            }
            end++;
        }
        int length = end - start;
        if (length > MAX_LENGTH) {
            return new String(b, start, length, StandardCharsets.ISO_8859_1);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + b[i];
        }
        int mask = table.length - 1;
        int probes = 0;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            String s = table[slot];
            if (++probes > MAX_PROBES) {
                return new String(b, start, length, StandardCharsets.ISO_8859_1);
            }
            if (s == null) {
                s = new String(b, start, length, StandardCharsets.ISO_8859_1);
                if (size < MAX_SIZE) {
                    int at = room(length);
                    for (int i = 0; i < length; i++) {
                        chars[at + i] = (char) b[start + i];
                    }
                    table[slot] = s;
                    tableStarts[slot] = at;
                    tableLengths[slot] = length;
                    tableHashes[slot] = hash;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                }
                return s;
            }
            if (tableHashes[slot] == hash && tableLengths[slot] == length && sameText(tableStarts[slot], b, start, length)) {
                return s;
            }
        }
    }

    /**
     * The rest of a text from its first backslash (at {@code at}) on, when it is long, in ASCII, and
     * its escapes are JSON's one-letter ones; otherwise null (the parser decodes it: a short text
     * is then pooled, a {@code \\u} escape is the parser's to read or refuse).
     */
    private String escapedAsciiText(byte[] b, int start, int at, long sourceStart) {
        byte[] out = scratch.length >= at - start + 64 ? scratch : new byte[Math.max(2 * scratch.length, at - start + 64)];
        int length = at - start;
        System.arraycopy(b, start, out, 0, length);
        int i = at;
        while (true) {
            if (i == b.length) {
                return source.length > 1 ? textAcrossChunks(sourceStart) : null;
            }
            byte c = b[i++];
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                return null;
            }
            if (c == '\\') {
                if (i == b.length) {
                    return source.length > 1 ? textAcrossChunks(sourceStart) : null;
                }
                c = unescaped(b[i++]);
                if (c < 0) {
                    return null;
                }
            }
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[length++] = c;
        }
        scratch = out;
        return length > MAX_LENGTH ? new String(out, 0, length, StandardCharsets.ISO_8859_1) : null;
    }

    /**
     * A long text in ASCII, with JSON's one-letter escapes, that runs over the end of its chunk (a file over
     * 32 MB is read in chunks), read from the chunks from its first byte at {@code sourceStart}; otherwise
     * null (the parser decodes it). The parser's own decoding of a bio of 100 M characters held it as
     * characters twice (its segments, then their joined array) before the String: a 100 MB file peaked at
     * 722 MB. Here it is held once as bytes, then as the String.
     */
    private String textAcrossChunks(long sourceStart) {
        int length = decodeAcrossChunks(sourceStart, null);
        if (length <= MAX_LENGTH) {
            return null; // not ASCII, a \\u escape, no end, or short: the parser's
        }
        byte[] text = new byte[length];
        decodeAcrossChunks(sourceStart, text);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /**
     * The length of the text from {@code sourceStart} to its closing quote, its escapes undone, written
     * into {@code out} when given; -1 when it holds a byte beyond ASCII, a control character, an escape
     * other than JSON's one-letter ones, or has no end.
     */
    private int decodeAcrossChunks(long sourceStart, byte[] out) {
        int length = 0;
        boolean escaped = false;
        for (int c = (int) (sourceStart / chunkSize), i = (int) (sourceStart % chunkSize); c < source.length; c++, i = 0) {
            byte[] b = source[c];
            for (; i < b.length; i++) {
                byte x = b[i];
                if (escaped) {
                    escaped = false;
                    x = unescaped(x);
                    if (x < 0) {
                        return -1;
                    }
                } else if (x == '"') {
                    return length;
                } else if (x == '\\') {
                    escaped = true;
                    continue;
                } else if (x < 0x20) {
                    return -1; // below 0: a byte of a letter beyond ASCII
                }
                if (out != null) {
                    out[length] = x;
                }
                length++;
            }
        }
        return -1;
    }

    /** The character JSON's one-letter escape {@code \\<c>} stands for; -1 for {@code \\u} or an escape JSON does not have. */
    private static byte unescaped(byte c) {
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> -1;
        };
    }

    private boolean sameText(int pooledStart, byte[] bytes, int offset, int length) {
        char[] pooled = chars;
        for (int i = 0; i < length; i++) {
            if (pooled[pooledStart + i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Where the next pooled text of {@code length} characters goes in {@link #chars}, made room for. */
    private int room(int length) {
        int at = charsUsed;
        if (chars.length - at < length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, at + length));
        }
        charsUsed = at + length;
        return at;
    }

    /** MurmurHash3's finaliser: texts that differ in one digit land far apart, not in one run of slots. */
    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] old = table;
        int[] oldStarts = tableStarts;
        int[] oldLengths = tableLengths;
        int[] oldHashes = tableHashes;
        table = new String[old.length * 2];
        tableStarts = new int[table.length];
        tableLengths = new int[table.length];
        tableHashes = new int[table.length];
        int mask = table.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = old[i];
                tableStarts[slot] = oldStarts[i];
                tableLengths[slot] = oldLengths[i];
                tableHashes[slot] = oldHashes[i];
            }
        }
    }
}
