package org.scholarfolio.ui;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The portfolio file is no longer the one this window opened or last saved (another window, a
 * command or a sync client wrote it since); the save wrote nothing.
 */
public final class FileChangedOnDiskException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FileChangedOnDiskException(Path file, Throwable cause) {
        super(file + " was changed by another program since you opened it; nothing was written", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
