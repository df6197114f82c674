package org.scholarfolio.importer.alfolio;

import java.util.Arrays;

/**
 * The text of one {@code .bib} file with its line starts, so that a message can name the line of a
 * value without scanning the whole file again for each entry: a value is looked for from its
 * entry's citation key on, and the line is found by binary search.
 */
final class BibFileText {
    private final String text;
    private final int[] lineStarts;
    /** Where the last entry's key was found; entries mostly come in file order. */
    private int lastKeyAt;

    BibFileText(String text) {
        this.text = text;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    String text() {
        return text;
    }

    /** The offset of the entry with this citation key, or 0 when it is not found. */
    int entryOffset(String citationKey) {
        if (citationKey.isEmpty()) {
            return 0;
        }
        int at = text.indexOf(citationKey, lastKeyAt);
        if (at < 0) {
            at = text.indexOf(citationKey);
        }
        if (at < 0) {
            return 0;
        }
        lastKeyAt = at;
        return at;
    }

    /**
     * The line (1-based) of the first mention of {@code needle} at or after {@code from}, else of its
     * first mention in the file; 0 when it is not there.
     */
    int lineOf(String needle, int from) {
        int at = text.indexOf(needle, from);
        if (at < 0 && from > 0) {
            at = text.indexOf(needle);
        }
        return at < 0 ? 0 : lineAt(at);
    }

    /** The line (1-based) holding the character at {@code offset}. */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
