package org.scholarfolio.lookup;

/** Told how far a run of lookups has come, so a window can show it; {@code done} of {@code total}. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, current) -> { };

    void progress(int done, int total, String current);
}
