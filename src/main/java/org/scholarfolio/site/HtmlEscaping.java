package org.scholarfolio.site;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;
import org.scholarfolio.model.TextChars;

/**
 * The templates' HTML escaping: the five characters that mean something in markup, written as
 * Pebble's own {@code html} strategy writes them ({@code &amp; &lt; &gt; &quot; &#39;}), everything
 * else as it is. Pebble's strategy asks a general library that first builds its tables of every
 * HTML 4 and HTML 5 entity (some 2,000 names): a tenth of a second of a command-line export's
 * start, spent on the page-rendering thread, for five characters.
 */
final class HtmlEscaping implements EscapingStrategy {
    /** The name the templates' engine knows it by; it is the engine's default, so auto-escaping uses it. */
    static final String NAME = "markup";
    static final HtmlEscaping INSTANCE = new HtmlEscaping();
    // Every value a page shows passes here: a BibTeX entry, an abstract for the description.
    private static final TextChars CHARS = new TextChars();

    private HtmlEscaping() {
    }

    @Override
    public String escape(String input) {
        int length = input.length();
        char[] chars = CHARS.of(input);
        int first = firstToEscape(chars, length);
        if (first < 0) {
            return input;
        }
        StringBuilder out = new StringBuilder(length + 16);
        int run = 0; // the start of the characters not written yet, written as one run
        for (int i = first; i < length; i++) {
            String reference = switch (chars[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null) {
                out.append(chars, run, i - run).append(reference);
                run = i + 1;
            }
        }
        return out.append(chars, run, length - run).toString();
    }

    private static int firstToEscape(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return i;
            }
        }
        return -1;
    }
}
