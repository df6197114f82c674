package org.scholarfolio.site;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One object for each distinct value that many publications' views show alike (an author as the
 * site shows them, a venue, a year), shared by every view of a site model: the researcher is on
 * nearly every paper, co-authors and venues come back, and each paper held its own copies,
 * about a kilobyte a publication, held by every view until the export ends (100 MB at 100,000
 * publications). Views are made on several threads at once.
 */
final class SharedValues {
    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    /** The value equal to {@code made} that this pool handed out first, else {@code made}. */
    @SuppressWarnings("unchecked")
    <T> T of(T made) {
        Object same = values.putIfAbsent(made, made);
        return same != null ? (T) same : made;
    }
}
