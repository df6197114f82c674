package org.scholarfolio.store;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import org.scholarfolio.files.ChangeCheck;
import org.scholarfolio.model.Portfolio;

/**
 * The {@link ChangeCheck} of a portfolio's canonical bytes ({@link PortfolioStore#toJson}), which
 * names the state a recovery journal's changes apply to. A save computes it anyway while writing,
 * so the snapshots last saved (held weakly, by identity) keep theirs: starting a journal after a
 * save, or compacting one, does not write the whole portfolio again. Any other snapshot (one just
 * opened) is written once into the checksum, never into memory.
 */
final class CanonicalFingerprint {
    /** Snapshots remembered: the last saves and the bases of open journals, a few windows' worth. */
    private static final int KEPT = 8;
    private static final Deque<Known> KNOWN = new ArrayDeque<>();

    private record Known(WeakReference<Portfolio> portfolio, String fingerprint) {
    }

    private CanonicalFingerprint() {
    }

    /** Notes that {@code portfolio}'s canonical bytes have {@code fingerprint} (they were just written). */
    static void remember(Portfolio portfolio, String fingerprint) {
        synchronized (KNOWN) {
            KNOWN.removeIf(k -> k.portfolio().get() == null || k.portfolio().get() == portfolio);
            KNOWN.addFirst(new Known(new WeakReference<>(portfolio), fingerprint));
            while (KNOWN.size() > KEPT) {
                KNOWN.removeLast();
            }
        }
    }

    /** The fingerprint of {@code portfolio}'s canonical bytes. */
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
