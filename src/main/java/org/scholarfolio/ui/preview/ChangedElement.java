package org.scholarfolio.ui.preview;

import java.util.ArrayList;
import java.util.List;

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
        List<Element> found = new ArrayList<>();
        OpenElement body = ElementScan.scan(html, new ElementScan.Visitor() {
            @Override
            public void closed(OpenElement element, int endTagStart, int next) {
                if (element.trusted && element.contentStart <= from && endTagStart >= to) {
                    found.add(new Element(element.name, element.contentStart, endTagStart, element.path(), element.tags()));
                }
            }

            @Override
            public void leafClosed(OpenElement parent, int next) {
            }
        });
        return body == null ? null : found;
    }

    /** Whether {@code html} opens and closes its own elements, so that it can be an element's whole content. */
    static boolean wholeElements(String html) {
        List<Element> whole = enclosing(html, 0, html.length());
        return whole != null;
    }
}
