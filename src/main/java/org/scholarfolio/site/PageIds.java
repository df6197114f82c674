package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@code id}s one page holds, so that no two are equal: a browser follows an anchor to the first
 * of two, and the page is no longer valid HTML. Each Markdown field is rendered on its own and numbers
 * its own headings and notes ({@code contact}, {@code fn-1}), so a bio, a subtitle and a footer, or two
 * abstracts on one list, can each bring the same id. The theme's ids ({@code main}, a paper's anchor)
 * are claimed before the page is written and never change, since other pages link to them; an id of a sanitised
 * fragment that is already taken becomes the next free {@code id-1}, {@code id-2} (commonmark's own
 * numbering), and the fragment's links to it ({@code href="#id"}) follow. A page without a clash is
 * written byte for byte as before.
 */
final class PageIds {
    private static final String ID = " id=\"";
    private final Set<String> taken = new HashSet<>();
    /** The ids the fragments hold, of those taken. */
    private final Set<String> fragmentIds = new HashSet<>();

    /**
     * A theme id, written as it is; fragments written after give way to it. False when a fragment
     * written before holds it: the page is then to be written again with the theme's ids claimed first.
     */
    boolean claim(String id) {
        return taken.add(id) || !fragmentIds.contains(id);
    }

    /**
     * {@code html} (sanitised: every {@code <} in text escaped, attribute values double-quoted with
     * {@code "} escaped, no script or style) with its ids made unique on the page, and those ids claimed.
     */
    String unique(String html) {
        // A sanitised fragment's only double quotes are its attribute values' (text has "&quot;"), and most
        // fragments (titles, abstracts, venues) have no attribute at all: looked for first, one character
        // is a quicker search than " id=\"", whose first character, a space, comes every few characters.
        if (html.indexOf('"') < 0 || html.indexOf(ID) < 0) {
            return html;
        }
        Map<String, String> renamed = new HashMap<>();
        String withIds = replaceValues(html, "id", value -> {
            if (taken.add(value)) {
                fragmentIds.add(value);
                return null;
            }
            String free = next(value);
            fragmentIds.add(free);
            renamed.putIfAbsent(value, free);
            return free;
        });
        if (renamed.isEmpty()) {
            return withIds;
        }
        // the fragment's own links to a renamed id (href="#fn-1") follow it
        return replaceValues(withIds, "href", value -> {
            String target = value.length() < 2 || value.charAt(0) != '#' ? null : renamed.get(value.substring(1));
            return target == null ? null : "#" + target;
        });
    }

    private String next(String id) {
        for (int n = 1; ; n++) {
            String candidate = id + "-" + n;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * {@code html} with the values of its attributes {@code name} replaced by what {@code replacement}
     * gives for them, in order; a null keeps the value. The same string when nothing is replaced.
     */
    private static String replaceValues(String html, String name, UnaryOperator<String> replacement) {
        StringBuilder out = null;
        int copied = 0;
        for (AttributeValue value : AttributeValue.all(html, name)) {
            String replaced = replacement.apply(html.substring(value.start(), value.end()));
            if (replaced == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 16);
            }
            out.append(html, copied, value.start()).append(replaced);
            copied = value.end();
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Where the value of one attribute stands in a start tag of sanitised HTML. */
    private record AttributeValue(int start, int end) {
        static List<AttributeValue> all(String html, String name) {
            List<AttributeValue> found = new ArrayList<>();
            int i = 0;
            int length = html.length();
            while ((i = html.indexOf('<', i)) >= 0) {
                i++;
                if (i >= length || !Character.isLetter(html.charAt(i))) {
                    continue; // an end tag; a comment or doctype has no place in a fragment
                }
                // inside a start tag: skip quoted values, stop at its '>'
                while (i < length && html.charAt(i) != '>') {
                    char c = html.charAt(i);
                    if (c == '"') {
                        i = skipQuoted(html, i);
                    } else if (Character.isWhitespace(c) && html.startsWith(name + "=\"", i + 1)) {
                        int start = i + 1 + name.length() + 2;
                        int end = html.indexOf('"', start);
                        if (end < 0) {
                            return found;
                        }
                        found.add(new AttributeValue(start, end));
                        i = end + 1;
                    } else {
                        i++;
                    }
                }
            }
            return found;
        }

        private static int skipQuoted(String html, int quote) {
            int end = html.indexOf('"', quote + 1);
            return end < 0 ? html.length() : end + 1;
        }
    }
}
