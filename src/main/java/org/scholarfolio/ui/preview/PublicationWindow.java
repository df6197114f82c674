package org.scholarfolio.ui.preview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholarfolio.model.Publication;
import org.scholarfolio.model.RecordList;

/**
 * The publications the preview renders when a portfolio has more than {@link #LIMIT}: the newest
 * {@link #LIMIT} in the site's order (newest year first, the portfolio's order within a year), the
 * first {@link #SELECTED} selected ones in that order, so that the about page lists the start of the
 * site's list (more when more are among the newest; at 100,000 publications it listed 503 of 1,000,
 * a 1.4 MB page that WebKit parsed, tore down and collected on each switch), one paper of each year
 * (the list pages link every year) and the one changed last.
 * The site's publications page shows the newest {@code PublicationList.PAGE_LIMIT} (250) entries,
 * so it looks the same; building the views of 100,000 records for every key is what this saves.
 * The list is compared with the one seen before by identity, so finding the changed record compares
 * no text, and walks only the arrays the two lists do not share ({@code RecordList.replaced}). The export always writes every publication; this is the
 * preview's alone. Used on the rendering thread, one render at a time.
 */
final class PublicationWindow {
    /** The newest publications rendered, twice the entries of the site's first list page. */
    static final int LIMIT = 500;

    /** The selected publications rendered (the about page's list), the first in the site's order. */
    static final int SELECTED = 100;

    /**
     * What one render kept: the newest {@code newest}, {@code others} more (selected, changed) of
     * {@code total}; {@code selectedShown} of the {@code selected} selected ones.
     */
    record Shown(int newest, int others, int total, int selectedShown, int selected) {
        Shown(int newest, int others, int total) {
            this(newest, others, total, 0, 0);
        }
    }

    /** The publications to render, in the portfolio's order, and each one's index in the whole list. */
    record Kept(List<Publication> publications, int[] indexes, Shown shown) {
        private static final Pattern RECORD = Pattern.compile("data-record=\"publications\\[(\\d+)]\"");

        /** The page with each {@code data-record} naming the publication's index in the whole list. */
        String withWholeIndexes(String html) {
            Matcher m = RECORD.matcher(html);
            StringBuilder out = new StringBuilder(html.length() + 1_024);
            while (m.find()) {
                int kept = Integer.parseInt(m.group(1));
                String whole = kept < indexes.length ? String.valueOf(indexes[kept]) : m.group(1);
                m.appendReplacement(out, "data-record=\"publications[" + whole + "]\"");
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    private final int limit;
    private final int selectedLimit;
    private List<Publication> seen;
    /** The list the last window was worked out from, that window, and {@link #changed} then. */
    private List<Publication> lastAll;
    private Kept lastKept;
    private int lastChanged = -1;
    /** Above this many replaced records the window is worked out afresh. */
    private static final int REPLACED_IN_PLACE = 64;
    /** The index of the publication changed last, or -1. */
    private int changed = -1;

    PublicationWindow() {
        this(LIMIT);
    }

    /** {@code limit}: the newest publications kept (tests use small numbers). */
    PublicationWindow(int limit) {
        this(limit, SELECTED);
    }

    /** {@code limit}: the newest publications kept; {@code selected}: the selected ones kept (tests use small numbers). */
    PublicationWindow(int limit, int selected) {
        this.limit = limit;
        this.selectedLimit = selected;
    }

    /** Another document was opened. */
    void reset() {
        seen = null;
        changed = -1;
        lastAll = null;
        lastKept = null;
    }

    /**
     * Null when {@code all} is short enough to render whole. {@code before}: the portfolio's own list
     * (compared by identity with the one seen last, to find the change); {@code all}: the list to
     * render, the same records or their shortened copies, index for index.
     */
    Kept keep(List<Publication> before, List<Publication> all) {
        List<Publication> previous = seen;
        seen = before;
        if (previous != null && previous.size() != before.size()) {
            changed = -1; // added or removed: the indexes moved
        }
        int difference = previous == null ? -1 : firstDifference(previous, before);
        if (difference >= 0 && difference < before.size()) {
            changed = difference;
        }
        if (all.size() <= limit) {
            return null;
        }
        Kept same = sameWindow(all);
        lastAll = all;
        lastChanged = changed;
        if (same != null) {
            lastKept = same;
            return same;
        }
        // The site lists the newest year first, a year's entries in the portfolio's order: the newest
        // `limit` are every entry above one year, and that year's first ones.
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        List<Integer> selected = new ArrayList<>();
        // One paper of each year, not a selected one where the year has another: the list pages link every
        // year the list has, and the preview's did when the selected ones spanned them all (a key typed into
        // an old paper then patched one entry; with a year new to the links the page was swapped, 40 ms).
        Map<Integer, Integer> ofYear = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Publication p = all.get(i);
            int year = yearOf(p);
            perYear.merge(year, 1, Integer::sum);
            if (p.selected()) {
                selected.add(i);
                ofYear.putIfAbsent(year, i);
            } else {
                Integer was = ofYear.get(year);
                if (was == null || all.get(was).selected()) {
                    ofYear.put(year, i);
                }
            }
        }
        BitSet yearKept = new BitSet(all.size());
        ofYear.values().forEach(yearKept::set);
        int above = 0;
        int cutYear = Integer.MIN_VALUE;
        for (var year : perYear.descendingMap().entrySet()) {
            if (above + year.getValue() >= limit) {
                cutYear = year.getKey();
                break;
            }
            above += year.getValue();
        }
        int fromCutYear = limit - above;
        // The about page's list: the first selected ones in the site's order (a stable sort, newest year first).
        selected.sort(Comparator.comparingInt((Integer i) -> yearOf(all.get(i))).reversed());
        BitSet keptSelected = new BitSet(all.size());
        for (int i : selected.subList(0, Math.min(selected.size(), selectedLimit))) {
            keptSelected.set(i);
        }
        int[] indexes = new int[Math.min(all.size(), limit + selectedLimit + ofYear.size() + 1)];
        Publication[] kept = new Publication[indexes.length];
        int count = 0;
        int others = 0;
        int selectedShown = 0;
        for (int i = 0; i < all.size() && count < indexes.length; i++) {
            Publication p = all.get(i);
            int year = yearOf(p);
            boolean newest = year > cutYear || year == cutYear && fromCutYear-- > 0;
            boolean other = !newest && (i == changed || keptSelected.get(i) || yearKept.get(i));
            if (newest || other) {
                others += other ? 1 : 0;
                selectedShown += p.selected() ? 1 : 0;
                indexes[count] = i;
                kept[count++] = p;
            }
        }
        lastKept = new Kept(List.copyOf(Arrays.asList(kept).subList(0, count)), Arrays.copyOf(indexes, count),
                new Shown(count - others, others, all.size(), selectedShown, selected.size()));
        return lastKept;
    }

    /**
     * The last window with the records replaced since in it, when no replaced record changed its year
     * or its selected flag and the record changed last is the same: then the same places are kept.
     * A key typed into one of 100,000 publications looks at the record it replaced, not at every
     * record's year again. Null when the window must be worked out afresh.
     */
    private Kept sameWindow(List<Publication> all) {
        if (lastKept == null || lastChanged != changed) {
            return null;
        }
        int[] replaced = RecordList.replaced(lastAll, all, REPLACED_IN_PLACE);
        if (replaced == null) {
            return null;
        }
        Publication[] kept = lastKept.publications().toArray(new Publication[0]);
        for (int i : replaced) {
            Publication was = lastAll.get(i);
            Publication now = all.get(i);
            if (yearOf(was) != yearOf(now) || was.selected() != now.selected()) {
                return null;
            }
            int at = Arrays.binarySearch(lastKept.indexes(), i);
            if (at >= 0) {
                kept[at] = now;
            }
        }
        return replaced.length == 0 ? lastKept : new Kept(List.of(kept), lastKept.indexes(), lastKept.shown());
    }

    private static int yearOf(Publication p) {
        return p.year() == null ? Integer.MIN_VALUE : p.year();
    }

    /** The first index where the two lists hold another record (by identity); -1 when none. */
    static int firstDifference(List<Publication> a, List<Publication> b) {
        if (a == b) {
            return -1;
        }
        // A key typed: the two snapshots share all but the arrays on the way to the record it replaced.
        int[] replaced = RecordList.replaced(a, b, 1);
        if (replaced != null) {
            return replaced.length == 0 ? -1 : replaced[0];
        }
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (a.get(i) != b.get(i)) {
                return i;
            }
        }
        return a.size() == b.size() ? -1 : n;
    }
}
