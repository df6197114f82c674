package org.scholarfolio.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The text jsoup's {@code Element.text()} gives for a body fragment, read straight from HTML of the
 * plain kind the app's Markdown writes (paragraphs, lists, quotes, headings, emphasis, code, links),
 * without building a document. An export takes a description and a summary from every abstract and
 * news item; parsing each into a tree was the largest part of jsoup's share of a 10,000-publication
 * export. A formula's MathML reads as {@link PageHead#plainText} reads it once parsed: its typeset
 * characters without spaces, its TeX annotation left out. Anything else (tables, comments, entities
 * other than the escaper's, tags nested in ways the HTML parser would repair) gives {@code null}, and
 * the caller parses. The separators
 * follow jsoup 1.24's text accumulator: a space before a block or a line break, and after a block or
 * an image that text or an inline element follows; runs of white space become one space.
 * {@code ReadableTextProperties} compares the two over generated HTML.
 */
final class ReadableText {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "div", "hr");
    /** Blocks that hold only inline content: another block inside one is closed or moved by the parser. */
    private static final Set<String> INLINE_HOLDERS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> INLINES = Set.of("a", "em", "strong", "code", "span", "sup", "sub", "b", "i",
            "u", "small", "mark", "abbr", "kbd", "cite", "q", "s", "del", "ins", "br", "img", "wbr");
    private static final Set<String> VOIDS = Set.of("hr", "br", "img", "wbr");
    private static final int[] NO_HEADINGS = {};

    private final String html;
    /** Whether formulas read as typeset text (the HTML holds a TeX annotation), or hand the HTML back. */
    private final boolean formulas;
    private final StringBuilder text;
    private final Deque<String> open = new ArrayDeque<>();
    /** Open elements from a {@code <math>} down, and from an {@code <annotation>} down; 0 outside. */
    private int inMath;
    private int inAnnotation;
    private int at;
    /** Where each heading element starts (its {@code <}) and ends (after its end tag's {@code >}), in pairs. */
    private int[] headings = NO_HEADINGS;
    private int headingEnds;

    private ReadableText(String html) {
        this.html = html;
        this.formulas = html.contains("<annotation");
        this.text = new StringBuilder(html.length());
    }

    /** The fragment's text, or null when it holds anything but the plain HTML described above. */
    static String of(String html) {
        ReadableText reader = new ReadableText(html);
        return reader.read() ? reader.text.toString().trim() : null;
    }

    /**
     * The fragment without its headings ({@code h1}–{@code h6}, each element cut out whole), or null when it holds
     * anything but the plain HTML described above: the fragment jsoup's document would be once its headings were
     * removed, as a parsed one needs no repair (an extra page's description, {@link PageHead#pageSummary}).
     */
    static String withoutHeadings(String html) {
        ReadableText reader = new ReadableText(html);
        if (!reader.read()) {
            return null;
        }
        if (reader.headingEnds == 0) {
            return html;
        }
        StringBuilder cut = new StringBuilder(html.length());
        int from = 0;
        for (int i = 0; i < reader.headingEnds; i += 2) {
            cut.append(html, from, reader.headings[i]);
            from = reader.headings[i + 1];
        }
        return cut.append(html, from, html.length()).toString();
    }

    private boolean read() {
        while (at < html.length()) {
            int run = inMath == 0 ? endOfPlainRun(at) : at;
            if (run > at) {
                text.append(html, at, run);
                at = run;
                continue;
            }
            char c = html.charAt(at);
            boolean ok = c == '<' ? tag() : c == '&' ? reference() : character(c);
            if (!ok) {
                return false;
            }
        }
        return open.isEmpty();
    }

    /** The end of the characters from {@code from} on that a text node keeps as they are. */
    private int endOfPlainRun(int from) {
        int i = from;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c <= ' ' || c == '<' || c == '&' || c == '\u00A0' || c == '\u00AD' || c == '\u200B') {
                break;
            }
            i++;
        }
        return i;
    }

    private boolean character(char c) {
        if (c == 0 || inMath > 0 && c < ' ' && "\t\n\f\r".indexOf(c) < 0) {
            return false; // the parser drops the one; the formula's text is trimmed of the others
        }
        at++;
        append(c);
        return true;
    }

    /**
     * A character of a text node, as jsoup normalises white space and drops invisible ones; in a
     * formula no white space at all, and nothing of its annotation.
     */
    private void append(int c) {
        boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
        if (inAnnotation > 0 || inMath > 0 && white || c == '\u200B' || c == '\u00AD') {
            return;
        }
        if (!white) {
            text.appendCodePoint(c);
        } else {
            separate();
        }
    }

    private void separate() {
        if (text.isEmpty() || text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    private boolean tag() {
        int start = at + 1;
        boolean end = start < html.length() && html.charAt(start) == '/';
        int nameStart = end ? start + 1 : start;
        int nameEnd = endOfName(nameStart);
        if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart)) || nameEnd == html.length()
                || " \t\n\f\r/>".indexOf(html.charAt(nameEnd)) < 0) {
            return false;
        }
        String name = html.substring(nameStart, nameEnd);
        return end ? endTag(name, nameEnd) : startTag(name, nameEnd);
    }

    private int endOfName(int from) {
        int i = from;
        while (i < html.length() && isNameChar(html.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the start tag whose {@code >} is at {@code close} ends in {@code />}. */
    private boolean isSelfClosed(int close, int afterName) {
        return close - 1 >= afterName && html.charAt(close - 1) == '/';
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private boolean startTag(String name, int afterName) {
        if (inMath > 0 || name.equals("math")) {
            return mathTag(name, afterName);
        }
        boolean block = BLOCKS.contains(name);
        if (!block && !INLINES.contains(name) || !fitsWhereItOpens(name, block)) {
            return false;
        }
        int close = endOfAttributes(afterName);
        if (close < 0) {
            return false;
        }
        if (isSelfClosed(close, afterName) && !VOIDS.contains(name)) {
            return false;
        }
        int tagStart = at;
        at = close + 1;
        if (block || name.equals("br")) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }
        if (VOIDS.contains(name)) {
            closed(name);
        } else {
            open.push(name);
        }
        if (isHeading(name)) {
            mark(tagStart);
        }
        return true;
    }

    /** h1 to h6; one never holds another (a block in a heading is handed back, {@link #fitsWhereItOpens}). */
    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private void mark(int position) {
        if (headingEnds == headings.length) {
            headings = java.util.Arrays.copyOf(headings, Math.max(8, 2 * headings.length));
        }
        headings[headingEnds++] = position;
    }

    /**
     * A tag of a formula: MathML's own elements only (an HTML one would end the formula for the
     * parser); a self-closed one is empty, as in MathML.
     */
    private boolean mathTag(String name, int afterName) {
        boolean mathml = name.equals("math") ? inMath == 0 && formulas && fitsWhereItOpens(name, false)
                : name.startsWith("m") || name.equals("semantics") || name.equals("annotation");
        int close = mathml ? endOfAttributes(afterName) : -1;
        if (close < 0) {
            return false;
        }
        at = close + 1;
        if (!isSelfClosed(close, afterName)) {
            open.push(name);
            inMath++;
            inAnnotation += inAnnotation > 0 || name.equals("annotation") ? 1 : 0;
        }
        return true;
    }

    /** True when the parser would put the element where the tags say, with nothing closed or moved. */
    private boolean fitsWhereItOpens(String name, boolean block) {
        if (name.equals("a") && open.contains("a")) {
            return false;
        }
        if (block) {
            for (String outer : open) {
                if (INLINES.contains(outer) || INLINE_HOLDERS.contains(outer)) {
                    return false;
                }
            }
            String parent = open.peek();
            boolean inList = "ul".equals(parent) || "ol".equals(parent);
            return name.equals("li") == inList;
        }
        String parent = open.peek();
        return !"ul".equals(parent) && !"ol".equals(parent);
    }

    /** The index of the start tag's {@code >}, past quoted attribute values; -1 for anything unusual. */
    private int endOfAttributes(int from) {
        int i = from;
        while (true) {
            i = skipSpace(i);
            if (i >= html.length()) {
                return -1;
            }
            char c = html.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '/') {
                return i + 1 < html.length() && html.charAt(i + 1) == '>' ? i + 1 : -1;
            }
            int nameStart = i;
            while (i < html.length() && "\t\n\f\r />=\"'<".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            if (i == nameStart) {
                return -1;
            }
            i = skipSpace(i);
            if (i < html.length() && html.charAt(i) == '=') {
                i = skipSpace(i + 1);
                if (i >= html.length() || html.charAt(i) != '"' && html.charAt(i) != '\'') {
                    return -1;
                }
                int closingQuote = html.indexOf(html.charAt(i), i + 1);
                if (closingQuote < 0) {
                    return -1;
                }
                i = closingQuote + 1;
                if (i < html.length() && " \t\n\f\r/>".indexOf(html.charAt(i)) < 0) {
                    return -1;
                }
            }
        }
    }

    private int skipSpace(int i) {
        while (i < html.length() && " \t\n\f\r".indexOf(html.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private boolean endTag(String name, int afterName) {
        if (!name.equals(open.peek()) || afterName >= html.length() || html.charAt(afterName) != '>') {
            return false;
        }
        open.pop();
        at = afterName + 1;
        if (inMath > 0) {
            inMath--;
            inAnnotation -= inAnnotation > 0 ? 1 : 0;
            return true;
        }
        if (isHeading(name)) {
            mark(at);
        }
        closed(name);
        return true;
    }

    /** After a block or an image: a space when text or an inline element follows it. */
    private void closed(String name) {
        if (!BLOCKS.contains(name) && !name.equals("img")) {
            return;
        }
        if (at >= html.length()) {
            return;
        }
        char next = html.charAt(at);
        boolean inlineFollows = next != '<';
        if (next == '<' && at + 1 < html.length() && html.charAt(at + 1) != '/') {
            int nameEnd = endOfName(at + 1);
            String following = html.substring(at + 1, nameEnd);
            inlineFollows = INLINES.contains(following) || following.equals("math");
        }
        if (inlineFollows) {
            separate();
        }
    }

    /** The escaper's references and numeric ones for ordinary characters; anything else is the parser's. */
    private boolean reference() {
        int semicolon = html.indexOf(';', at);
        if (semicolon < 0 || semicolon - at > 10) {
            return false;
        }
        String name = html.substring(at + 1, semicolon);
        int c = switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00A0';
            default -> numeric(name);
        };
        if (c < 0) {
            return false;
        }
        at = semicolon + 1;
        append(c);
        return true;
    }

    private static int numeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 6
                || !digits.chars().allMatch(d -> Character.digit(d, hex ? 16 : 10) >= 0 && d < 0x80)) {
            return -1;
        }
        int c = Integer.parseInt(digits, hex ? 16 : 10);
        boolean ordinary = c == '\t' || c == '\n' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800
                || c >= 0xE000 && c < 0xFDD0 || c > 0xFDEF && c <= 0x10FFFF && (c & 0xFFFE) != 0xFFFE;
        return ordinary ? c : -1;
    }
}
