package org.scholarfolio.importer.alfolio;

/**
 * Inline links and images whose address holds a space ({@code [slides](/assets/pdf/Week 1.pdf)}).
 * kramdown reads the address up to the balanced closing parenthesis, or to a space before a quoted
 * title, so such a link worked on the live site; CommonMark ends the address at the first space and
 * shows the whole link as text. In CommonMark the address may hold spaces inside pointy brackets,
 * so it is written {@code (</assets/pdf/Week 1.pdf>)}. Code spans are left alone.
 */
final class SpacedLinkDestinations {
    private SpacedLinkDestinations() {
    }

    /** Whether a line may hold such a link: the cheap test before {@link #inPointyBrackets}. */
    static boolean mayHold(String text) {
        int at = text.indexOf("](");
        while (at >= 0) {
            int close = text.indexOf(')', at);
            int space = text.indexOf(' ', at);
            if (space >= 0 && close > space) {
                return true;
            }
            at = text.indexOf("](", at + 2);
        }
        return false;
    }

    /** The line with every spaced inline address outside code spans put in pointy brackets. */
    static String inPointyBrackets(String line) {
        int at = line.indexOf("](");
        if (at < 0) {
            return line;
        }
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            int start = at + 2;
            int end = start < line.length() && line.charAt(start) != '<' && line.lastIndexOf('[', at) >= 0
                    && !inCodeSpan(line, at) ? addressEnd(line, start) : -1;
            if (end < 0) {
                at = line.indexOf("](", start);
                continue;
            }
            String address = line.substring(start, end).strip();
            if (!address.isEmpty() && hasSpace(address) && address.indexOf('<') < 0 && address.indexOf('>') < 0) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 8);
                }
                out.append(line, copied, start).append('<').append(address).append('>');
                copied = end;
            }
            at = line.indexOf("](", end);
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /**
     * Where kramdown ends the address that starts at {@code start}: its balanced closing parenthesis,
     * or a space followed by a quote (a title); -1 when the parenthesis never closes on the line.
     */
    private static int addressEnd(String line, int start) {
        int depth = 1;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            } else if (Character.isWhitespace(c) && i + 1 < line.length()
                    && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\'')) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code at} lies inside a code span: a run of backticks closed by a run of the same length. */
    private static boolean inCodeSpan(String line, int at) {
        int i = 0;
        while (i < at) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = runLength(line, i);
            int close = closingRun(line, i + run, run);
            if (close < 0) {
                i += run; // an unmatched run is literal backticks
                continue;
            }
            if (at < close) {
                return true;
            }
            i = close + run;
        }
        return false;
    }

    private static int runLength(String line, int from) {
        int n = 0;
        while (from + n < line.length() && line.charAt(from + n) == '`') {
            n++;
        }
        return n;
    }

    private static int closingRun(String line, int from, int run) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int n = runLength(line, i);
                if (n == run) {
                    return i;
                }
                i += n;
            } else {
                i++;
            }
        }
        return -1;
    }
}
