package org.scholarfolio.ui.preview;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Walks a page body's markup element by element, nesting them as the markup says, for
 * {@link ChangedElement} and {@link PageSlices}: start and end tags, comments, void elements and
 * raw-text elements (whose content is not markup), and self-closing tags in SVG and MathML. It gives up, answering null, at markup a browser
 * would nest otherwise (an end tag that does not close the element on top, an element left open at
 * the end, an unclosed comment or tag), where neither may name an element by its place.
 */
final class ElementScan {
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
    /**
     * Elements below which the browser's tree may differ from the markup (a table gets a tbody the
     * markup left out; foreign content and templates have rules of their own): never named, nor anything inside.
     */
    static final Set<String> REBUILT = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup", "select",
            "template", "svg", "math", "ruby");

    /** What a scan reports, in the markup's order. */
    interface Visitor {
        /** {@code element} ends: its end tag starts at {@code endTagStart}, the markup goes on at {@code next}. */
        void closed(OpenElement element, int endTagStart, int next);

        /** A void or raw-text element child of {@code parent} ended just before {@code next}. */
        void leafClosed(OpenElement parent, int next);
    }

    private ElementScan() {
    }

    /** The body element, with its children counted, after a scan of the whole of {@code html}; null when the markup cannot be followed. */
    static OpenElement scan(String html, Visitor visitor) {
        Deque<OpenElement> open = new ArrayDeque<>();
        OpenElement body = new OpenElement("body", 0, null, 0, true);
        open.push(body);
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                if (end < 0) {
                    return null;
                }
                i = end + 3;
            } else if (html.startsWith("</", lt)) {
                int gt = html.indexOf('>', lt);
                if (gt < 0) {
                    return null;
                }
                String name = html.substring(lt + 2, gt).strip().toLowerCase(Locale.ROOT);
                OpenElement top = open.peek();
                if (top == body || !top.name.equals(name)) {
                    return null; // an end tag the parser would match differently
                }
                open.pop();
                i = gt + 1;
                visitor.closed(top, lt, i);
            } else if (lt + 1 < html.length() && Character.isLetter(html.charAt(lt + 1))) {
                int gt = startTagEnd(html, lt);
                if (gt < 0) {
                    return null;
                }
                int nameEnd = lt + 1;
                while (nameEnd < gt && !Character.isWhitespace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '>'
                        && html.charAt(nameEnd) != '/') {
                    nameEnd++;
                }
                String name = html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
                OpenElement parent = open.peek();
                int index = parent.children++;
                i = gt + 1;
                if (RAW_TEXT.contains(name)) {
                    int close = html.indexOf("</" + name, i); // written lower-case; else the markup is not followed
                    int closeGt = close < 0 ? -1 : html.indexOf('>', close);
                    if (closeGt < 0) {
                        return null;
                    }
                    i = closeGt + 1;
                    visitor.leafClosed(parent, i);
                } else if (VOID.contains(name) || html.charAt(gt - 1) == '/' && inForeignContent(parent, name)) {
                    // In SVG and MathML (the site's icons: <use href="…"/>) a tag ending in "/>" closes itself.
                    visitor.leafClosed(parent, i);
                } else {
                    open.push(new OpenElement(name, i, parent, index, parent.trusted && !REBUILT.contains(name)));
                }
            } else {
                i = lt + 1;
            }
        }
        return open.size() == 1 ? body : null;
    }

    /** Whether an element {@code name} opened in {@code parent} is SVG or MathML, or inside either. */
    private static boolean inForeignContent(OpenElement parent, String name) {
        if (name.equals("svg") || name.equals("math")) {
            return true;
        }
        for (OpenElement e = parent; e != null; e = e.parent) {
            if (e.name.equals("svg") || e.name.equals("math")) {
                return true;
            }
        }
        return false;
    }

    /** The index of the {@code >} that ends the start tag at {@code lt}, skipping quoted attribute values. */
    static int startTagEnd(String html, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }
}
