package org.scholarfolio.bibtex;

import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.MathSpans;

import static org.scholarfolio.bibtex.LatexCommands.ACCENT_SYMBOLS;
import static org.scholarfolio.bibtex.LatexCommands.ACCENT_WORDS;
import static org.scholarfolio.bibtex.LatexCommands.ESCAPED;
import static org.scholarfolio.bibtex.LatexCommands.MARKUP_ALIASES;
import static org.scholarfolio.bibtex.LatexCommands.MARKUP_SWITCHES;
import static org.scholarfolio.bibtex.LatexCommands.MARKUP_WORDS;
import static org.scholarfolio.bibtex.LatexCommands.QUOTE_WORDS;
import static org.scholarfolio.bibtex.LatexCommands.SILENT_WITH_ARGUMENT;
import static org.scholarfolio.bibtex.LatexCommands.STYLE_WORDS;
import static org.scholarfolio.bibtex.LatexCommands.SYMBOL_WORDS;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX text to the model's inline text and back, the way BibTeX values use it. Accents in every
 * spelling ({@code {\'a}}, {@code \'{a}}, {@code \'a}, {@code {\'\i}}, {@code {\v{s}}}) become
 * composed characters and lose their braces; symbols, quotes and spacing commands become Unicode;
 * protective braces ({@code {BERT}}), the markup commands of {@link org.scholarfolio.model.InlineText}
 * ({@code \emph{…}}, {@code \textsc{…}}, {@code \textsubscript{…}}, …; switches and biblatex
 * spellings are normalised to them) and math ({@code $…$}; {@code \(…\)} becomes {@code $…$}) are
 * kept; an unknown command is kept as written.
 */
public final class Latex {

    /** Groups nested deeper than this are copied as written; no real title comes close. */
    private static final int MAX_DEPTH = 64;

    private Latex() {
    }

    public static String toUnicode(String latex) {
        if (isPlain(latex)) {
            return latex;
        }
        latex = textModeBranches(protectiveBracesOfGoogleScholar(latex));
        StringBuilder out = new StringBuilder(latex.length());
        convert(latex, 0, latex.length(), out, 0, true);
        return out.toString();
    }

    /** As {@link #toUnicode}, with markup commands reduced to their text: for fields the site renders as Markdown. */
    public static String toUnicodeWithoutMarkup(String latex) {
        if (isPlain(latex)) {
            return latex;
        }
        latex = textModeBranches(protectiveBracesOfGoogleScholar(latex));
        StringBuilder out = new StringBuilder(latex.length());
        convert(latex, 0, latex.length(), out, 0, false);
        return out.toString();
    }

    /**
     * Google Scholar's BibTeX writes the protective braces of its source as math braces:
     * {@code 29th $\{$USENIX$\}$ Security Symposium}. Meant is {@code {USENIX}}, a word kept as
     * written, which the site shows as "USENIX"; as math it showed "{USENIX}".
     */
    private static String protectiveBracesOfGoogleScholar(String latex) {
        return latex.contains("$\\{$") ? SCHOLAR_BRACES.matcher(latex).replaceAll("{$1}") : latex;
    }

    /**
     * The American Physical Society's BibTeX writes each accent and sign for both of TeX's modes:
     * {@code Dragi\ifmmode \check{c}\else \v{c}\fi{}evi\'c}, {@code $W^{\ifmmode\pm\else\textpm\fi{}}$}. TeX takes
     * the first branch in math and the second in text; so does the import, or the names came out as
     * "Louren\ifmmode ç\else ç\fio" (and the name's parts split at the command's spaces).
     */
    private static String textModeBranches(String latex) {
        if (!latex.contains("\\ifmmode")) {
            return latex;
        }
        StringBuilder out = new StringBuilder(latex.length());
        Matcher m = IFMMODE.matcher(latex);
        int from = 0;
        while (m.find()) {
            out.append(latex, from, m.start());
            boolean math = dollarsBefore(latex, m.start()) % 2 == 1;
            // the empty group after \fi ends a command's name in text ("\textdegree{}C"); in math it is left out
            out.append(math ? m.group(1) : (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3)));
            from = m.end();
        }
        return out.append(latex, from, latex.length()).toString();
    }

    /** {@code \ifmmode A\else B\fi} (or without {@code \else}); group 1 the math branch, 2 the text branch, 3 a {@code {}} after. */
    private static final Pattern IFMMODE = Pattern.compile(
            "(?s)\\\\ifmmode(?![A-Za-z])\\s*(.*?)\\s*(?:\\\\else(?![A-Za-z])\\s*(.*?)\\s*)?\\\\fi(?![A-Za-z])(\\{\\})?");

    private static int dollarsBefore(String s, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == '$' && (i == 0 || s.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    private static final Pattern SCHOLAR_BRACES = Pattern.compile("\\$\\\\\\{\\$([^$]*?)\\$\\\\\\}\\$");

    /** The LaTeX escapes of an address written in {@code \\url{…}} ({@code \\%20}, {@code \\_}), which hyperref undoes. */
    private static final Pattern URL_ESCAPE = Pattern.compile("\\\\([%_#&~$])");

    /**
     * True when {@link #convert} would copy the text unchanged: no math, command, group, tie, dash
     * ligature or quote ligature. Most fields (years, pages without "--", URLs, plain names) are so,
     * and an import converts thousands of them in a process too short for the compiler to help.
     */
    private static boolean isPlain(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '$' || c == '\\' || c == '{' || c == '~') {
                return false;
            }
            if ((c == '-' || c == '`' || c == '\'') && i + 1 < n && s.charAt(i + 1) == c) {
                return false;
            }
        }
        return true;
    }

    private static void convert(String s, int from, int to, StringBuilder out, int depth, boolean markup) {
        MathSpans math = null;
        int i = from;
        while (i < to) {
            char ch = s.charAt(i);
            if (ch == '$') {
                math = math != null ? math : new MathSpans(s, to);
                int close = math.end(i);
                if (close < 0) {
                    out.append('$');
                    i++;
                } else {
                    out.append(s, i, close);
                    i = close;
                }
            } else if (ch == '\\') {
                i = command(s, i, to, out, depth, markup);
            } else if (ch == '{') {
                int close = matchBrace(s, i, to);
                if (close < 0) {
                    out.append('{');
                    i++;
                    continue;
                }
                appendGroup(s, i + 1, close, out, depth, markup);
                i = markup ? close + 1 : digitsIntoMath(s, close, to, out);
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
            } else if ((ch == '`' || ch == '\'') && i + 1 < to && s.charAt(i + 1) == ch) {
                out.append(ch == '`' ? '“' : '”'); // TeX's quote ligatures
                i += 2;
            } else {
                out.append(ch);
                i++;
            }
        }
    }

    /**
     * "{$\\pm$}1" in a Markdown field: without the braces "$\\pm$1" is not math there (a digit after the
     * closing dollar keeps "$5-$10" text), so the digits TeX prints right after the math join it: "$\\pm1$".
     * Returns where reading goes on.
     */
    private static int digitsIntoMath(String s, int close, int to, StringBuilder out) {
        int from = close + 1;
        int end = from;
        while (end < to && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        if (end == from || s.charAt(close - 1) != '$' || out.length() == 0 || out.charAt(out.length() - 1) != '$') {
            return from;
        }
        out.setLength(out.length() - 1);
        out.append(s, from, end).append('$');
        return end;
    }

    private static void appendGroup(String s, int from, int to, StringBuilder out, int depth, boolean markup) {
        if (from == to) {
            return; // {} separates tokens, it protects nothing
        }
        if (depth >= MAX_DEPTH) {
            out.append(s, from - 1, to + 1); // absurd nesting: keep it as written, bounded work
            return;
        }
        StringBuilder inner = new StringBuilder();
        convert(s, from, to, inner, depth + 1, markup);
        if (startsWithSwitch(s, from, to)) {
            out.append(inner); // {\em text} is \emph{text}: the braces only delimit the switch
            return;
        }
        boolean special = s.charAt(from) == '\\' && inner.indexOf("\\") < 0
                && inner.codePointCount(0, inner.length()) <= 2;
        // Markdown has no grouping braces: it would print them ("I({$\omega$})" as I({ω}))
        if (special || !markup) {
            out.append(inner);
        } else {
            out.append('{').append(inner).append('}');
        }
    }

    private static boolean startsWithSwitch(String s, int from, int to) {
        if (s.charAt(from) != '\\') {
            return false;
        }
        int end = from + 1;
        while (end < to && Character.isLetter(s.charAt(end)) && s.charAt(end) < 128) {
            end++;
        }
        return MARKUP_SWITCHES.containsKey(s.substring(from + 1, end));
    }

    private static int command(String s, int i, int to, StringBuilder out, int depth, boolean markup) {
        if (i + 1 >= to || depth >= MAX_DEPTH) {
            out.append('\\');
            return i + 1;
        }
        char c = s.charAt(i + 1);
        if (ACCENT_SYMBOLS.containsKey(c)) {
            return accent(s, i + 2, to, ACCENT_SYMBOLS.get(c), c, out, depth, markup);
        }
        if (c == '(' || c == '[') { // \(…\) and \[…\] are $…$ and $$…$$
            int close = s.indexOf(c == '(' ? "\\)" : "\\]", i + 2);
            if (close > 0 && close < to) {
                String dollars = c == '(' ? "$" : "$$";
                out.append(dollars).append(s, i + 2, close).append(dollars);
                return close + 2;
            }
        }
        if ((c == '{' || c == '}') && markup) {
            out.append('\\').append(c); // a brace shown as text, kept apart from protective ones
            return i + 2;
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
            return accent(s, end, to, ACCENT_WORDS.get(name), name.charAt(0), out, depth, markup);
        }
        if (SYMBOL_WORDS.containsKey(name)) {
            out.append(SYMBOL_WORDS.get(name));
            return skipEmptyGroup(s, skipSpaces(s, end, to), to);
        }
        if (LatexCommands.JOURNAL_MACROS.containsKey(name)) {
            out.append(LatexCommands.JOURNAL_MACROS.get(name));
            return skipEmptyGroup(s, skipSpaces(s, end, to), to);
        }
        int j = skipSpaces(s, end, to);
        int close = j < to && s.charAt(j) == '{' ? matchBrace(s, j, to) : -1;
        String command = MARKUP_WORDS.contains(name) ? name : MARKUP_ALIASES.get(name);
        if (command != null && close > 0) {
            markup(s, j + 1, close, command, out, depth, markup);
            return close + 1;
        }
        if (MARKUP_SWITCHES.containsKey(name)) { // {\em text}: the rest of the group
            markup(s, skipSpaces(s, end, to), to, MARKUP_SWITCHES.get(name), out, depth, markup);
            return to;
        }
        boolean starred = j < to && s.charAt(j) == '*'; // \enquote*{…}: the inner (single) quotes
        int starredClose = starred && j + 1 < to && s.charAt(j + 1) == '{' ? matchBrace(s, j + 1, to) : -1;
        if (QUOTE_WORDS.contains(name) && (close > 0 || starredClose > 0)) {
            int open = close > 0 ? j : j + 1;
            int argumentClose = close > 0 ? close : starredClose;
            out.append(close > 0 ? '“' : '‘');
            convert(s, open + 1, argumentClose, out, depth + 1, markup);
            out.append(close > 0 ? '”' : '’');
            return argumentClose + 1;
        }
        if (name.equals("ensuremath") && close > 0) {
            out.append('$').append(s, j + 1, close).append('$');
            return close + 1;
        }
        if (name.equals("ding") && close > 0 && LatexCommands.DINGBATS.containsKey(s.substring(j + 1, close).strip())) {
            out.append(LatexCommands.DINGBATS.get(s.substring(j + 1, close).strip()));
            return close + 1;
        }
        if (name.equals("url") && close > 0) {
            // an address is verbatim: ~ and % stay; \% and \_ (written so that % starts no comment) are undone
            out.append(URL_ESCAPE.matcher(s.substring(j + 1, close)).replaceAll("$1"));
            return close + 1;
        }
        if (name.equals("href") && close > 0) { // \href{address}{text}: the text
            int text = skipSpaces(s, close + 1, to);
            int textClose = text < to && s.charAt(text) == '{' ? matchBrace(s, text, to) : -1;
            if (textClose > 0) {
                convert(s, text + 1, textClose, out, depth + 1, markup);
                return textClose + 1;
            }
        }
        if (SILENT_WITH_ARGUMENT.contains(name)) {
            if (close > 0) {
                return close + 1;
            }
            return j < to && s.charAt(j) == '\\' ? Math.min(to, j + 2) : Math.min(to, j + 1);
        }
        if (STYLE_WORDS.contains(name)) {
            if (close > 0) {
                convert(s, j + 1, close, out, depth + 1, markup);
                return close + 1;
            }
            return j; // a switch like {\rm text}: the group around it keeps the text
        }
        out.append(s, i, end); // unknown command: keep it as written
        if (!markup && close > 0) {
            // its argument too, braces and all: a Markdown field drops grouping braces, not these
            out.append(s, end, j).append('{');
            convert(s, j + 1, close, out, depth + 1, false);
            out.append('}');
            return close + 1;
        }
        return end;
    }

    /** A markup command's argument: kept as the command, or for a Markdown field as Markdown's emphasis where it has one. */
    private static void markup(String s, int from, int to, String command, StringBuilder out, int depth, boolean markup) {
        if (markup) {
            out.append('\\').append(command).append('{');
            convert(s, from, to, out, depth + 1, true);
            out.append('}');
            return;
        }
        StringBuilder inner = new StringBuilder();
        convert(s, from, to, inner, depth + 1, false);
        String stars = MarkdownEmphasis.delimiterFor(command);
        int lead = 0;
        while (lead < inner.length() && Character.isWhitespace(inner.charAt(lead))) {
            lead++;
        }
        int trail = inner.length();
        while (trail > lead && Character.isWhitespace(inner.charAt(trail - 1))) {
            trail--;
        }
        if (stars.isEmpty() || lead == trail) {
            out.append(inner);
            return;
        }
        // spaces go outside the stars: "* text*" would not be emphasis in Markdown
        out.append(inner, 0, lead).append(stars).append(inner, lead, trail).append(stars).append(inner, trail, inner.length());
    }

    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
    /** Math between {@code \(} and {@code \)} or {@code \[} and {@code \]}: the inside, in one group or the other. */
    private static final Pattern DELIMITED_MATH = Pattern.compile("(?s)\\\\\\((.*?)\\\\\\)|\\\\\\[(.*?)\\\\\\]");

    /** The commands in a LaTeX value that {@link #toUnicode} keeps as written because it does not know them. */
    public static Set<String> unknownCommands(String latex) {
        Set<String> unknown = new TreeSet<>();
        if (latex.indexOf('\\') < 0) {
            return unknown;
        }
        latex = textModeBranches(latex);
        // \(…\) and \[…\] are math as $…$ is (toUnicode writes them so), which the site typesets
        String text = withoutMath(latex.indexOf('(') < 0 && latex.indexOf('[') < 0 ? latex
                : DELIMITED_MATH.matcher(latex).replaceAll(r -> Matcher.quoteReplacement("$" + (r.group(1) != null ? r.group(1) : r.group(2)) + "$")));
        Matcher m = COMMAND.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (m.group(1).equals("ensuremath")) { // its argument is math, which the site typesets
                int j = skipSpaces(text, from, text.length());
                int close = j < text.length() && text.charAt(j) == '{' ? matchBrace(text, j, text.length()) : -1;
                from = close > 0 ? close + 1 : from;
            } else if (!LatexCommands.known(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    private static int accent(String s, int j, int to, char combining, char spacing,
                              StringBuilder out, int depth, boolean markup) {
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
            convert(s, j + 1, close, arg, depth + 1, markup);
            next = close + 1;
        } else if (ch == '\\') {
            next = command(s, j, to, arg, depth + 1, markup);
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

    /** Model inline text back to BibTeX that {@link #toUnicode} reads to the same string, markup included. */
    public static String toBibtex(String text) {
        return toBibtex(text, true);
    }

    /** Text of a Markdown field back to BibTeX that {@link #toUnicodeWithoutMarkup} reads to the same string. */
    public static String toBibtexWithoutMarkup(String text) {
        return toBibtex(text, false);
    }

    private static String toBibtex(String text, boolean markup) {
        // One Markdown parse for the emphasis, shared by both ways of writing the braces
        Map<Integer, MarkdownEmphasis.Delimiter> emphasis = markup ? Map.of()
                : MarkdownEmphasis.delimiters(text, at -> insideMath(text, at));
        String outsideMath = withoutMath(text);
        if (outsideMath.indexOf('{') < 0 && outsideMath.indexOf('}') < 0) {
            // Braces kept or spelled as words differ only for a brace outside math: with none, both
            // ways write the same, so the round trip that picks one need not run (most fields)
            return encode(text, false, markup, emphasis);
        }
        return withBracesChecked(text, outsideMath, markup, emphasis);
    }

    /** {@link #toBibtex} with the round trip run whatever the text: braces kept when it reads back the same. */
    static String toBibtexCheckedInFull(String text, boolean markup) {
        Map<Integer, MarkdownEmphasis.Delimiter> emphasis = markup ? Map.of()
                : MarkdownEmphasis.delimiters(text, at -> insideMath(text, at));
        return withBracesChecked(text, withoutMath(text), markup, emphasis);
    }

    private static String withBracesChecked(String text, String outsideMath, boolean markup,
                                            Map<Integer, MarkdownEmphasis.Delimiter> emphasis) {
        if (markup ? bracesRoundTrip(outsideMath) : everyBracePairs(outsideMath)) {
            String kept = encode(text, true, markup, emphasis);
            // a kept group can still read differently, e.g. {&} written as {\&} is an accent-style group
            String back = markup ? toUnicode(kept) : toUnicodeWithoutMarkup(kept);
            if (back.equals(text)) {
                return kept;
            }
        }
        return encode(text, false, markup, emphasis);
    }

    private static String encode(String text, boolean bracesKept, boolean keepMarkup,
                                 Map<Integer, MarkdownEmphasis.Delimiter> emphasis) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean escapesPair = keepMarkup && escapedBracesPair(withoutMath(text));
        MathSpans math = new MathSpans(text, text.length());
        // The delimiters' places in order, passed as i moves on: no boxed index looked up per character.
        int[] delimiters = new int[emphasis.size()];
        int known = 0;
        for (int at : emphasis.keySet()) {
            delimiters[known++] = at;
        }
        java.util.Arrays.sort(delimiters);
        int nextDelimiter = 0;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            while (nextDelimiter < delimiters.length && delimiters[nextDelimiter] < i) {
                nextDelimiter++;
            }
            MarkdownEmphasis.Delimiter delimiter = nextDelimiter < delimiters.length && delimiters[nextDelimiter] == i
                    ? emphasis.get(i) : null;
            if (delimiter != null) {
                out.append(delimiter.latex());
                i += delimiter.length();
                continue;
            }
            if (keepMarkup && ch == '\\' && i + 1 < text.length() && "{}".indexOf(text.charAt(i + 1)) >= 0) {
                // BibTeX counts \{ as a brace: escapes that do not pair up get an invisible partner, as Zotero writes them
                boolean left = text.charAt(i + 1) == '{';
                out.append(escapesPair ? (left ? "\\{" : "\\}") : left ? "\\{\\vphantom\\}" : "\\vphantom\\{\\}");
                i += 2;
                continue;
            }
            if (ch == '$') {
                int close = math.end(i);
                if (close > 0 && balanced(text, i, close)) {
                    out.append(text, i, close);
                    i = close;
                    continue;
                }
                out.append("\\$");
            } else if (ch == '{' || ch == '}') {
                // BibTeX counts \\{ as a brace too, so unpaired braces are written as words
                out.append(bracesKept ? String.valueOf(ch) : ch == '{' ? "\\textbraceleft{}" : "\\textbraceright{}");
                if (bracesKept && ch == '{' && i + 1 < text.length() && "&%#_~\\\u00AD$".indexOf(text.charAt(i + 1)) >= 0) {
                    out.append("{}"); // {\textasciitilde{}} would read as an accent group and lose its braces
                }
            } else if (ch == '\\') {
                int end = i + 1;
                while (end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) < 128) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                boolean markup = keepMarkup && MARKUP_WORDS.contains(name) && end < text.length() && text.charAt(end) == '{';
                boolean literal = !markup && (name.isEmpty() || LatexCommands.known(name));
                out.append(literal ? "\\textbackslash{}" : "\\");
            } else if ((ch == '`' || ch == '\'') && i + 1 < text.length() && text.charAt(i + 1) == ch) {
                out.append(ch).append("{}"); // two quotes the writer means, not TeX's quote ligature
            } else if (ch == '\u00AD') {
                out.append("\\-");
            } else {
                switch (ch) {
                    case '&', '%', '#', '_' -> out.append('\\').append(ch);
                    case '~' -> out.append("\\textasciitilde{}");
                    case '\u00A0' -> out.append('~');
                    // a reader folds a run of spaces into one: the second of two (TUGboat's "A.\ \ Output") is a control space
                    case ' ' -> out.append(keepMarkup && i > 0 && text.charAt(i - 1) == ' ' ? "\\ " : " ");
                    case '-' -> out.append('-');
                    case '–' -> out.append("--");
                    case '—' -> out.append("---");
                    default -> out.append(ch);
                }
                // keep written dashes from merging into a longer dash when read back
                if (isDash(ch) && i + 1 < text.length() && isDash(text.charAt(i + 1))) {
                    out.append("{}");
                }
            }
            i++;
        }
        return out.toString();
    }

    /** A hyphen, an en dash or an em dash: written dashes that must not merge when read back. */
    private static boolean isDash(char ch) {
        return ch == '-' || ch == '–' || ch == '—';
    }

    /** Whether the character at an index lies in a math segment the writer keeps as written. */
    private static boolean insideMath(String text, int at) {
        if (text.indexOf('$') < 0) {
            return false;
        }
        MathSpans math = new MathSpans(text, text.length());
        int i = 0;
        while (i <= at) {
            int close = text.charAt(i) == '$' ? math.end(i) : -1;
            if (close > 0 && balanced(text, i, close)) {
                if (at < close) {
                    return true;
                }
                i = close;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The text with each math segment the writer keeps as written replaced by one letter. */
    private static String withoutMath(String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        MathSpans math = new MathSpans(text, text.length());
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int close = ch == '$' ? math.end(i) : -1;
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

    /** Whether the model's {@code \{} and {@code \}} pair up among themselves, so BibTeX can take them as written. */
    private static boolean escapedBracesPair(String text) {
        int depth = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '\\' && "{}".indexOf(text.charAt(i + 1)) >= 0) {
                depth += text.charAt(i + 1) == '{' ? 1 : -1;
                if (depth < 0) {
                    return false;
                }
                i++;
            }
        }
        return depth == 0;
    }

    /**
     * Whether the braces in {@code s[from, to)} pair up without ever closing more than were opened.
     * The one brace check of the format: the writer's preamble and the importer's scanner use it.
     */
    public static boolean balanced(String s, int from, int to) {
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

    /** In Markdown fields a backslash is text, so every brace counts, escaped or not. */
    private static boolean everyBracePairs(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '{') {
                depth++;
                if (i + 1 < text.length() && text.charAt(i + 1) == '}') {
                    return false;
                }
            } else if (ch == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Braces can be written as they are when they group (the caller reads the result back to be sure). */
    private static boolean bracesRoundTrip(String text) {
        return InlineText.bracesGroup(text);
    }
}
