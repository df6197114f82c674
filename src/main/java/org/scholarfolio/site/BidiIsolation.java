package org.scholarfolio.site;

/**
 * A value shown inside a run of other text (an author among co-authors, a venue before its volume, a
 * page's title before the site's), closed off so that its direction ends with it: an override left
 * open in a name (U+202E) no longer reverses the co-authors and the year after it, and a name in
 * Arabic or Hebrew no longer pulls the comma and the year beside it into its own run.
 * <p>
 * A value that needs it is wrapped in FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE
 * (U+2069), the characters {@code <bdi>} stands for, which work where an element cannot go (the
 * {@code <title>}, an attribute, the editor's cells). Inside, a pop with nothing of the value's own to
 * close is dropped (it would close the wrapper and let the rest out), isolates the value opens are
 * closed, and a paragraph separator becomes a space (the algorithm starts a new paragraph there, outside
 * every isolate). Every other value, a Latin name, a title with its accents, is returned as it is.
 */
public final class BidiIsolation {
    public static final char FSI = '\u2068';
    public static final char PDI = '\u2069';

    private BidiIsolation() {
    }

    /** {@code value} closed off as above, or {@code value} itself when nothing in it can reach beyond it. */
    public static String isolated(String value) {
        if (value == null || !needsIsolation(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 4).append(FSI);
        int open = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\u2066', '\u2067', '\u2068' -> {
                    open++;
                    out.append(c);
                }
                case PDI -> {
                    if (open > 0) {
                        open--;
                        out.append(c);
                    }
                }
                case '\u2029' -> out.append(' ');
                default -> out.append(c);
            }
        }
        out.append(String.valueOf(PDI).repeat(open));
        return out.append(PDI).toString();
    }

    /**
     * {@code value} as {@link #isolated} writes it between the two characters, without them: for a value shown in an
     * isolate it shares with another (a given name in bold and the family name after it).
     */
    public static String insideIsolate(String value) {
        String isolated = isolated(value);
        return isolated == value ? value : isolated.substring(1, isolated.length() - 1);
    }

    /**
     * Whether {@code value} holds a directional control (embeddings, overrides, isolates and their ends,
     * the marks), the paragraph separator U+2029, or a letter written right to left. (The other characters
     * the algorithm takes as paragraph separators, U+0085 and U+001C..U+001E, never reach a page: they are
     * written as U+FFFD, {@code markdown.HtmlCharacters}.)
     */
    public static boolean needsIsolation(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '\u0590') {
                continue;
            }
            if (c == '\u061c' || c == '\u200e' || c == '\u200f' || c >= '\u202a' && c <= '\u202e'
                    || c >= '\u2066' && c <= '\u2069' || c == '\u2029') {
                return true;
            }
            int cp = Character.codePointAt(value, i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
        }
        return false;
    }
}
