package org.scholarfolio.store;

import java.nio.file.Path;

/** A second process for {@link PortfolioLockTest}: takes the lock, says so, and keeps it until killed. */
public final class HoldPortfolioLock {
    private HoldPortfolioLock() {
    }

    public static void main(String[] args) throws Exception {
        PortfolioLock lock = PortfolioLock.acquire(Path.of(args[0]), "the holding test process");
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
        lock.close();
    }
}
