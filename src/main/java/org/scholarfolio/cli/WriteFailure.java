package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.scholarfolio.files.DiskWriteException;

/**
 * The one sentence a command prints when a file cannot be written. A {@link DiskWriteException} already
 * names the file, says what to do and that the files there are as they were; wrapping it in another
 * "cannot write …" named the file twice ("cannot write p/portfolio.json: cannot write p/portfolio.json:
 * the disk is full …").
 */
final class WriteFailure {
    private WriteFailure() {
    }

    /** {@code e}, raised while writing {@code target}, as one sentence; {@code state} says what became of the files. */
    static String sentence(Path target, IOException e, String state) {
        if (e instanceof DiskWriteException) {
            return e.getMessage();
        }
        return "cannot write " + target + ": " + e.getMessage() + "; " + state;
    }
}
