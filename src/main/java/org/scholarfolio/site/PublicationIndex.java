package org.scholarfolio.site;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scholarfolio.model.Publication;
import org.scholarfolio.model.Text;
import org.scholarfolio.site.Views.AuthorView;
import org.scholarfolio.site.Views.PublicationView;

/**
 * What the publication filter searches, written as a script ({@value #PATH}) that the list pages
 * load when a reader first uses the filter: a script file, not JSON, because a page opened from
 * disk ({@code file://}) may run a script beside it but may not {@code fetch} one. One entry per
 * publication, in list order:
 * {@code [page, anchor, list page, year, title, authors, venue, more words]}, where "more words" are
 * the abstract's, the keywords', the note's and the abbreviation's, lower-cased, each once.
 */
final class PublicationIndex {
    static final String PATH = "publications/filter-index.js";
    // Punctuation at a word's ends is not part of the word ("convergence." finds "convergence").

    private PublicationIndex() {
    }

    /**
     * One publication's entry as JSON's UTF-8 bytes, but for its list page, which depends on the
     * whole list: made with the publication's views and kept with them, so that writing the index
     * after one edit does not read every abstract again. Kept as the bytes the file is written
     * from, not as strings: a string of an abstract's words with one emoji holds two bytes a
     * character, and the strings' bytes were kept besides (about 1.6 KB a publication, most of the
     * heap an export of 100,000 needs beside the pages' own texts).
     *
     * @param head the members before the list page, each followed by a comma
     * @param tail the members after it, each after a comma
     */
    record Entry(byte[] head, byte[] tail) {
    }

    static Entry entry(PublicationView v, Publication p) {
        // The filter's results show the venue before the year and the names joined: each closed off (BidiIsolation).
        String venue = v.venue().isEmpty() ? BidiIsolation.isolated(v.venueDetails())
                : v.venueDetails().isEmpty() ? BidiIsolation.isolated(v.venue())
                : BidiIsolation.isolated(v.venue()) + ", " + BidiIsolation.isolated(v.venueDetails());
        String words = words(p.abstractText(), p.bibtexFields().getOrDefault("keywords", ""), p.note(), p.abbr());
        // The members written straight into one builder sized for them: written as JSON arrays and cut
        // out of those, each entry's texts were copied five times (a tenth of an export's allocation at 10,000).
        StringBuilder json = new StringBuilder(v.pageHref().length() + v.anchor().length() + 8);
        Text.appendJsonString(json, v.pageHref());
        json.append(',');
        Text.appendJsonString(json, v.anchor());
        byte[] head = json.append(',').toString().getBytes(StandardCharsets.UTF_8);
        json = new StringBuilder(v.year().length() + v.titleText().length() + 32 * v.authors().size() + venue.length()
                + words.length() + 16);
        for (String member : new String[] {v.year(), v.titleText(), authorNames(v.authors()), venue, words}) {
            json.append(',');
            Text.appendJsonString(json, member);
        }
        return new Entry(head, json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The authors' plain names, comma-separated. */
    private static String authorNames(List<AuthorView> authors) {
        if (authors.size() == 1) {
            return BidiIsolation.isolated(authors.get(0).name());
        }
        StringBuilder names = new StringBuilder(24 * authors.size());
        for (AuthorView a : authors) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(BidiIsolation.isolated(a.name()));
        }
        return names.toString();
    }

    private static final byte[] SCRIPT_START = "window.scholarfolioIndex = [".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SCRIPT_END = "];\n".getBytes(StandardCharsets.UTF_8);

    /** The entry of {@code v} the model keeps, else made from the view and its publication. */
    private static Entry entryOf(SiteModel site, PublicationView v) {
        Entry e = site.indexEntries().get(v);
        return e != null ? e : entry(v, site.sources().get(v));
    }

    /** The script's UTF-8 bytes as pieces, each entry's kept bytes among them: nothing is encoded again but the list pages' names. */
    static EncodedPieces.Joined script(SiteModel site) {
        EncodedPieces.Joined out = new EncodedPieces.Joined().add(SCRIPT_START);
        // A handful of list pages: each one's JSON string once, not once per entry.
        Map<String, byte[]> listPages = new HashMap<>();
        byte[] open = {'['};
        byte[] next = {',', '['};
        byte[] close = {']'};
        boolean first = true;
        for (PublicationView v : site.publications()) {
            Entry e = entryOf(site, v);
            out.add(first ? open : next).add(e.head());
            out.add(listPages.computeIfAbsent(site.publicationList().listPageOf().get(v),
                    page -> JsonText.write(page).getBytes(StandardCharsets.UTF_8)));
            out.add(e.tail()).add(close);
            first = false;
        }
        return out.add(SCRIPT_END);
    }

    /**
     * The script's UTF-8 bytes as pieces made each time the file is read, an entry at a time (made
     * from the view then when the model keeps none): for an exporter used once, whose model keeps no
     * entries ({@link SiteModelBuilder#withoutIndexEntries}). The entries kept for a whole export were
     * 83 MB of its heap at 100,000 publications; made on each of the file's two or three reads instead,
     * they are garbage as soon as their bytes are written.
     */
    static List<byte[]> scriptMadeOnRead(SiteModel site) {
        Map<String, byte[]> listPages = new HashMap<>();
        for (PublicationList.ListPage page : site.publicationList().pages()) {
            listPages.put(page.path(), JsonText.write(page.path()).getBytes(StandardCharsets.UTF_8));
        }
        List<PublicationView> views = site.publications();
        return new AbstractList<>() {
            @Override
            public byte[] get(int i) {
                if (i == 0) {
                    return SCRIPT_START;
                }
                if (i == views.size() + 1) {
                    return SCRIPT_END;
                }
                PublicationView v = views.get(i - 1);
                Entry e = entryOf(site, v);
                byte[] page = listPages.get(site.publicationList().listPageOf().get(v));
                byte[] out = new byte[2 + e.head().length + page.length + e.tail().length + (i == 1 ? 0 : 1)];
                int at = 0;
                if (i > 1) {
                    out[at++] = ',';
                }
                out[at++] = '[';
                System.arraycopy(e.head(), 0, out, at, e.head().length);
                at += e.head().length;
                System.arraycopy(page, 0, out, at, page.length);
                at += page.length;
                System.arraycopy(e.tail(), 0, out, at, e.tail().length);
                out[at + e.tail().length] = ']';
                return out;
            }

            @Override
            public int size() {
                return views.size() + 2;
            }
        };
    }

    /** The distinct lower-cased words of some texts, joined by spaces: every word a filter can match in them. */
    static String words(String... texts) {
        // The texts lower-cased into one array, a space after each: a word never runs from one into the next.
        String[] lowered = new String[texts.length];
        int n = 0;
        for (int t = 0; t < texts.length; t++) {
            lowered[t] = texts[t].toLowerCase(Locale.ROOT);
            n += lowered[t].length() + 1;
        }
        // Read from an array: String.charAt's index check on text with emoji or math (stored
        // as UTF-16) was the top leaf of the quick compiler's profile of an export.
        char[] lower = new char[n];
        int filled = 0;
        for (String text : lowered) {
            text.getChars(0, text.length(), lower, filled);
            filled += text.length();
            lower[filled++] = ' ';
        }
        // A word seen before is found by its characters in a table of the kept words' places, not
        // made into a string and hashed again by a set: most of an abstract's words come more than once.
        WordTable kept = new WordTable();
        StringBuilder joined = new StringBuilder(n);
        // Words are split at the regex \s (ASCII white space) and trimmed of what is not a letter
        // or a number at both ends, by hand: a regex per word was 5 % of a cold export's time.
        // A word at a time here, its characters in small methods called per word, each character's test written
        // into their loops, ASCII first. This method runs once per paper, all of them one after the other in the
        // index's task as the pages start, when the compiler's queue is long and a method is compiled late: its
        // loops over every character ran in the interpreter for most of an export's papers (the most sampled
        // interpreted method of the page threads), where the per-word methods are compiled within a few papers
        // (BENCHMARKS.md session 36).
        int i = 0;
        while (i < n) {
            i = afterSpaces(lower, i, n);
            int end = wordEnd(lower, i, n);
            int from = trimmedStart(lower, i, end);
            int to = trimmedEnd(lower, from, end);
            if (to > from && kept.add(lower, from, to)) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(lower, from, to - from);
            }
            i = end;
        }
        return joined.toString();
    }

    /**
     * The places of the distinct words of one array, by their characters: open addressing, linear
     * probing, grown as words come. Sized for the text's length it was 16 to 32 KB a publication
     * (two fifths of what the filter index allocated), where an abstract has about a hundred distinct words.
     */
    private static final class WordTable {
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int count;

        /** Adds {@code text[from, to)}; false when an equal word is in the table already. */
        boolean add(char[] text, int from, int to) {
            int hash = hash(text, from, to);
            int mask = ends.length - 1;
            int slot = hash & mask;
            while (ends[slot] != 0) {
                if (java.util.Arrays.equals(text, starts[slot], ends[slot], text, from, to)) {
                    return false;
                }
                slot = slot + 1 & mask;
            }
            starts[slot] = from;
            ends[slot] = to; // a kept word is never empty, so 0 marks a free slot
            if (++count * 2 > ends.length) {
                grow(text);
            }
            return true;
        }

        /** Twice the slots, every kept word placed again: the table stays at most half full. */
        private void grow(char[] text) {
            int[] oldStarts = starts;
            int[] oldEnds = ends;
            starts = new int[oldEnds.length * 2];
            ends = new int[oldEnds.length * 2];
            int mask = ends.length - 1;
            for (int i = 0; i < oldEnds.length; i++) {
                if (oldEnds[i] != 0) {
                    int slot = hash(text, oldStarts[i], oldEnds[i]) & mask;
                    while (ends[slot] != 0) {
                        slot = slot + 1 & mask;
                    }
                    starts[slot] = oldStarts[i];
                    ends[slot] = oldEnds[i];
                }
            }
        }

        private static int hash(char[] text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text[i];
            }
            return hash ^ hash >>> 16;
        }
    }

    /** Where the next word starts: {@code i} past the ASCII white space ({@code \\s}) there. */
    private static int afterSpaces(char[] text, int i, int n) {
        char c;
        while (i < n && ((c = text[i]) == ' ' || c >= '\t' && c <= '\r')) {
            i++;
        }
        return i;
    }

    /** Where the word at {@code i} ends: at the next ASCII white space, or {@code n}. */
    private static int wordEnd(char[] text, int i, int n) {
        char c;
        while (i < n && (c = text[i]) != ' ' && (c < '\t' || c > '\r')) {
            i++;
        }
        return i;
    }

    /** Where {@code text[from, to)} starts without the characters at its start that are neither letters nor numbers. */
    private static int trimmedStart(char[] text, int from, int to) {
        int start = from;
        while (start < to) {
            char c = text[start];
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                    return start;
                }
                start++;
            } else {
                int codePoint = Character.codePointAt(text, start);
                if (isWordPart(codePoint)) {
                    return start;
                }
                start += Character.charCount(codePoint);
            }
        }
        return start;
    }

    /** Where {@code text[start, to)} ends without the characters at its end that are neither letters nor numbers. */
    private static int trimmedEnd(char[] text, int start, int to) {
        int end = to;
        while (end > start) {
            char c = text[end - 1];
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                    return end;
                }
                end--;
            } else {
                int codePoint = Character.codePointBefore(text, end);
                if (isWordPart(codePoint)) {
                    return end;
                }
                end -= Character.charCount(codePoint);
            }
        }
        return end;
    }

    /** A letter or a number: the regex classes {@code \p{L}} and {@code \p{N}}. */
    private static boolean isWordPart(int codePoint) {
        if (codePoint < 0x80) {
            // ASCII, most of an abstract: its letters and digits are its only letters and numbers
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9'
                    || codePoint >= 'A' && codePoint <= 'Z';
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
