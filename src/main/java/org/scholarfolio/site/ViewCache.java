package org.scholarfolio.site;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.model.Diagnostic;

/**
 * What the site shows of each publication and news item (its views: Markdown rendered, BibTeX
 * written, links resolved), kept between the exports of one exporter, so that after one edit in
 * the editor only the edited record is rendered again. A view is found by its record's content key
 * ({@link RecordKeys}) and its address on the site; the whole cache is dropped when anything else a
 * view reads changes: the profile, the site settings, the extra pages, the options, the portfolio
 * folder's files, which sections exist ({@link #nextExport}'s context). Only the views the last
 * export used are kept: memory for one site's views, not for every edit's.
 */
final class ViewCache {
    /**
     * A record's views with the warnings and the copied files making them gave.
     *
     * @param value    the views
     * @param warnings the warnings found while making them, in order
     * @param placed   the portfolio files they placed in the site
     */
    record Kept<V>(V value, List<Diagnostic> warnings, SiteAssets.Placed placed) {
        Kept {
            warnings = List.copyOf(warnings);
        }
    }

    private final RecordKeys records;
    private long context;
    private Map<Long, Kept<?>> previous = new HashMap<>();
    private Map<Long, Kept<?>> current = new HashMap<>();
    private int made;

    ViewCache(RecordKeys records) {
        this.records = records;
    }

    /**
     * Starts an export whose views read {@code context} besides their own record: the views the
     * last export used are found again when it read the same context, and none when it did not.
     */
    synchronized void nextExport(long context) {
        previous = context == this.context ? current : new HashMap<>();
        current = new HashMap<>();
        this.context = context;
        made = 0;
    }

    /**
     * The views of {@code record} shown at {@code address}, as the last export made them when their
     * record and context are the same, else made now by {@code make} (on the calling thread; views
     * of different records may be made in parallel). A record that cannot be keyed is always made.
     */
    <V> Kept<V> get(Object record, String address, Supplier<Kept<V>> make) {
        Long key;
        try {
            key = keyOf(record, address);
        } catch (IllegalArgumentException e) {
            return make.get();
        }
        synchronized (this) {
            Kept<?> kept = current.get(key);
            if (kept == null) {
                kept = previous.get(key);
            }
            if (kept != null) {
                current.put(key, kept);
                @SuppressWarnings("unchecked")
                Kept<V> same = (Kept<V>) kept;
                return same;
            }
        }
        Kept<V> fresh = make.get();
        synchronized (this) {
            current.put(key, fresh);
            made++;
        }
        return fresh;
    }

    /** The context of this export's views ({@link #nextExport}). */
    synchronized long context() {
        return context;
    }

    /**
     * The key {@link #get} finds the views of {@code record} at {@code address} by.
     *
     * @throws IllegalArgumentException when the record cannot be keyed (its views are never kept)
     */
    long keyOf(Object record, String address) {
        return RecordKeys.combine(records.of(record), text(address));
    }

    /**
     * Keeps every view the last export used for the next one, but those found by {@code stale}:
     * this export took its other views from the last model without asking for each ({@link
     * PublicationsPart#patched}), and the views of the records it replaced are no longer shown.
     */
    synchronized void carryOver(java.util.Collection<Long> stale) {
        stale.forEach(previous::remove);
        previous.putAll(current);
        current = previous;
        previous = new HashMap<>();
    }

    /** How many records' views this export made rather than found (tests see what is kept). */
    synchronized int made() {
        return made;
    }

    /** How many records' views are kept now. */
    synchronized int size() {
        return current.size();
    }

    private static long text(String s) {
        return new ChangeCheck().update(s.getBytes(StandardCharsets.UTF_8)).value();
    }
}
