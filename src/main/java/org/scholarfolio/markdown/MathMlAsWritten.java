package org.scholarfolio.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Tells, without parsing it as HTML, that a formula's HTML as {@link MathNodeRenderer} writes it would come back from
 * {@link HtmlSanitizer#clean} unchanged: the outer {@code <span class="math …">}, then MathML elements of the
 * allow-list only, with the allow-list's presentation attributes only, nested as written, and text and attribute
 * values already in the form jsoup writes them ({@link AllowListedHtml#escape}). Anything else (another element or
 * attribute, an entity but {@code &amp;}, {@code &lt;}, {@code &gt;} or {@code &quot;}, a self-closing tag, a tag in
 * an element the HTML parser reads as text) is left to the sanitiser. The first formula of an export was what made it
 * load and run jsoup's HTML parser and cleaner, when no other text needed them. {@code MathMlAsWrittenProperties}
 * compares this with the sanitiser over typeset and made-up MathML.
 */
final class MathMlAsWritten {
    /** The MathML elements of {@link HtmlSanitizer}'s allow-list that KaTeX writes; none is void or raw text. */
    private static final Set<String> ELEMENTS = Set.of("math", "semantics", "annotation", "mrow", "mi", "mn", "mo",
            "ms", "mtext", "mspace", "mfrac", "msqrt", "mroot", "msub", "msup", "msubsup", "munder", "mover",
            "munderover", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom", "merror", "menclose");
    /** Elements the HTML parser reads their content as HTML in (MathML text integration points), and the annotation. */
    private static final Set<String> TEXT_ONLY = Set.of("mi", "mn", "mo", "ms", "mtext", "annotation");
    /** The allow-list's attributes for MathML elements, less those that name other documents. */
    private static final Set<String> ATTRIBUTES = Set.of("display", "displaystyle", "scriptlevel", "mathvariant",
            "mathcolor", "mathbackground", "stretchy", "fence", "separator", "form", "lspace", "rspace", "minsize",
            "maxsize", "largeop", "movablelimits", "symmetric", "accent", "accentunder", "linethickness", "width",
            "height", "depth", "voffset", "columnalign", "rowalign", "columnspacing", "rowspacing", "columnlines",
            "rowlines", "frame", "notation", "encoding");
    private static final String INLINE = "<span class=\"math inline\">";
    private static final String DISPLAY = "<span class=\"math display\">";
    private static final String END = "</span>";

    private final String html;
    private final int end;
    private int at;
    private final StringBuilder scratch = new StringBuilder();

    private MathMlAsWritten(String html, int from, int end) {
        this.html = html;
        this.at = from;
        this.end = end;
    }

    /** {@code html} when the allow-list would give it back as it is, else null (then the sanitiser must clean it). */
    static String unchanged(String html) {
        int from = html.startsWith(INLINE) ? INLINE.length() : html.startsWith(DISPLAY) ? DISPLAY.length() : -1;
        if (from < 0 || !html.endsWith(END) || html.length() < from + END.length()) {
            return null;
        }
        return new MathMlAsWritten(html, from, html.length() - END.length()).read() ? html : null;
    }

    private boolean read() {
        Deque<String> open = new ArrayDeque<>();
        while (at < end) {
            if (html.charAt(at) != '<') {
                int next = html.indexOf('<', at);
                int textEnd = next < 0 || next > end ? end : next;
                if (!asJsoupWrites(html.substring(at, textEnd), false)) {
                    return false;
                }
                at = textEnd;
            } else if (at + 1 < end && html.charAt(at + 1) == '/') {
                at += 2;
                String name = name();
                if (name == null || open.isEmpty() || !open.pop().equals(name) || !expect('>')) {
                    return false;
                }
            } else {
                at++;
                String name = name();
                if (name == null || !ELEMENTS.contains(name) || (open.isEmpty() ? !name.equals("math")
                        : TEXT_ONLY.contains(open.peek())) || !attributes()) {
                    return false;
                }
                open.push(name);
            }
        }
        return open.isEmpty();
    }

    /** {@code name="value"} pairs, each name once, up to and including the tag's {@code >}. */
    private boolean attributes() {
        Set<String> seen = new java.util.HashSet<>();
        while (at < end) {
            char c = html.charAt(at);
            if (c == '>') {
                at++;
                return true;
            }
            if (c != ' ') {
                return false;
            }
            at++;
            String name = name();
            if (name == null || !ATTRIBUTES.contains(name) || !seen.add(name) || !expect('=') || !expect('"')) {
                return false;
            }
            int close = html.indexOf('"', at);
            if (close < 0 || close >= end || !asJsoupWrites(html.substring(at, close), true)) {
                return false;
            }
            at = close + 1;
        }
        return false;
    }

    /** A lower-case name of letters and hyphens, or null. */
    private String name() {
        int from = at;
        while (at < end && ((html.charAt(at) >= 'a' && html.charAt(at) <= 'z') || (at > from && html.charAt(at) == '-'))) {
            at++;
        }
        return at == from ? null : html.substring(from, at);
    }

    private boolean expect(char c) {
        if (at < end && html.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    /** Whether jsoup, reading {@code written} and writing it again, gives the same characters. */
    private boolean asJsoupWrites(String written, boolean inAttribute) {
        StringBuilder read = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '&') {
                String entity = entityAt(written, i);
                if (entity == null) {
                    return false;
                }
                read.append(switch (entity) {
                    case "&amp;" -> '&';
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    default -> '"';
                });
                i += entity.length() - 1;
            } else if (c == '\r' || c == '\u0000') {
                return false; // the parser changes both before anything else sees them
            } else {
                read.append(c);
            }
        }
        scratch.setLength(0);
        AllowListedHtml.escape(read.toString(), inAttribute, scratch);
        return scratch.toString().contentEquals(written);
    }

    private static String entityAt(String s, int i) {
        for (String entity : new String[] {"&amp;", "&lt;", "&gt;", "&quot;"}) {
            if (s.startsWith(entity, i)) {
                return entity;
            }
        }
        return null;
    }
}
