package org.scholarfolio.markdown;

/**
 * The characters an HTML page may not hold, as text or as a character reference: the control
 * characters but tab, line feed, form feed and carriage return (U+0000–U+001F, U+007F–U+009F), the
 * noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF, and a surrogate without its partner. A value pasted
 * from a word processor (U+000B, U+0007), read from a damaged BibTeX file (U+0000, U+001B) or typed
 * into the file by hand may hold them; the portfolio keeps them as they are, and the pages show each
 * as U+FFFD, which is what a browser shows for a NUL and for a reference to a surrogate.
 */
public final class HtmlCharacters {
    /** What a page shows for a character it may not hold. */
    public static final char REPLACEMENT = '\uFFFD';

    private HtmlCharacters() {
    }

    /** Whether {@code c}, on its own, may not be on a page (a surrogate is judged with its neighbours elsewhere). */
    public static boolean forbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\f' && c != '\r';
        }
        return c >= 0x7F && (c <= 0x9F || c >= 0xFDD0 && (c <= 0xFDEF || c >= 0xFFFE));
    }

    /**
     * {@code text} with every character a page may not hold, and every unpaired surrogate, replaced by
     * U+FFFD; the same string when there is none (one pass, no copy).
     */
    public static String replaceForbidden(String text) {
        int length = text.length();
        int i = 0;
        // Printable ASCII, most of a text, told by one test per character: a call or two per character
        // ran in the interpreter for an export's first hundred or so abstracts (BENCHMARKS.md session 36).
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n') {
                i++;
            } else if (needsReplacing(text, i)) {
                break;
            } else {
                i += Character.isHighSurrogate(c) ? 2 : 1;
            }
        }
        if (i >= length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            char c = text.charAt(i);
            if (needsReplacing(text, i)) {
                out.append(REPLACEMENT);
                i++;
            } else if (Character.isHighSurrogate(c)) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean needsReplacing(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) || forbidden(c);
    }
}
