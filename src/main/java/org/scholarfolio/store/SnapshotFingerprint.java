package org.scholarfolio.store;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.model.Portfolio;

/**
 * The {@link ChangeCheck} of the bytes a portfolio snapshot was read from or written as, which names
 * the state a recovery journal's changes apply to: the file on the disk when the journal began. A
 * save computes it while writing the canonical bytes ({@link PortfolioStore#toJson}), and a load while
 * reading the file, so the snapshots last saved or opened (held weakly, by identity) keep theirs:
 * starting a journal after a save or an open, compacting one or replaying one over the file just
 * opened does not write the whole portfolio again (a second of processor time at 100,000
 * publications, on the first key typed after the open). A journal begun from an opened file and
 * replayed over the same file opened again names the same bytes, canonical or not. Any other snapshot
 * (one made in memory) is written once, canonically, into the checksum, never into memory.
 */
final class SnapshotFingerprint {
    /** Snapshots remembered: the last saves and the bases of open journals, a few windows' worth. */
    private static final int KEPT = 8;
    private static final Deque<Known> KNOWN = new ArrayDeque<>();

    private record Known(WeakReference<Portfolio> portfolio, String fingerprint) {
    }

    private SnapshotFingerprint() {
    }

    /** Notes that {@code portfolio} was just written as, or read from, bytes with {@code fingerprint}. */
    static void remember(Portfolio portfolio, String fingerprint) {
        synchronized (KNOWN) {
            KNOWN.removeIf(k -> k.portfolio().get() == null || k.portfolio().get() == portfolio);
            KNOWN.addFirst(new Known(new WeakReference<>(portfolio), fingerprint));
            while (KNOWN.size() > KEPT) {
                KNOWN.removeLast();
            }
        }
    }

    /** The fingerprint of the bytes {@code portfolio} was last saved as or opened from, else of its canonical bytes. */
    static String of(Portfolio portfolio) {
        synchronized (KNOWN) {
            for (Known k : KNOWN) {
                if (k.portfolio().get() == portfolio) {
                    return k.fingerprint();
                }
            }
        }
        ChangeCheck check = new ChangeCheck();
        try {
            PortfolioStore.writeJson(portfolio, new OutputStream() {
                @Override
                public void write(int b) {
                    check.update(new byte[] {(byte) b});
                }

                @Override
                public void write(byte[] b, int offset, int count) {
                    check.update(b, offset, count);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("a checksum does not fail to write", e);
        }
        String fingerprint = check.hex();
        remember(portfolio, fingerprint);
        return fingerprint;
    }
}
