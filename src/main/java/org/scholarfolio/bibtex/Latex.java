package org.scholarfolio.bibtex;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * LaTeX text to Unicode and back, the way BibTeX values use it. Accents in every spelling
 * ({@code {\'a}}, {@code \'{a}}, {@code \'a}, {@code {\'\i}}, {@code {\v{s}}}) become composed
 * characters and lose their braces; protective braces ({@code {BERT}}) are kept because the site
 * hides them and a BibTeX export needs them; math between {@code $...$} is never touched.
 */
public final class Latex {

    private static final Map<Character, Character> ACCENT_SYMBOLS = Map.ofEntries(
            Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'),
            Map.entry('"', '\u0308'), Map.entry('~', '\u0303'), Map.entry('=', '\u0304'),
            Map.entry('.', '\u0307'));

    private static final Map<String, Character> ACCENT_WORDS = Map.of(
            "u", '\u0306', "v", '\u030C', "H", '\u030B', "c", '\u0327', "d", '\u0323',
            "b", '\u0331', "r", '\u030A', "k", '\u0328', "t", '\u0361');

    private static final Map<String, String> SYMBOL_WORDS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
            Map.entry("j", "ȷ"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"), Map.entry("th", "þ"),
            Map.entry("TH", "Þ"), Map.entry("dag", "†"), Map.entry("dagger", "†"),
            Map.entry("textdagger", "†"), Map.entry("ddag", "‡"), Map.entry("ddagger", "‡"),
            Map.entry("textdaggerdbl", "‡"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"),
            Map.entry("textasciitilde", "~"), Map.entry("textbackslash", "\\"),
            Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"),
            Map.entry("copyright", "©"), Map.entry("textregistered", "®"),
            Map.entry("texttrademark", "™"), Map.entry("pounds", "£"), Map.entry("euro", "€"),
            Map.entry("textdegree", "°"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"));

    /** Commands that only style their argument: the text stays, the command goes. */
    private static final Set<String> STYLE_WORDS = Set.of("emph", "textit", "textbf", "textsc",
            "texttt", "textrm", "textsf", "textup", "textmd", "textsl", "textnormal", "mbox", "text",
            "underline", "url", "uppercase", "MakeUppercase", "em", "it", "bf", "sc");

    private static final Map<Character, String> ESCAPED = Map.of('&', "&", '%', "%", '$', "$",
            '#', "#", '_', "_", '{', "{", '}', "}", ' ', " ");

    /** Groups nested deeper than this are copied as written; no real title comes close. */
    private static final int MAX_DEPTH = 64;

    private Latex() {
    }

    public static String toUnicode(String latex) {
        StringBuilder out = new StringBuilder(latex.length());
        convert(latex, 0, latex.length(), out, 0);
        return out.toString();
    }

    private static void convert(String s, int from, int to, StringBuilder out, int depth) {
        int i = from;
        while (i < to) {
            char ch = s.charAt(i);
            if (ch == '$') {
                int close = mathEnd(s, i, to);
                if (close < 0) {
                    out.append('$');
                    i++;
                } else {
                    out.append(s, i, close);
                    i = close;
                }
            } else if (ch == '\\') {
                i = command(s, i, to, out, depth);
            } else if (ch == '{') {
                int close = matchBrace(s, i, to);
                if (close < 0) {
                    out.append('{');
                    i++;
                    continue;
                }
                appendGroup(s, i + 1, close, out, depth);
                i = close + 1;
            } else if (ch == '-') {
                int n = 0;
                while (i + n < to && s.charAt(i + n) == '-') {
                    n++;
                }
                i += n;
                for (; n >= 3; n -= 3) {
                    out.append('—');
                }
                out.append(n == 2 ? "–" : n == 1 ? "-" : "");
            } else if (ch == '~') {
                out.append('\u00A0');
                i++;
            } else {
                out.append(ch);
                i++;
            }
        }
    }

    private static void appendGroup(String s, int from, int to, StringBuilder out, int depth) {
        if (from == to) {
            return; // {} separates tokens, it protects nothing
        }
        if (depth >= MAX_DEPTH) {
            out.append(s, from - 1, to + 1); // absurd nesting: keep it as written, bounded work
            return;
        }
        StringBuilder inner = new StringBuilder();
        convert(s, from, to, inner, depth + 1);
        boolean special = s.charAt(from) == '\\' && inner.indexOf("\\") < 0
                && inner.codePointCount(0, inner.length()) <= 2;
        if (special) {
            out.append(inner);
        } else {
            out.append('{').append(inner).append('}');
        }
    }

    private static int command(String s, int i, int to, StringBuilder out, int depth) {
        if (i + 1 >= to || depth >= MAX_DEPTH) {
            out.append('\\');
            return i + 1;
        }
        char c = s.charAt(i + 1);
        if (ACCENT_SYMBOLS.containsKey(c)) {
            return accent(s, i + 2, to, ACCENT_SYMBOLS.get(c), c, out, depth);
        }
        if (!Character.isLetter(c)) {
            String escaped = ESCAPED.get(c);
            out.append(escaped != null ? escaped : s.substring(i, i + 2));
            return i + 2;
        }
        int end = i + 1;
        while (end < to && Character.isLetter(s.charAt(end)) && s.charAt(end) < 128) {
            end++;
        }
        String name = s.substring(i + 1, end);
        if (ACCENT_WORDS.containsKey(name)) {
            return accent(s, end, to, ACCENT_WORDS.get(name), name.charAt(0), out, depth);
        }
        if (SYMBOL_WORDS.containsKey(name)) {
            out.append(SYMBOL_WORDS.get(name));
            return skipEmptyGroup(s, skipSpaces(s, end, to), to);
        }
        if (STYLE_WORDS.contains(name)) {
            int j = skipSpaces(s, end, to);
            if (j < to && s.charAt(j) == '{') {
                int close = matchBrace(s, j, to);
                if (close > 0) {
                    convert(s, j + 1, close, out, depth + 1);
                    return close + 1;
                }
            }
            return j; // a switch like {\em text}: the group around it keeps the text
        }
        out.append(s, i, end); // unknown command: keep it as written
        return end;
    }

    private static int accent(String s, int j, int to, char combining, char spacing,
                              StringBuilder out, int depth) {
        if (Character.isLetter(spacing)) {
            j = skipSpaces(s, j, to);
        }
        if (j >= to) {
            out.append(spacing);
            return j;
        }
        StringBuilder arg = new StringBuilder();
        int next;
        char ch = s.charAt(j);
        if (ch == '{') {
            int close = matchBrace(s, j, to);
            if (close < 0) {
                out.append(spacing);
                return j;
            }
            convert(s, j + 1, close, arg, depth + 1);
            next = close + 1;
        } else if (ch == '\\') {
            next = command(s, j, to, arg, depth + 1);
        } else {
            arg.append(ch);
            next = j + 1;
        }
        if (arg.length() == 0) {
            out.append(spacing);
            return next;
        }
        char base = arg.charAt(0) == 'ı' ? 'i' : arg.charAt(0) == 'ȷ' ? 'j' : arg.charAt(0);
        String composed = Normalizer.normalize(base + String.valueOf(combining), Normalizer.Form.NFC);
        out.append(composed).append(arg, 1, arg.length());
        return next;
    }

    private static int skipSpaces(String s, int j, int to) {
        while (j < to && s.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private static int skipEmptyGroup(String s, int j, int to) {
        return j + 1 < to && s.charAt(j) == '{' && s.charAt(j + 1) == '}' ? j + 2 : j;
    }

    static int matchBrace(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** End (exclusive) of the math starting at {@code open}, or -1 when the dollar is never closed. */
    static int mathEnd(String s, int open, int to) {
        boolean display = open + 1 < to && s.charAt(open + 1) == '$';
        String delimiter = display ? "$$" : "$";
        for (int i = open + delimiter.length(); i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (s.startsWith(delimiter, i) && i + delimiter.length() <= to) {
                return i + delimiter.length();
            }
        }
        return -1;
    }

    /**
     * Identifiers and addresses are kept as written, except that a brace without a partner (which
     * no BibTeX value can hold) is spelled as LaTeX's brace words; {@link #verbatimFromBibtex} undoes it.
     */
    public static String verbatimToBibtex(String value) {
        int depth = 0;
        for (int i = 0; i < value.length() && depth >= 0; i++) {
            char ch = value.charAt(i);
            depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
        }
        if (depth == 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 32);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            out.append(ch == '{' ? BRACE_LEFT : ch == '}' ? BRACE_RIGHT : String.valueOf(ch));
        }
        return out.toString();
    }

    public static String verbatimFromBibtex(String raw) {
        return raw.indexOf('\\') < 0 ? raw : raw.replace(BRACE_LEFT, "{").replace(BRACE_RIGHT, "}");
    }

    private static final String BRACE_LEFT = "\\textbraceleft{}";
    private static final String BRACE_RIGHT = "\\textbraceright{}";

    /** Unicode text back to BibTeX-safe text that {@link #toUnicode} reads to the same string. */
    public static String toBibtex(String text) {
        if (bracesRoundTrip(withoutMath(text))) {
            String kept = encode(text, true);
            // a kept group can still read differently, e.g. {&} written as {\&} is an accent-style group
            if (toUnicode(kept).equals(text)) {
                return kept;
            }
        }
        return encode(text, false);
    }

    private static String encode(String text, boolean bracesKept) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '$') {
                int close = mathEnd(text, i, text.length());
                if (close > 0 && balanced(text, i, close)) {
                    out.append(text, i, close);
                    i = close;
                    continue;
                }
                out.append("\\$");
            } else if (ch == '{' || ch == '}') {
                // BibTeX counts \\{ as a brace too, so unpaired braces are written as words
                out.append(bracesKept ? String.valueOf(ch) : ch == '{' ? "\\textbraceleft{}" : "\\textbraceright{}");
            } else if (ch == '\\') {
                int end = i + 1;
                while (end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) < 128) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                boolean unknown = !name.isEmpty() && !ACCENT_WORDS.containsKey(name)
                        && !SYMBOL_WORDS.containsKey(name) && !STYLE_WORDS.contains(name);
                out.append(unknown ? "\\" : "\\textbackslash{}");
            } else {
                switch (ch) {
                    case '&', '%', '#', '_' -> out.append('\\').append(ch);
                    case '~' -> out.append("\\textasciitilde{}");
                    case '\u00A0' -> out.append('~');
                    case '-' -> out.append('-');
                    case '–' -> out.append("--");
                    case '—' -> out.append("---");
                    default -> out.append(ch);
                }
                // keep written dashes from merging into a longer dash when read back
                if ("-–—".indexOf(ch) >= 0 && i + 1 < text.length() && "-–—".indexOf(text.charAt(i + 1)) >= 0) {
                    out.append("{}");
                }
            }
            i++;
        }
        return out.toString();
    }

    /** The text with each math segment the writer keeps as written replaced by one letter. */
    private static String withoutMath(String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int close = ch == '$' ? mathEnd(text, i, text.length()) : -1;
            if (close > 0 && balanced(text, i, close)) {
                sb.append('m');
                i = close;
            } else {
                sb.append(ch);
                i++;
            }
        }
        return sb.toString();
    }

    /** Whether the braces in a range pair up without ever closing more than were opened. */
    private static boolean balanced(String s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Braces can be written as they are when they pair up and none would be read as an accent group. */
    private static boolean bracesRoundTrip(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '{') {
                depth++;
                if (i + 1 < text.length() && (text.charAt(i + 1) == '}' || text.charAt(i + 1) == '\\')) {
                    return false;
                }
            } else if (ch == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
