package org.scholarfolio.model;

import java.util.List;

/** Null-handling helpers shared by the record constructors, counted nouns, and the one JSON string quoting. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** "1 page", "3 pages", "0 pages": a count with its noun (regular plurals only). */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Appends {@code s} as a JSON string literal. Besides what JSON requires, it escapes
     * {@code < > &} (so the text can sit inside an HTML {@code <script>} element), U+2028/U+2029
     * (line breaks to JavaScript) and lone surrogates (which strict JSON readers refuse), so the
     * same literal is valid JSON, JavaScript and script-element content.
     */
    public static void appendJsonString(StringBuilder out, String s) {
        out.append('"');
        int i = 0;
        while (i < s.length()) {
            int run = i;
            while (run < s.length() && isQuotedAsItIs(s.charAt(run))) {
                run++;
            }
            if (run > i) {
                out.append(s, i, run); // a title's or an abstract's text is mostly one such run
                i = run;
                continue;
            }
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || loneSurrogate) {
                        // By hand: a page of markup has thousands of these, and a Formatter per character was
                        // most of the preview's whole-page swap on the JavaFX thread.
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
            i++;
        }
        out.append('"');
    }

    /** Neither a character JSON escapes, nor one escaped for the page around it, nor half of a pair. */
    public static boolean isQuotedAsItIs(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028'
                && c != '\u2029' && !Character.isSurrogate(c);
    }
}
