package org.scholarfolio.importer.alfolio;

import java.util.Locale;
import java.util.Set;

/**
 * kramdown's typographic symbols and smart quotes, which the live al-folio site showed and CommonMark
 * does not make: {@code ---} an em dash, {@code --} an en dash, {@code ...} an ellipsis, straight
 * quotes curly, {@code <<} and {@code >>} guillemets (with a no-break space on the inner side when a
 * space is there: {@code << oui >>} is «&nbsp;oui&nbsp;»). {@link #toUnicode} writes them into an imported body as the reader saw them;
 * {@link #escaped} does the reverse for the al-folio export, backslash-escaping the characters kramdown
 * would change so that the al-folio site shows what the portfolio shows. Both leave alone what kramdown
 * leaves alone: code spans and blocks, math, link addresses and titles, bare addresses, HTML tags and
 * their attributes, the text of a raw HTML block, Liquid, and lines that are rules or table borders.
 * See docs/decisions/kramdown-html-rewritten-at-import.md.
 */
final class KramdownTypography {
    /** What {@link #toUnicode} changed. */
    record Result(String text, int dashes, int ellipses, int quotes, int guillemets) {
        int changes() {
            return dashes + ellipses + quotes + guillemets;
        }
    }

    /**
     * Elements whose text kramdown keeps as written (one string, so that the element name code is not
     * taken for the link kind's key by LinkKindTest's count of its spellings).
     */
    private static final Set<String> VERBATIM_ELEMENTS = Set.of("code kbd samp pre math script style".split(" "));
    /** kramdown's block-level HTML: a paragraph that opens with one is raw HTML, its text not parsed. */
    private static final Set<String> BLOCK_ELEMENTS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "script", "style",
            "math", "video", "audio", "object", "canvas", "noscript");

    private final boolean toUnicode;
    private final StringBuilder out;
    private int dashes;
    private int ellipses;
    private int quotes;
    private int guillemets;

    private KramdownTypography(boolean toUnicode, int length) {
        this.toUnicode = toUnicode;
        this.out = new StringBuilder(length + 16);
    }

    /** kramdown's typography applied; its escapes of these characters ({@code \"}) read back as plain ones. */
    static Result toUnicode(String markdown) {
        KramdownTypography t = new KramdownTypography(true, markdown.length());
        t.blocks(markdown);
        return new Result(t.out.toString(), t.dashes, t.ellipses, t.quotes, t.guillemets);
    }

    /** The characters kramdown would turn into dashes, an ellipsis or curly quotes, escaped. */
    static String escaped(String markdown) {
        KramdownTypography t = new KramdownTypography(false, markdown.length());
        t.blocks(markdown);
        return t.out.toString();
    }

    /** Block by block: fenced code, display math and raw HTML paragraphs are copied as they are. */
    private void blocks(String text) {
        String[] lines = text.split("\n", -1);
        String fence = null;
        boolean math = false;
        boolean rawParagraph = false;
        boolean paragraphStart = true;
        boolean comment = false;
        // an HTML tag whose attributes go on past its line ('"' or '\'' when inside a quoted value, ' ' when not):
        // its quotes are HTML's, and made curly the tag would be broken and shown on the page as text
        char openTag = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            String stripped = line.strip();
            if (comment) {
                // an HTML comment runs over blank lines to its "-->", which must stay as typed: made "–>",
                // it would close nothing, and the page's text after it would be taken for the comment
                int end = line.indexOf("-->");
                if (end < 0) {
                    out.append(line);
                    continue;
                }
                comment = false;
                out.append(line, 0, end + 3);
                String rest = line.substring(end + 3);
                if (rest.isBlank()) {
                    out.append(rest);
                } else {
                    comment = opensComment(rest);
                    span(rest);
                }
                continue;
            }
            if (openTag != 0 && !stripped.isEmpty()) {
                int end = tagClose(line, openTag);
                if (end < 0) {
                    openTag = tagStateAfter(line, openTag);
                    out.append(line);
                    continue;
                }
                out.append(line, 0, end + 1);
                String rest = line.substring(end + 1);
                span(rest);
                openTag = tagStateAfter(rest, (char) 0);
                continue;
            }
            openTag = 0;
            if (fence == null && !math && opensComment(line)) {
                comment = true;
            }
            if (fence != null) {
                char mark = fence.charAt(0);
                if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
                out.append(line);
                continue;
            }
            if (math) {
                math = !stripped.endsWith("$$");
                out.append(line);
                continue;
            }
            if (stripped.isEmpty()) {
                rawParagraph = false;
                paragraphStart = true;
                out.append(line);
                continue;
            }
            if (paragraphStart) {
                rawParagraph = opensRawHtml(stripped) || indentedCode(line);
                paragraphStart = false;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = stripped.substring(0, 3);
                out.append(line);
            } else if (stripped.startsWith("$$") && (stripped.length() == 2 || !stripped.endsWith("$$"))) {
                math = true;
                out.append(line);
            } else if (rawParagraph || stripped.matches("[-|:=*_+ \\t]+") || stripped.matches("\\[[^\\]]+]:.*")) {
                out.append(line); // a raw HTML block, a rule, a table border or heading line, a link definition
            } else {
                span(line);
                openTag = tagStateAfter(line, (char) 0);
            }
        }
    }

    /**
     * Going on from {@code state} through {@code line}: whether an HTML tag is open at its end, and how ({@code "} or
     * {@code '} inside a quoted value, a space between attributes; 0 when none is).
     */
    private static char tagStateAfter(String line, char state) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            state = state == 0 ? (c == '<' && i + 1 < line.length() && Character.isLetter(line.charAt(i + 1)) ? ' ' : 0)
                    : inTag(state, c);
        }
        return state;
    }

    /** Where the tag open at the start of {@code line} in {@code state} ends (its {@code >}); -1 when not on this line. */
    private static int tagClose(String line, char state) {
        for (int i = 0; i < line.length(); i++) {
            state = inTag(state, line.charAt(i));
            if (state == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Inside a tag: {@code >} outside a quoted value ends it, a quote opens or closes a value. */
    private static char inTag(char state, char c) {
        if (state == ' ') {
            return c == '>' ? 0 : c == '"' || c == '\'' ? c : ' ';
        }
        return c == state ? ' ' : state;
    }

    /** Whether {@code line} opens an HTML comment it does not close ({@code <!--} with no {@code -->} after it). */
    private static boolean opensComment(String line) {
        int open = line.lastIndexOf("<!--");
        return open >= 0 && line.indexOf("-->", open + 4) < 0;
    }

    private static boolean opensRawHtml(String stripped) {
        if (stripped.startsWith("<!--")) {
            return true;
        }
        if (stripped.length() < 2 || stripped.charAt(0) != '<') {
            return false;
        }
        int i = stripped.charAt(1) == '/' ? 2 : 1;
        int start = i;
        while (i < stripped.length() && Character.isLetterOrDigit(stripped.charAt(i))) {
            i++;
        }
        return BLOCK_ELEMENTS.contains(stripped.substring(start, i).toLowerCase(Locale.ROOT));
    }

    private static boolean indentedCode(String line) {
        return line.startsWith("    ") || line.startsWith("\t");
    }

    /** One line of a paragraph, heading, list item or table row. */
    private void span(String s) {
        int n = s.length();
        int i = quoteMarkers(s);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            int skip = verbatimEnd(s, i);
            if (skip > i) {
                out.append(s, i, skip);
                i = skip;
            } else if (c == '\\' && i + 1 < n) {
                char next = s.charAt(i + 1);
                if (toUnicode && unescapable(s, i)) {
                    out.append(next);
                } else {
                    out.append(c).append(next);
                }
                i += 2;
            } else if (c == '-' && s.startsWith("--", i)) {
                int run = s.startsWith("---", i) ? 3 : 2;
                if (toUnicode) {
                    out.append(run == 3 ? '\u2014' : '\u2013');
                    dashes++;
                } else {
                    out.append(run == 3 ? "-\\-\\-" : "-\\-");
                }
                i += run;
            } else if ((c == '<' || c == '>') && i + 1 < n && s.charAt(i + 1) == c) {
                i += guillemet(s, i);
            } else if (c == '.' && s.startsWith("...", i)) {
                if (toUnicode) {
                    out.append('\u2026');
                    ellipses++;
                } else {
                    out.append(".\\.\\.");
                }
                i += 3;
            } else if (c == '"' || c == '\'') {
                if (toUnicode) {
                    out.append(curly(s, i));
                    quotes++;
                } else {
                    out.append('\\').append(c);
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /**
     * {@code <<} or {@code >>} at {@code i}: kramdown's guillemet, with a no-break space for a space on
     * its inner side ({@code << } and {@code  >>} are symbols of their own). Returns the characters read.
     */
    private int guillemet(String s, int i) {
        char c = s.charAt(i);
        if (!toUnicode) {
            out.append('\\').append(c).append(c);
            return 2;
        }
        guillemets++;
        if (c == '<') {
            out.append('\u00AB');
            if (i + 2 < s.length() && s.charAt(i + 2) == ' ') {
                out.append('\u00A0');
                return 3;
            }
            return 2;
        }
        if (i > 0 && s.charAt(i - 1) == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setCharAt(out.length() - 1, '\u00A0');
        }
        out.append('\u00BB');
        return 2;
    }

    /** The length of the blockquote markers ({@code > >}) a line starts with: kramdown's, not guillemets. */
    private static int quoteMarkers(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i == s.length() || s.charAt(i) != '>') {
            return 0;
        }
        while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * An escape the portfolio's Markdown does not need: a quote, or the second dash or dot of a pair
     * (the escapes {@link #escaped} writes). A first dash or dot stays escaped: it may stop a list.
     */
    private static boolean unescapable(String s, int backslash) {
        char next = s.charAt(backslash + 1);
        if (next == '"' || next == '\'') {
            return true;
        }
        if ((next == '<' || next == '>') && backslash + 2 < s.length() && s.charAt(backslash + 2) == next) {
            return true; // the export's \<< and \>>
        }
        return (next == '-' || next == '.') && backslash > 0 && s.charAt(backslash - 1) == next;
    }

    /** Where a piece kramdown keeps as written ends, or {@code i} when none starts at {@code i}. */
    private static int verbatimEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '`') {
            int run = 0;
            while (i + run < s.length() && s.charAt(i + run) == '`') {
                run++;
            }
            int close = s.indexOf("`".repeat(run), i + run);
            return close < 0 ? i + run : close + run;
        }
        if (c == '$') {
            String delimiter = s.startsWith("$$", i) ? "$$" : "$";
            int close = s.indexOf(delimiter, i + delimiter.length());
            return close < 0 ? i : close + delimiter.length();
        }
        if (c == '{' && (s.startsWith("{{", i) || s.startsWith("{%", i))) {
            int close = s.indexOf(s.charAt(i + 1) == '{' ? "}}" : "%}", i + 2);
            return close < 0 ? i : close + 2;
        }
        if (c == ']' && s.startsWith("](", i)) {
            int depth = 0;
            for (int j = i + 1; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '\\') {
                    j++;
                } else if (d == '(') {
                    depth++;
                } else if (d == ')' && --depth == 0) {
                    return j + 1;
                }
            }
            return s.length();
        }
        if (c == '<' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/'
                || s.charAt(i + 1) == '!')) {
            return tagEnd(s, i);
        }
        if ((c == 'h' || c == 'w') && (s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i))
                && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
            int j = i;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '<') {
                j++;
            }
            return j;
        }
        return i;
    }

    /** The end of an HTML tag (or comment), and of the element's text for one kramdown keeps verbatim. */
    private static int tagEnd(String s, int lt) {
        if (s.startsWith("<!--", lt)) {
            int close = s.indexOf("-->", lt + 4);
            return close < 0 ? s.length() : close + 3;
        }
        int j = lt + 1;
        char quote = 0;
        for (; j < s.length(); j++) {
            char d = s.charAt(j);
            if (quote != 0) {
                if (d == quote) {
                    quote = 0;
                }
            } else if (d == '"' || d == '\'') {
                quote = d;
            } else if (d == '>') {
                break;
            }
        }
        int end = Math.min(j + 1, s.length());
        int nameStart = lt + 1;
        int nameEnd = nameStart;
        while (nameEnd < s.length() && Character.isLetterOrDigit(s.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        if (VERBATIM_ELEMENTS.contains(name)) {
            int close = s.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
            if (close >= 0) {
                return tagEnd(s, close);
            }
        }
        return end;
    }

    /** The curly quote a straight one at {@code i} becomes, as kramdown's smart quotes choose it. */
    private static char curly(String s, int i) {
        char c = s.charAt(i);
        char before = i == 0 ? ' ' : s.charAt(i - 1);
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        boolean opensAfter = Character.isWhitespace(before) || "([{\u2013\u2014-\"'\u201C\u2018".indexOf(before) >= 0;
        if (c == '\'') {
            if (Character.isLetterOrDigit(before)) {
                return '\u2019'; // it's, the authors'
            }
            if (opensAfter && Character.isDigit(after)) {
                return '\u2019'; // '90s
            }
            return opensAfter && !Character.isWhitespace(after) ? '\u2018' : '\u2019';
        }
        return opensAfter && !Character.isWhitespace(after) ? '\u201C' : '\u201D';
    }
}
