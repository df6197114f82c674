package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.PortfolioFiles;

/**
 * The JSON store made as slow as a test wants: while closed, every open and save waits at the gate
 * until the test lets it through, so the test can act while the file operation is running. Counts
 * how many saves ran at the same time.
 */
final class GatedPortfolioFiles implements PortfolioFiles {
    private final PortfolioFiles store = new StorePortfolioFiles();
    private final Semaphore passes = new Semaphore(0);
    private volatile boolean closed;
    final AtomicInteger waiting = new AtomicInteger();
    final AtomicInteger savesStarted = new AtomicInteger();
    final AtomicInteger savesRunning = new AtomicInteger();
    final AtomicInteger mostSavesAtOnce = new AtomicInteger();

    void close() {
        closed = true;
    }

    /** Lets one waiting (or the next) operation through. */
    void letOneThrough() {
        passes.release();
    }

    /** Opens the gate for good, letting everything waiting through. */
    void open() {
        closed = false;
        passes.release(1000);
    }

    private void pass() throws IOException {
        if (!closed) {
            return;
        }
        waiting.incrementAndGet();
        try {
            if (!passes.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IOException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted at the gate", e);
        } finally {
            waiting.decrementAndGet();
        }
    }

    @Override
    public Opened open(Path folderOrJson) throws IOException {
        pass();
        return store.open(folderOrJson);
    }

    @Override
    public void save(Path jsonFile, Portfolio portfolio) throws IOException {
        savesStarted.incrementAndGet();
        int now = savesRunning.incrementAndGet();
        mostSavesAtOnce.accumulateAndGet(now, Math::max);
        try {
            pass();
            store.save(jsonFile, portfolio);
        } finally {
            savesRunning.decrementAndGet();
        }
    }
}
