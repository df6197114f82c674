package org.scholarfolio.importer.alfolio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML whose tags run a quoted attribute value into the next attribute ({@code src='x.png'width="1"}):
 * a browser reads the next attribute all the same, so the live site showed the element, but CommonMark
 * takes such a tag for text and the exported page printed it. The missing space is put in.
 */
final class TagAttributeSpacing {
    /** An opening tag with at least one quoted value; no {@code <} or {@code >} inside. */
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][A-Za-z0-9-]*\\s[^<>]*?[\"'][^<>]*>");
    /** A quoted value followed at once by an attribute's name. */
    private static final Pattern RUN_ON = Pattern.compile("(=\\s*(?:\"[^\"]*\"|'[^']*'))(?=[A-Za-z_:][-A-Za-z0-9_:.]*\\s*(?:=|/?>|\\s))");

    private TagAttributeSpacing() {
    }

    static String spaced(String html) {
        if (html.indexOf('<') < 0) {
            return html;
        }
        Matcher tags = TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 8);
        while (tags.find()) {
            tags.appendReplacement(out, Matcher.quoteReplacement(RUN_ON.matcher(tags.group()).replaceAll("$1 ")));
        }
        tags.appendTail(out);
        return out.toString();
    }
}
