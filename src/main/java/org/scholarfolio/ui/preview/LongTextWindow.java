package org.scholarfolio.ui.preview;

import java.util.HashMap;
import java.util.Map;

import org.scholarfolio.model.Text;

/**
 * The part of one long Markdown text that the preview renders: at most {@link #LIMIT} characters,
 * cut at block boundaries (a blank line outside a fenced code block), around the place the last
 * change was made, so that a 10 MB bio costs the preview what 100 KB costs and the part being typed
 * in is the part shown. The window stays where it is while the changes fall inside it, so a page
 * the preview patches in place does not jump. The export renders the whole text; this is the
 * preview's alone. Used on the preview's rendering thread, one render at a time.
 */
final class LongTextWindow {
    /** Characters of one text the preview renders; a longer text is shown in part. */
    static final int LIMIT = 100_000;

    /** What one render showed of a text: characters {@code start} to {@code end} of {@code length}. */
    record Shown(String field, int start, int end, int length) {
        int omitted() {
            return length - (end - start);
        }
    }

    /** The excerpt to render, with the marks where text was left out, and what it shows. */
    record Excerpt(String markdown, Shown shown) {
    }

    private final int limit;
    private final Map<String, State> states = new HashMap<>();

    private record State(String text, int start, Excerpt excerpt) {
    }

    LongTextWindow() {
        this(LIMIT);
    }

    /** {@code limit}: characters shown of one text (tests use small ones). */
    LongTextWindow(int limit) {
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** Null when {@code text} is short enough to render whole; {@code field} names it (profile.bio). */
    Excerpt excerpt(String field, String text) {
        if (text == null || text.length() <= limit) {
            states.remove(field);
            return null;
        }
        State before = states.get(field);
        if (before != null && before.text() == text) {
            return before.excerpt();
        }
        int start;
        if (before == null) {
            start = 0;
        } else {
            int changed = firstDifference(before.text(), text);
            // A change inside the window shown (away from its end) keeps the window: nothing before
            // it moved, so the page changes only where the person types.
            boolean inside = changed >= before.start() && changed < before.start() + limit * 3 / 4
                    && before.start() < text.length();
            // A quarter of the window before the change, three quarters after it; near the end, three
            // quarters before it (the rest is room for the block the start moves back to).
            start = inside ? before.start()
                    : blockStartBefore(text, Math.max(0, Math.min(changed - limit / 4, text.length() - limit * 3 / 4)), limit / 4);
        }
        int end = blockStartBefore(text, Math.min(text.length(), start + limit), limit / 2);
        if (end <= start) {
            end = cutAt(text, Math.min(text.length(), start + limit));
        }
        Excerpt excerpt = new Excerpt(markdown(field, text, start, end), new Shown(field, start, end, text.length()));
        states.put(field, new State(text, start, excerpt));
        return excerpt;
    }

    /** Forgets the texts seen: the next long text opens at its start (another document was opened). */
    void reset() {
        states.clear();
    }

    private static String markdown(String field, String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 400);
        if (start > 0) {
            out.append(omission(field, start, "before this point")).append("\n\n");
        }
        out.append(text, start, end);
        if (end < text.length()) {
            out.append("\n\n").append(omission(field, text.length() - end, "after this point"));
        }
        return out.toString();
    }

    /** A paragraph that says what is left out, where it is left out: the page shows it as the reader will not. */
    private static String omission(String field, int characters, String where) {
        return "> *The preview leaves out " + Text.number(characters) + " characters of "
                + field + " " + where + "; the exported site has all of them.*";
    }

    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /**
     * The start of the last block that begins at or before {@code at}: a line after a blank line,
     * outside a fenced code block. Failing that (one paragraph longer than the window), the last
     * line start, and failing that {@code at} itself, never inside a surrogate pair. A block start
     * further back than {@code reach} does not count.
     */
    static int blockStartBefore(String text, int at, int reach) {
        if (at <= 0) {
            return 0;
        }
        if (at >= text.length()) {
            return text.length();
        }
        int block = -1;
        int line = -1;
        boolean fenced = false;
        boolean previousBlank = false;
        int i = 0;
        while (i <= at) {
            int next = text.indexOf('\n', i);
            int lineEnd = next < 0 ? text.length() : next;
            boolean blank = isBlank(text, i, lineEnd);
            if (i > 0) {
                line = i;
                if (previousBlank && !blank && !fenced) {
                    block = i;
                }
            }
            if (isFence(text, i, lineEnd)) {
                fenced = !fenced;
            }
            previousBlank = blank;
            if (next < 0) {
                break;
            }
            i = next + 1;
        }
        if (block > 0 && block >= at - reach) {
            return block;
        }
        if (line > 0) {
            return line;
        }
        return cutAt(text, at);
    }

    private static int cutAt(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFence(String text, int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i + 3 <= to && (text.startsWith("```", i) || text.startsWith("~~~", i));
    }
}
