package org.scholarfolio.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code portfolio.json} on disk is no longer the one that was loaded (another program, window
 * or sync client wrote it since), so saving would silently drop that change: the save is refused.
 */
public final class PortfolioChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public PortfolioChangedException(Path file) {
        super(file + " was changed by another program since it was loaded; it was not overwritten."
                + " Load it again (or compare and merge by hand), then save.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
