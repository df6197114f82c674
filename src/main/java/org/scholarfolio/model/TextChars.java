package org.scholarfolio.model;

/**
 * A scratch array per thread that a string's characters are copied into, for code that looks at
 * every character of long texts: on the quick compiler (C1) each {@code charAt} of a string that
 * holds any character above U+00FF checks its index on its own and costs about twice a read from
 * an array (BENCHMARKS.md, session 16). Each user keeps its own instance: the array it gets back
 * is overwritten by that instance's next call on the same thread.
 */
public final class TextChars {
    /** Larger arrays are not kept for the next call: the editor's threads live long. */
    private static final int MAX_KEPT = 1 << 16;

    private final ThreadLocal<char[]> scratch = ThreadLocal.withInitial(() -> new char[256]);

    /** The characters of {@code text} in the first {@code text.length()} places of this thread's array. */
    public char[] of(String text) {
        int length = text.length();
        char[] chars = scratch.get();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
            if (chars.length <= MAX_KEPT) {
                scratch.set(chars);
            }
        }
        text.getChars(0, length, chars, 0);
        return chars;
    }
}
