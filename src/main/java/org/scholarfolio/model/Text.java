package org.scholarfolio.model;

import java.util.List;
import java.util.Locale;

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

    /** "1 page", "3 pages", "1,000 pages": a count with its noun (regular plurals only), see {@link #number(long)}. */
    public static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A count as a person reads it, in the user's formatting locale: "1,000" (English), "1.000" (German),
     * "1 000" (French); every count the editor and the commands show goes through here, so that one
     * screen never says 1000 and the next 1,000.
     */
    public static String number(long n) {
        return number(n, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** {@link #number(long)} in a given locale. */
    public static String number(long n, Locale locale) {
        return String.format(locale, "%,d", n);
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
        int length = s.length();
        int i = 0;
        while (i < length) {
            int run = i;
            // ASCII told by the test written out, the rest by isQuotedAsItIs: a call per character ran in the
            // interpreter for an export's first hundred or so filter-index entries (BENCHMARKS.md session 36).
            while (run < length) {
                char c = s.charAt(run);
                if (c < 0x7F ? c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' : !isQuotedAsItIs(c)) {
                    break;
                }
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
