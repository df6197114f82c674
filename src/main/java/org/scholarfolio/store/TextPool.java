package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * One String per distinct short text of one load. A portfolio repeats its short texts thousands
 * of times (co-authors' names, venues, publishers, entry types). Each repeat read as its own
 * String is two more objects the editor keeps for as long as the document is open, and that the
 * young collections during the load copy. Texts are looked up by the parser's own
 * characters, so a repeat never becomes a String at all. Long texts (titles, abstracts) rarely
 * repeat and are not pooled. Not thread-safe: one pool per load.
 */
final class TextPool {
    /** Longer texts are returned as they are, unpooled. */
    static final int MAX_LENGTH = 48;
    /** A pool stops growing here (a few MB of table); later texts are returned unpooled. */
    private static final int MAX_SIZE = 1 << 20;
    /** A look-up gives up (the text is returned unpooled) after this many slots. */
    private static final int MAX_PROBES = 64;

    private String[] table;
    // Beside each pooled String, its characters and its hash: a look-up compares the parser's
    // characters with an array, not through String.charAt (the editor runs on the quick compiler,
    // which left the comparison 15 % of a load). Kept for the load only; the pool is dropped after.
    private char[][] tableChars;
    private int[] tableHashes;
    private int size;

    TextPool() {
        this(0);
    }

    /**
     * A pool for a file of {@code fileBytes} bytes, its table sized up front (kept at most half full):
     * a generated portfolio has about one distinct short text per 260 bytes, and growing the table
     * from a small one rehashed the texts six times at 10,000 publications.
     */
    TextPool(long fileBytes) {
        long wanted = Math.max(1 << 12, Math.min(2L * MAX_SIZE, fileBytes / 128));
        int slots = Long.highestOneBit(wanted) == wanted ? (int) wanted : (int) Long.highestOneBit(wanted) << 1;
        table = new String[slots];
        tableChars = new char[slots][];
        tableHashes = new int[slots];
    }

    /** The text the parser stands on (a string value), the pooled instance when it is short. */
    String text(JsonParser p) throws IOException {
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
                    tableChars[slot] = Arrays.copyOfRange(chars, offset, offset + length);
                    tableHashes[slot] = hash;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                }
                return s;
            }
            if (tableHashes[slot] == hash && sameText(tableChars[slot], chars, offset, length)) {
                return s;
            }
        }
    }

    private static boolean sameText(char[] pooled, char[] chars, int offset, int length) {
        if (pooled.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (pooled[i] != chars[offset + i]) {
                return false;
            }
        }
        return true;
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
        char[][] oldChars = tableChars;
        int[] oldHashes = tableHashes;
        table = new String[old.length * 2];
        tableChars = new char[table.length][];
        tableHashes = new int[table.length];
        int mask = table.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = old[i];
                tableChars[slot] = oldChars[i];
                tableHashes[slot] = oldHashes[i];
            }
        }
    }
}
