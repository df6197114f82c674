package org.scholarfolio.store;

import java.nio.file.Path;
import org.scholarfolio.files.DiskWriteException;

/**
 * The one sentence told when a file cannot be written, by a command and by the editor's Save. A refused
 * write ({@link DiskWriteException}), a lock held by another writer ({@link PortfolioLockedException}) and
 * a file changed since it was read ({@link PortfolioChangedException}) already name the file, say what
 * to do and that the file is as it was; wrapping one in another "cannot write …" named the file twice
 * ("cannot write p/portfolio.json: cannot write p/portfolio.json: the disk is full …").
 */
public final class WriteFailure {
    private WriteFailure() {
    }

    /**
     * {@code e}, raised while writing {@code target}, as one sentence without a final full stop;
     * {@code state} (what became of the files) is added only to a failure that does not say it itself.
     */
    public static String sentence(Path target, Throwable e, String state) {
        String said = e instanceof DiskWriteException || e instanceof PortfolioLockedException
                || e instanceof PortfolioChangedException ? e.getMessage()
                : "cannot write " + target + ": " + e.getMessage() + "; " + state;
        return said.endsWith(".") ? said.substring(0, said.length() - 1) : said;
    }
}
