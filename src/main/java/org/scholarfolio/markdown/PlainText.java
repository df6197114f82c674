package org.scholarfolio.markdown;

/**
 * Markdown that is plain text: one line of letters, digits, spaces and punctuation to which no rule of
 * Markdown, of our extensions (autolinks, math, footnotes, tables, strikethrough) or of the emoji
 * shortcodes gives a meaning where it stands. Its HTML is the text itself, in a paragraph for a block,
 * which is what the parse, the renderer and the allow-list write for it, so it is rendered without
 * them: most abstracts and one-line fields of real portfolios are such text, and a parse runs the
 * whole of commonmark's block and inline machinery (issue 18: the export's processor time is mostly
 * the warm-up of the code it runs). {@code PlainTextProperties} holds it to the full path byte for byte.
 */
final class PlainText {
    private PlainText() {
    }

    /**
     * Whether {@code text} is plain: it starts with a letter, an opening bracket or a quote (a digit,
     * a dash, a plus or a hash could open a list or a heading), holds no line break, no white space
     * but single-width spaces and none at its end, and no character with a meaning anywhere
     * ({@code * _ ` [ ] < > & \ $ ~ | # @ { } ^}); a colon only before a space or at the end (a
     * shortcode's or an address's colon is followed by a letter or a slash), and no {@code www.}
     * (an autolink without a scheme).
     */
    static boolean is(String text) {
        int n = text.length();
        if (n == 0 || !startsPlain(text.charAt(0)) || text.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c) || c == ' ') {
                continue;
            }
            switch (c) {
                case ',', '.', ';', '?', '!', '\'', '"', '(', ')', '/', '%', '+', '-', '=' -> {
                }
                case ':' -> {
                    if (i + 1 < n && text.charAt(i + 1) != ' ') {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return !containsWww(text);
    }

    private static boolean startsPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && Character.isLetter(c) && c <= '\u024F'
                || c == '(' || c == '"' || c == '\'';
    }

    /** ASCII letters and digits, and the letters of Latin-1 and Latin Extended-A and B (accented names). */
    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c);
    }

    private static boolean containsWww(String text) {
        for (int i = text.indexOf('.', 3); i >= 0; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
