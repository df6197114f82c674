package org.scholarfolio.ui.preview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one element of a page's body that an edit changed, found by comparing two renders as text:
 * the innermost element whose start tag lies before the first changed character and whose end tag
 * lies after the last one, and whose new content is whole elements. Typing in a paragraph of a long
 * bio changes that paragraph's content only, so the preview replaces it alone: WebKit parses a few
 * hundred characters instead of the whole page. The element is named by its path of element-child
 * indexes from the body, with the tag names along it for the page to check.
 *
 * @param path  element-child indexes from {@code <body>} down to the element
 * @param tags  the lower-case tag names along the path, one per index
 * @param inner the element's new content (HTML)
 */
public record ChangedElement(List<Integer> path, List<String> tags, String inner) {
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
    /**
     * Elements below which the browser's tree may differ from the markup (a table gets a tbody the
     * markup left out; foreign content and templates have rules of their own): never named, nor anything inside.
     */
    static final Set<String> REBUILT = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup", "select",
            "template", "svg", "math", "ruby");

    /** The element of {@code before} whose content alone changed in {@code after}; null when there is none to name safely. */
    public static ChangedElement between(String before, String after) {
        if (before.equals(after)) {
            return null;
        }
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int changeEnd = before.length() - suffix;
        int delta = after.length() - before.length();
        List<Element> enclosing = enclosing(before, prefix, changeEnd);
        if (enclosing == null) {
            return null;
        }
        for (Element e : enclosing) {
            String inner = after.substring(e.contentStart, e.contentEnd + delta);
            if (wholeElements(inner)) {
                return new ChangedElement(e.path, e.tags, inner);
            }
        }
        return null;
    }

    private record Element(String name, int contentStart, int contentEnd, List<Integer> path, List<String> tags) {
    }

    /**
     * The elements enclosing {@code [from, to)}, innermost first (their start tags end at or before
     * {@code from}, their end tags start at or after {@code to}); null when the markup is not what
     * a browser would build the same way.
     */
    private static List<Element> enclosing(String html, int from, int to) {
        Deque<OpenElement> open = new ArrayDeque<>();
        OpenElement body = new OpenElement("body", 0, null, 0, true);
        open.push(body);
        List<Element> found = new ArrayList<>();
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
                if (top.trusted && top.contentStart <= from && lt >= to) {
                    found.add(new Element(top.name, top.contentStart, lt, top.path(), top.tags()));
                }
                i = gt + 1;
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
                if (VOID.contains(name)) {
                    i = gt + 1;
                    continue;
                }
                if (RAW_TEXT.contains(name)) {
                    int close = html.indexOf("</" + name, gt + 1); // written lower-case; else the whole page is swapped
                    int closeGt = close < 0 ? -1 : html.indexOf('>', close);
                    if (closeGt < 0) {
                        return null;
                    }
                    i = closeGt + 1;
                    continue;
                }
                open.push(new OpenElement(name, gt + 1, parent, index, parent.trusted && !REBUILT.contains(name)));
                i = gt + 1;
            } else {
                i = lt + 1;
            }
        }
        if (open.size() != 1) {
            return null;
        }
        return found;
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

    /** Whether {@code html} opens and closes its own elements, so that it can be an element's whole content. */
    static boolean wholeElements(String html) {
        List<Element> whole = enclosing(html, 0, html.length());
        return whole != null;
    }
}
