package org.scholarfolio.model;

import java.util.BitSet;

/**
 * Finds where TeX math opened by a dollar ({@code $…$} or {@code $$…$$}) ends in one stretch of
 * text, skipping escaped characters.
 *
 * <p>It remembers the positions from which a search already read to the end without finding a
 * closing delimiter, so a later search that reaches one of them stops there: text with thousands of
 * lone dollars ({@code $\$\$\…}) is read once instead of once per dollar.
 */
public final class MathSpans {
    private final String text;
    private final int to;
    /** Positions a failed search for "$" visited: from each, no unescaped "$" follows before {@code to}. */
    private final BitSet noDollarAfter = new BitSet();
    /** The same for "$$". */
    private final BitSet noDoubleDollarAfter = new BitSet();

    /** Searches {@code text} up to {@code to} (exclusive). */
    public MathSpans(String text, int to) {
        this.text = text;
        this.to = to;
    }

    /** Whether the math opened at {@code open} uses {@code $$}. */
    public boolean display(int open) {
        return open + 1 < to && text.charAt(open + 1) == '$';
    }

    /** End (exclusive) of the math opened at {@code open}, or -1 when it is never closed. */
    public int end(int open) {
        boolean display = display(open);
        String delimiter = display ? "$$" : "$";
        int start = open + delimiter.length();
        for (int i = start; i < to; i++) {
            if (noDollarAfter.get(i) || display && noDoubleDollarAfter.get(i)) {
                remember(start, i, display);
                return -1;
            }
            char ch = text.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (text.startsWith(delimiter, i) && i + delimiter.length() <= to) {
                return i + delimiter.length();
            }
        }
        remember(start, to, display);
        return -1;
    }

    /** Marks the positions the failed search visited (not the escaped ones it stepped over). */
    private void remember(int start, int end, boolean display) {
        BitSet visited = display ? noDoubleDollarAfter : noDollarAfter;
        for (int i = start; i < end; i++) {
            visited.set(i);
            if (text.charAt(i) == '\\') {
                i++;
            }
        }
    }
}
