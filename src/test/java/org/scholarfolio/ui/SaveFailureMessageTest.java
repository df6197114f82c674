package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scholarfolio.files.DiskWriteException;

/** A save that failed is told once, naming the file once, and says the changes are still in the window. */
class SaveFailureMessageTest {
    private static final Path FILE = Path.of("/home/ada/homepage/portfolio.json");

    @Test
    void aFullDiskNamesTheFileOnceAndKeepsTheChanges() {
        IOException full = DiskWriteException.of(FILE, new FileSystemException(FILE + ".tmp", null, "No space left on device"));

        String said = DocumentCommands.notSaved(FILE, full);

        assertThat(said).startsWith("Not saved: cannot write " + FILE + ": the disk is full.")
                .endsWith("Your changes are still here, unsaved: save again once that is fixed, or Save As into another folder")
                .doesNotContain(".tmp");
        assertThat(said.split(FILE.toString(), -1)).hasSize(2);
    }

    @Test
    void anyOtherFailureNamesTheFileAndTheReason() {
        String said = DocumentCommands.notSaved(FILE, new IOException("the connection was reset"));

        assertThat(said).startsWith("Not saved: cannot write " + FILE + ": the connection was reset; it is as it was."
                + " Your changes are still here");
    }

    @Test
    void aLockHeldTooLongIsToldInItsOwnWords() {
        String said = DocumentCommands.notSaved(FILE, new org.scholarfolio.store.PortfolioLockedException(FILE
                + " is being written by import bibtex; it was not changed. Try again when that has finished."));

        assertThat(said).isEqualTo("Not saved: " + FILE + " is being written by import bibtex; it was not changed."
                + " Try again when that has finished. Your changes are still here, unsaved: save again once that is"
                + " fixed, or Save As into another folder");
    }
}
