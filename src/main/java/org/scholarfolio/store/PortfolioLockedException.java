package org.scholarfolio.store;

import java.io.IOException;

/** Another writer held the portfolio's lock for longer than this one would wait; names the holder. */
public final class PortfolioLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    public PortfolioLockedException(String message) {
        super(message);
    }
}
