package org.scholarfolio.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown whose HTML is known without a parse: paragraphs of prose whose every special character
 * stands where only one reading of it is possible. Most abstracts are such text: plain sentences with
 * the occasional {@code *emphasis*}, {@code **strong**}, {@code `code`}, {@code [link](https://…)},
 * {@code $formula$} or {@code :emoji:}; a parse runs the whole of commonmark's block and inline
 * machinery and the allow-list's visitor for them (issue 18: 11–17 % of an export's processor time), and most
 * news bodies are such paragraphs with a heading and a short list.
 * This writes what {@link AllowListedHtml} writes for the parsed document, byte for byte
 * ({@code SimpleMarkdownProperties} holds it to the parse over generated and hostile text).
 *
 * <p>Strict by design, any doubt gives null and the full path:
 * <ul>
 * <li>blocks are paragraphs, ATX headings {@code # x} to {@code ###### x} of one line, and bullet lists of
 *     {@code - x} items of one line each, one item a line (a tight list); a heading or a list starts the text or
 *     follows a blank line, and a blank line or the end follows it; no list follows another (they would be one
 *     loose list); a one-line field with a heading or a list is not simple;</li>
 * <li>a line (and a heading's or an item's text) starts with a letter, an opening parenthesis or quote, digits not followed by {@code .} or {@code )},
 *     or one of the constructs below; no line starts or ends with a space; lines are joined by one line break
 *     (a soft break) or several (a new paragraph); no tab, carriage return or other control character;</li>
 * <li>text is letters, digits, spaces, {@code , . ; ? ' " ( ) / % + - =} and characters above U+00A0 that are not
 *     white space; {@code !} not before {@code [}; {@code :} before a space or a line's end, or opening a
 *     shortcode {@code :name:} that stands apart; {@code &} and {@code <} before a space; {@code >} inside a line;
 *     nowhere {@code www.};</li>
 * <li>{@code *x*} and {@code **x**} after a line's start, a space or {@code (}, around letters, digits, spaces and
 *     the punctuation above, from and to a letter or digit, and followed by a space, a line's end or
 *     {@code , . ; : ? ! )};</li>
 * <li>{@code `x`} of one backtick each side, neither end a space;</li>
 * <li>{@code [x](address)} as emphasis stands, of plain text, the address of URL characters the allow-list keeps
 *     as written, without a title;</li>
 * <li>{@code $tex$} by {@link MathInlineParser}'s rule on one line, when the allow-list's formula HTML holds
 *     no link or media.</li>
 * </ul>
 */
final class SimpleMarkdown {
    /** The allow-list's HTML of an inline formula, or null when only the sanitiser can write it. */
    @FunctionalInterface
    interface Formulas {
        String html(String tex);
    }

    private static final UrlSanitizer URLS = new DefaultUrlSanitizer();
    /** Below MathInlineParser's budget of 1,000 characters, so a formula never meets it. */
    private static final int MAX_FORMULA = 900;

    private static final int TEXT = 0;
    private static final int PARAGRAPH = 1;
    private static final int EMPHASIS = 2;
    private static final int STRONG = 3;
    private static final int CODE = 4;
    private static final int LINK = 5;
    private static final int FORMULA = 6;
    /** A block of its own starts: a paragraph, a heading (its level in the token's first number), a list's first item. */
    private static final int OPEN_PARAGRAPH = 7;
    private static final int OPEN_HEADING = 8;
    private static final int OPEN_LIST = 9;
    /** A list's next item, on the next line. */
    private static final int ITEM = 10;

    private SimpleMarkdown() {
    }

    /**
     * The HTML of {@code text} as {@link MarkdownRenderer#render} writes it ({@code inline} false: paragraphs) or
     * as {@link MarkdownRenderer#renderInline} writes it (its paragraphs' content joined by spaces; {@code text}
     * already stripped), or null when the text is not simple. Link addresses go through {@code links} in the
     * document's order, only when the text is simple. {@code formulas} null: text with a formula is not simple.
     */
    static RenderedMarkdown render(String text, boolean inline, LinkRewriter links, Formulas formulas) {
        Tokens tokens = scan(text, formulas);
        return tokens == null ? null : tokens.write(text, inline, links);
    }

    /** Whether {@code text} is simple, for the tests. */
    static boolean is(String text, Formulas formulas) {
        return scan(text, formulas) != null;
    }

    private static Tokens scan(String s, Formulas formulas) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        if (end == 0 || s.charAt(end - 1) == ' ' || containsWww(s, end)) {
            return null;
        }
        Tokens tokens = new Tokens();
        int i = openBlock(s, 0, end, tokens);
        int textStart = i;
        while (i < end) {
            if (i < 0) {
                return null;
            }
            char c = s.charAt(i);
            if (isAsciiLetterOrDigit(c) || c == ' ') {
                i++;
                continue;
            }
            char next = i + 1 < end ? s.charAt(i + 1) : '\n';
            switch (c) {
                case ',', '.', ';', '?', '\'', '"', '(', ')', '/', '%', '+', '-', '=', '>' -> i++;
                case '!' -> {
                    if (next == '[') {
                        return null;
                    }
                    i++;
                }
                case '&', '<' -> {
                    if (next != ' ') {
                        return null;
                    }
                    i++;
                }
                case ':' -> {
                    if (next == ' ' || next == '\n') {
                        i++;
                    } else {
                        i = shortcodeEnd(s, i, end);
                    }
                }
                case '\n' -> {
                    if (s.charAt(i - 1) == ' ') {
                        return null;
                    }
                    int j = i;
                    while (j < end && s.charAt(j) == '\n') {
                        j++;
                    }
                    if (j - i > 1) {
                        tokens.add(TEXT, textStart, i);
                        tokens.add(PARAGRAPH, i, j);
                        i = textStart = openBlock(s, j, end, tokens);
                    } else if (tokens.block == OPEN_HEADING) {
                        // a heading is one line, and a blank line follows it
                        return null;
                    } else if (tokens.block == OPEN_LIST) {
                        // every line of a list is an item of its own: no continuation, no other block
                        if (!opensItem(s, j, end)) {
                            return null;
                        }
                        tokens.add(TEXT, textStart, i);
                        tokens.add(ITEM, i, j + 2);
                        i = textStart = j + 2;
                    } else {
                        i = startsLine(s, j, end) ? j : -1;
                    }
                }
                case '*' -> {
                    int close = emphasisEnd(s, i, end);
                    if (close < 0) {
                        return null;
                    }
                    int run = s.charAt(i + 1) == '*' ? 2 : 1;
                    tokens.add(TEXT, textStart, i);
                    tokens.add(run == 1 ? EMPHASIS : STRONG, i + run, close);
                    i = textStart = close + run;
                }
                case '`' -> {
                    int close = codeEnd(s, i, end);
                    if (close < 0) {
                        return null;
                    }
                    tokens.add(TEXT, textStart, i);
                    tokens.add(CODE, i + 1, close);
                    i = textStart = close + 1;
                }
                case '[' -> {
                    i = link(s, i, end, tokens, textStart);
                    textStart = i;
                }
                case '$' -> {
                    i = formula(s, i, end, tokens, textStart, formulas);
                    textStart = i;
                }
                default -> i = otherCharacterEnd(s, i, end);
            }
            if (i < 0) {
                return null;
            }
        }
        tokens.add(TEXT, textStart, end);
        return tokens;
    }

    /**
     * The block starting at {@code i}, after a blank line or at the start, added: an ATX heading {@code # x} to
     * {@code ###### x}, a bullet list's first item {@code - x} (not right after another list, which would make one
     * loose list of both), or a paragraph; where its text starts, or -1.
     */
    private static int openBlock(String s, int i, int end, Tokens tokens) {
        int previous = tokens.block;
        int hashes = 0;
        while (i + hashes < end && s.charAt(i + hashes) == '#') {
            hashes++;
        }
        if (hashes > 0) {
            int from = i + hashes + 1;
            if (hashes > 6 || from >= end || s.charAt(from - 1) != ' ' || !startsLine(s, from, end)) {
                return -1;
            }
            tokens.block = OPEN_HEADING;
            tokens.add(OPEN_HEADING, hashes, 0);
            return from;
        }
        if (s.charAt(i) == '-') {
            if (previous == OPEN_LIST || !opensItem(s, i, end)) {
                return -1;
            }
            tokens.block = OPEN_LIST;
            tokens.add(OPEN_LIST, i, i + 2);
            return i + 2;
        }
        if (!startsLine(s, i, end)) {
            return -1;
        }
        tokens.block = OPEN_PARAGRAPH;
        tokens.add(OPEN_PARAGRAPH, i, i);
        return i;
    }

    /** A list item {@code - x} starts at {@code i}: a dash, one space, then what may start a line. */
    private static boolean opensItem(String s, int i, int end) {
        return i + 2 < end && s.charAt(i) == '-' && s.charAt(i + 1) == ' ' && startsLine(s, i + 2, end);
    }

    /**
     * A line may start here: with a letter, an opening parenthesis or quote, digits that open no list, or a
     * construct that opens no block ({@code *x}, {@code `x}, {@code [x}, {@code $x}; the construct's own check
     * follows).
     */
    private static boolean startsLine(String s, int i, int end) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            int j = i;
            while (j < end && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            return j == end || s.charAt(j) != '.' && s.charAt(j) != ')';
        }
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && Character.isLetter(c)
                || c == '(' || c == '"' || c == '\'' || c == '*' || c == '`' || c == '[' || c == '$';
    }

    /** After the shortcode {@code :name:} opening at {@code i}, standing apart; else -1. */
    private static int shortcodeEnd(String s, int i, int end) {
        if (!opensHere(s, i)) {
            return -1;
        }
        int k = i + 1;
        while (k < end && (s.charAt(k) >= 'a' && s.charAt(k) <= 'z' || s.charAt(k) >= '0' && s.charAt(k) <= '9'
                || s.charAt(k) == '+' || s.charAt(k) == '-')) {
            k++;
        }
        if (k == i + 1 || k >= end || s.charAt(k) != ':' || !closesBefore(s, k + 1, end) || k + 1 < end && s.charAt(k + 1) == ':') {
            return -1;
        }
        return k + 1;
    }

    /** Where the emphasis opened by the run of one or two stars at {@code i} closes; else -1. */
    private static int emphasisEnd(String s, int i, int end) {
        int run = i + 1 < end && s.charAt(i + 1) == '*' ? 2 : 1;
        int from = i + run;
        if (from >= end || s.charAt(from) == '*' || !isAsciiLetterOrDigit(s.charAt(from)) || !opensHere(s, i)) {
            return -1;
        }
        int k = from;
        while (k < end && s.charAt(k) != '*') {
            k = plainEnd(s, k, end);
            if (k < 0) {
                return -1;
            }
        }
        if (k + run > end || !isAsciiLetterOrDigit(s.charAt(k - 1))) {
            return -1;
        }
        for (int m = 1; m < run; m++) {
            if (s.charAt(k + m) != '*') {
                return -1;
            }
        }
        if (k + run < end && s.charAt(k + run) == '*' || !closesBefore(s, k + run, end)) {
            return -1;
        }
        return k;
    }

    /** Where the code span opened by the single backtick at {@code i} closes; else -1. */
    private static int codeEnd(String s, int i, int end) {
        int k = i + 1;
        if (k >= end || s.charAt(k) == '`' || s.charAt(k) == ' ') {
            return -1;
        }
        while (k < end && s.charAt(k) != '`') {
            char c = s.charAt(k);
            if (c < ' ' || c >= '\u007F' && c < '\u00A0') {
                return -1;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || k + 1 >= end || !Character.isLowSurrogate(s.charAt(k + 1))) {
                    return -1;
                }
                k++;
            }
            k++;
        }
        if (k >= end || s.charAt(k - 1) == ' ' || k + 1 < end && s.charAt(k + 1) == '`') {
            return -1;
        }
        return k;
    }

    /** The link {@code [text](address)} at {@code i} added; where the text goes on, or -1. */
    private static int link(String s, int i, int end, Tokens tokens, int textStart) {
        int from = i + 1;
        if (!opensHere(s, i) || from >= end || !isAsciiLetterOrDigit(s.charAt(from))) {
            return -1;
        }
        int k = from;
        while (k < end && s.charAt(k) != ']') {
            k = plainEnd(s, k, end);
            if (k < 0) {
                return -1;
            }
        }
        if (k + 1 >= end || s.charAt(k + 1) != '(' || s.charAt(k - 1) == ' ') {
            return -1;
        }
        int d = k + 2;
        while (d < end && s.charAt(d) != ')') {
            if (!isAddressCharacter(s.charAt(d))) {
                return -1;
            }
            d++;
        }
        if (d >= end || d == k + 2 || !closesBefore(s, d + 1, end)) {
            return -1;
        }
        String address = URLS.sanitizeLinkUrl(s.substring(k + 2, d)).strip();
        if (!AllowListedHtml.keptAsWritten(address)) {
            return -1;
        }
        tokens.add(TEXT, textStart, i);
        tokens.add(LINK, from, k);
        tokens.addresses.add(address);
        return d + 1;
    }

    /** The formula {@code $tex$} at {@code i} added, by {@link MathInlineParser}'s rule; where the text goes on, or -1. */
    private static int formula(String s, int i, int end, Tokens tokens, int textStart, Formulas formulas) {
        int from = i + 1;
        if (formulas == null || from >= end || s.charAt(from) == '$' || Character.isWhitespace(s.charAt(from))) {
            return -1;
        }
        int k = from;
        while (k < end && s.charAt(k) != '$') {
            char c = s.charAt(k);
            if (c < ' ' || k - from > MAX_FORMULA) {
                return -1;
            }
            if (c == '\\') {
                // the escaped character is the formula's, as MathInlineParser takes it
                if (k + 1 >= end || s.charAt(k + 1) < ' ') {
                    return -1;
                }
                k++;
            }
            k++;
        }
        if (k >= end || Character.isWhitespace(s.charAt(k - 1))) {
            return -1;
        }
        char after = k + 1 < end ? s.charAt(k + 1) : '\0';
        if (Character.isDigit(after) || after == '$') {
            return -1;
        }
        String html = formulas.html(s.substring(from, k));
        if (html == null) {
            return -1;
        }
        tokens.add(TEXT, textStart, i);
        tokens.add(FORMULA, from, k);
        tokens.formulas.add(html);
        return k + 1;
    }

    /** After the character at {@code k} when it is plain text (as in emphasis and link text); else -1. */
    private static int plainEnd(String s, int k, int end) {
        char c = s.charAt(k);
        if (isAsciiLetterOrDigit(c) || c == ' ') {
            return k + 1;
        }
        return switch (c) {
            case ',', '.', ';', '?', '\'', '"', '(', ')', '/', '%', '+', '-', '=' -> k + 1;
            default -> c < '\u00A0' ? -1 : otherCharacterEnd(s, k, end);
        };
    }

    /** After the character (or surrogate pair) at {@code k} when it is above U+00A0 and not white space; else -1. */
    private static int otherCharacterEnd(String s, int k, int end) {
        char c = s.charAt(k);
        if (c < '\u00A0' || c == '\uFFFD' || c == '\uFEFF') {
            return -1;
        }
        int codePoint = c;
        int after = k + 1;
        if (Character.isSurrogate(c)) {
            if (!Character.isHighSurrogate(c) || after >= end || !Character.isLowSurrogate(s.charAt(after))) {
                return -1;
            }
            codePoint = Character.toCodePoint(c, s.charAt(after));
            after++;
        }
        return Character.isSpaceChar(codePoint) || Character.isWhitespace(codePoint) ? -1 : after;
    }

    /** A construct may open at {@code i}: at a line's start, or after a space or an opening parenthesis. */
    private static boolean opensHere(String s, int i) {
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        return before == '\n' || before == ' ' || before == '(';
    }

    /** A construct may close before {@code k}: at the end, a line's end, a space or closing punctuation. */
    private static boolean closesBefore(String s, int k, int end) {
        if (k >= end) {
            return true;
        }
        char c = s.charAt(k);
        return c == ' ' || c == '\n' || c == ',' || c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Characters of a link's address that neither commonmark nor the allow-list reads as more than themselves. */
    private static boolean isAddressCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == '/' || c == ':' || c == '.' || c == '-' || c == '_' || c == '~'
                || c == '?' || c == '#' || c == '@' || c == '+' || c == ',' || c == ';' || c == '=' || c == '%';
    }

    /** {@code www.} anywhere before {@code end}, in any case: an address without a scheme that the autolinker links. */
    private static boolean containsWww(String text, int end) {
        for (int i = text.indexOf('.', 3); i >= 0 && i < end; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** The scanned text: kinds and spans, three ints a token; links' addresses and formulas' HTML in order. */
    private static final class Tokens {
        private int[] spans = new int[48];
        private int size;
        final List<String> addresses = new ArrayList<>(2);
        final List<String> formulas = new ArrayList<>(1);
        /** The kind of the block being scanned: a paragraph, a heading or a list. */
        int block = -1;
        /** Whether a heading or a list was scanned: a one-line field's HTML is then the parse's. */
        boolean blocks;

        void add(int kind, int from, int to) {
            if (kind == OPEN_HEADING || kind == OPEN_LIST) {
                blocks = true;
            }
            if (kind == TEXT && from == to) {
                return;
            }
            if (size + 3 > spans.length) {
                spans = java.util.Arrays.copyOf(spans, spans.length * 2);
            }
            spans[size++] = kind;
            spans[size++] = from;
            spans[size++] = to;
        }

        RenderedMarkdown write(String s, boolean inline, LinkRewriter links) {
            if (inline && blocks) {
                return null;
            }
            StringBuilder out = new StringBuilder(s.length() + 16 + 64 * (addresses.size() + formulas.size()));
            int link = 0;
            int formula = 0;
            int open = -1;
            int level = 0;
            HeadingIds.Numbering ids = null;
            for (int t = 0; t < size; t += 3) {
                int from = spans[t + 1];
                int to = spans[t + 2];
                switch (spans[t]) {
                    case TEXT -> text(s, from, to, out);
                    case OPEN_PARAGRAPH -> {
                        open = OPEN_PARAGRAPH;
                        if (!inline) {
                            out.append("<p>");
                        }
                    }
                    case OPEN_HEADING -> {
                        open = OPEN_HEADING;
                        level = from;
                        if (ids == null) {
                            ids = HeadingIds.generator();
                        }
                        out.append("<h").append(level).append(" id=\"").append(HeadingIds.id(ids, headingText(s, t)))
                                .append("\">");
                    }
                    case OPEN_LIST -> {
                        open = OPEN_LIST;
                        out.append("<ul>\n<li>");
                    }
                    case ITEM -> out.append("</li>\n<li>");
                    case PARAGRAPH -> close(open, level, inline, out).append(inline ? " " : "\n");
                    case EMPHASIS -> AllowListedHtml.escape(s, from, to, false, out.append("<em>")).append("</em>");
                    case STRONG -> AllowListedHtml.escape(s, from, to, false, out.append("<strong>")).append("</strong>");
                    case CODE -> AllowListedHtml.escape(s, from, to, false, out.append("<code>")).append("</code>");
                    case LINK -> {
                        String address = addresses.get(link++);
                        String rewritten = address.isEmpty() ? "" : links.rewrite(address);
                        out.append("<a");
                        if (rewritten != null && !rewritten.isEmpty()) {
                            AllowListedHtml.escape(rewritten, 0, rewritten.length(), true, out.append(" href=\"")).append('"');
                        }
                        AllowListedHtml.escape(s, from, to, false, out.append('>')).append("</a>");
                    }
                    default -> out.append(formulas.get(formula++));
                }
            }
            close(open, level, inline, out);
            return new RenderedMarkdown(out.toString(), !formulas.isEmpty());
        }

        private static StringBuilder close(int open, int level, boolean inline, StringBuilder out) {
            return switch (open) {
                case OPEN_HEADING -> out.append("</h").append(level).append('>');
                case OPEN_LIST -> out.append("</li>\n</ul>");
                default -> inline ? out : out.append("</p>");
            };
        }

        /**
         * The text of the heading opened by the token at {@code t}, as {@link HeadingIds} reads it from the parsed
         * heading: its text and code nodes' literals, shortcodes replaced, formulas left out.
         */
        private String headingText(String s, int t) {
            StringBuilder text = new StringBuilder();
            for (int u = t + 3; u < size && spans[u] != PARAGRAPH; u += 3) {
                int from = spans[u + 1];
                int to = spans[u + 2];
                switch (spans[u]) {
                    case TEXT -> text.append(s.indexOf(':', from) >= 0 && s.indexOf(':', from) < to
                            ? EmojiShortcodes.replace(s.substring(from, to)) : s.substring(from, to));
                    case EMPHASIS, STRONG, CODE, LINK -> text.append(s, from, to);
                    default -> {
                        // a formula is a node of its own, without text nodes
                    }
                }
            }
            return text.toString();
        }

        /** Text as its node's literal is written: emoji shortcodes replaced, then escaped. */
        private static void text(String s, int from, int to, StringBuilder out) {
            int colon = s.indexOf(':', from);
            if (colon >= 0 && colon < to) {
                String replaced = EmojiShortcodes.replace(s.substring(from, to));
                AllowListedHtml.escape(replaced, 0, replaced.length(), false, out);
            } else {
                AllowListedHtml.escape(s, from, to, false, out);
            }
        }
    }
}
