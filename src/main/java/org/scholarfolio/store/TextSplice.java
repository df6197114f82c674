package org.scholarfolio.store;

import java.util.Optional;

/**
 * One edit of a long text as the journal writes it: at {@code offset} (in UTF-16 units of the text
 * before), {@code removed} characters gave way to {@code inserted}. {@code lengthBefore} and
 * {@code hashAfter} ({@link String#hashCode}) let the replay refuse a splice that does not fit the
 * text it is applied to, rather than produce a wrong value.
 */
record TextSplice(int offset, int removed, String inserted, int lengthBefore, int hashAfter) {
    /** Texts shorter than this are written whole: a splice would not be much shorter. */
    static final int SPLICE_FROM_CHARS = 1024;

    TextSplice {
        if (offset < 0 || removed < 0 || (long) offset + removed > lengthBefore) { // long: a flipped byte may make either huge
            throw new IllegalArgumentException("a splice of " + removed + " at " + offset
                    + " does not fit a text of " + lengthBefore);
        }
    }

    /**
     * The one splice that turns {@code before} into {@code after} (their common start and end kept),
     * or empty when the text is short or the change is most of it, so the whole value says it as
     * briefly.
     */
    static Optional<TextSplice> between(String before, String after) {
        if (before.length() < SPLICE_FROM_CHARS || after.length() < SPLICE_FROM_CHARS) {
            return Optional.empty();
        }
        int common = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < common && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        // Never cut between the two halves of a surrogate pair: the inserted text must be valid UTF-16.
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < common - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(after.charAt(after.length() - suffix))) {
            suffix--;
        }
        String inserted = after.substring(prefix, after.length() - suffix);
        if (inserted.length() > after.length() / 2) {
            return Optional.empty();
        }
        return Optional.of(new TextSplice(prefix, before.length() - prefix - suffix, inserted,
                before.length(), after.hashCode()));
    }

    /** The text after the edit; refused when {@code before} is not the text the splice was made on. */
    String applyTo(String before) {
        if (before.length() != lengthBefore) {
            throw new IllegalArgumentException("a splice made on a text of " + lengthBefore
                    + " characters does not fit one of " + before.length());
        }
        String after = new StringBuilder(before.length() - removed + inserted.length())
                .append(before, 0, offset)
                .append(inserted)
                .append(before, offset + removed, before.length())
                .toString();
        if (after.hashCode() != hashAfter) {
            throw new IllegalArgumentException("a splice gave a text other than the one it was made to give");
        }
        return after;
    }
}
