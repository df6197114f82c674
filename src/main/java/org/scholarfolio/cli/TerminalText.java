package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the commands print, with the characters that would steer the person's terminal shown as
 * escapes: an ESC that starts a sequence (clear the screen, set the window's title, hide or recolour
 * the text that follows) as {@code \e}, the other control characters and the directional controls
 * (an override that reverses the rest of the line, an isolate, a mark) as <code>&#92;u202E</code>. They reach
 * the commands' lines only from what was read (a title in a .bib, a file name, an al-folio page): the
 * commands' own sentences hold none, and picocli's usage and colours are written to the streams
 * themselves, not through {@link #writer}. Tabs and line ends stay as they are.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} with every character that steers a terminal escaped; the same string when it holds none. */
    public static String escaped(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && (!steers(text.charAt(i)) || isLineEnd(text, i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        // The writer's own escaping, so that the two cannot differ.
        java.io.StringWriter out = new java.io.StringWriter(text.length() + 16);
        EscapingWriter escaping = new EscapingWriter(new PrintWriter(out));
        escaping.write(text.toCharArray(), 0, text.length());
        escaping.flush();
        return out.toString();
    }

    private static boolean isLineEnd(String text, int i) {
        return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    }

    /**
     * Whether {@code c} steers a terminal or the direction of a line: C0 controls but tab and line
     * feed (a carriage return is let through only before a line feed), DEL, the C1 controls (0x9B
     * starts a sequence as ESC [ does), the line and paragraph separators and the directional controls.
     */
    static boolean steers(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c < 0x7f) {
            return false;
        }
        return c <= 0x9f || c == '\u061c' || c == '\u200e' || c == '\u200f' || c == '\u2028' || c == '\u2029'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\u001b' -> out.append("\\e");
            case '\r' -> out.append("\\r");
            default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        }
    }

    /**
     * A writer for a command's lines over {@code terminal}: what is printed through it is escaped
     * ({@link #escaped}) on its way; {@code terminal} itself stays as it was for picocli.
     */
    public static PrintWriter writer(PrintWriter terminal) {
        return terminal instanceof Escaping ? terminal : new Escaping(terminal);
    }

    private static final class Escaping extends PrintWriter {
        Escaping(PrintWriter terminal) {
            // Flushed at each line as the streams the launcher makes are, so that errors and output keep their order.
            super(new EscapingWriter(terminal), true);
        }
    }

    /** Escapes as {@link #escaped}, holding back a carriage return until it sees whether a line feed follows. */
    private static final class EscapingWriter extends Writer {
        private final PrintWriter terminal;
        private boolean pendingReturn;

        EscapingWriter(PrintWriter terminal) {
            this.terminal = terminal;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            StringBuilder out = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                char c = chars[i];
                if (pendingReturn) {
                    pendingReturn = false;
                    if (c == '\n') {
                        out.append("\r\n");
                        continue;
                    }
                    out.append("\\r");
                }
                if (c == '\r') {
                    pendingReturn = true;
                } else if (steers(c)) {
                    appendEscape(out, c);
                } else {
                    out.append(c);
                }
            }
            terminal.write(out.toString());
        }

        @Override
        public void flush() {
            if (pendingReturn) {
                pendingReturn = false;
                terminal.write("\\r");
            }
            terminal.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
