package org.scholarfolio.store;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON text on, writing each half of a surrogate pair that has no other half as a
 * {@code \\uXXXX} escape. A file may hold one that way (it loads as such), but UTF-8 cannot encode
 * it and would write {@code ?} instead; in JSON text such a character can only stand inside a
 * string, where the escape is valid. A high surrogate at the end of one write waits for the next.
 */
final class LoneSurrogateEscaper extends Writer {
    private final Writer out;
    private char pendingHigh;
    private boolean pending;

    LoneSurrogateEscaper(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        int end = offset + length;
        int from = offset;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (!Character.isSurrogate(c) && !pending) {
                continue;
            }
            out.write(text, from, i - from);
            from = i + 1;
            if (pending) {
                pending = false;
                if (Character.isLowSurrogate(c)) {
                    out.write(pendingHigh);
                    out.write(c);
                    continue;
                }
                escape(pendingHigh);
            }
            if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
                pending = true;
            } else if (Character.isLowSurrogate(c)) {
                escape(c);
            } else {
                out.write(c);
            }
        }
        out.write(text, from, end - from);
    }

    /** Writes out a high surrogate left waiting at the very end. */
    void finish() throws IOException {
        if (pending) {
            pending = false;
            escape(pendingHigh);
        }
    }

    private void escape(char c) throws IOException {
        out.write(String.format("\\u%04x", (int) c));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
        out.close();
    }
}
