package org.scholarfolio.site;

import org.jsoup.parser.Parser;

/**
 * An attribute's value as written in the site's pages, read as its text, as jsoup's
 * {@code Parser.unescapeEntities(value, true)} reads it. The templates and the sanitiser write only
 * {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;} and decimal references to printable ASCII
 * ({@code &#39;}): those are read here, and anything else is left to jsoup. Its tokeniser and entity
 * tables were set up for the policy and the addresses of the first preview page alone, on the threads that
 * render that page beside the window's start. {@code AttributeTextProperties} compares the two.
 */
public final class AttributeText {
    private AttributeText() {
    }

    /** The text of the attribute value {@code written}. */
    public static String of(String written) {
        int amp = written.indexOf('&');
        if (amp < 0) {
            return written;
        }
        StringBuilder text = new StringBuilder(written.length());
        int copied = 0;
        for (; amp >= 0; amp = written.indexOf('&', copied)) {
            text.append(written, copied, amp);
            int end = written.indexOf(';', amp);
            char c = end < 0 ? 0 : reference(written, amp + 1, end);
            if (c == 0) {
                return Parser.unescapeEntities(written, true);
            }
            text.append(c);
            copied = end + 1;
        }
        return text.append(written, copied, written.length()).toString();
    }

    /** The character the reference between {@code from} and {@code end} (its ';') stands for, or 0 when it is none of ours. */
    private static char reference(String written, int from, int end) {
        switch (written.substring(from, end)) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            default:
                break;
        }
        if (end - from < 2 || end - from > 4 || written.charAt(from) != '#') {
            return 0;
        }
        int value = 0;
        for (int i = from + 1; i < end; i++) {
            char digit = written.charAt(i);
            if (digit < '0' || digit > '9') {
                return 0;
            }
            value = value * 10 + digit - '0';
        }
        return value >= 0x20 && value < 0x7F ? (char) value : 0;
    }
}
