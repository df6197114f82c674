package org.scholarfolio.testing;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** The check that HTML made from untrusted text can run nothing: no script element, event handler or script address. */
public final class SafeHtml {
    private static final List<String> UNSAFE_ELEMENTS = List.of("script", "iframe", "object", "embed", "style",
            "form", "base", "meta", "link", "frame", "frameset");
    private static final List<String> ADDRESS_ATTRIBUTES = List.of("href", "src", "action", "formaction",
            "xlink:href");

    private SafeHtml() {
    }

    /** Throws an {@link AssertionError} naming what could run and the source text it came from. */
    public static void assertSafe(String html, String source) {
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            if (UNSAFE_ELEMENTS.contains(e.normalName())) {
                throw new AssertionError("<" + e.normalName() + "> in the HTML of " + source);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                boolean scriptAddress = value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:text");
                if (name.startsWith("on") || (ADDRESS_ATTRIBUTES.contains(name) && scriptAddress)) {
                    throw new AssertionError(name + "=\"" + a.getValue() + "\" in the HTML of " + source);
                }
            }
        }
    }
}
