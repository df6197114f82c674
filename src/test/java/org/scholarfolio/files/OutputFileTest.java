package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a file's bytes reach the disk: a page's way (a stream) and a larger file's (a channel) write the same. */
class OutputFileTest {
    @TempDir
    Path temp;

    @Test
    void aPageAndALargerFileAreWrittenWholeOverLongerFiles() throws IOException {
        Random random = new Random(33);
        for (int size : new int[] {0, 1, 8191, 8193, 12_000, 64 << 10, (64 << 10) + 1, 3 << 20}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path target = temp.resolve("file-" + size);
            // A longer file in the way is emptied first.
            Files.write(target, new byte[size + 5000]);
            OutputFile.writeBytes(target, bytes);
            assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
            OutputFile.writeBytes(temp.resolve("new-" + size), bytes);
            assertThat(Files.readAllBytes(temp.resolve("new-" + size))).isEqualTo(bytes);
        }
    }

    /**
     * A page into a folder that is not there fails as a channel's open fails, with the file system's own exception,
     * which DiskWriteException tells as a missing folder without the file's (perhaps staging) name; a stream's
     * FileNotFoundException would carry the name in its message and no kind.
     */
    @Test
    void aPageIntoAMissingFolderFailsWithTheFileSystemsOwnException() {
        Path target = temp.resolve("gone").resolve("index.html");
        assertThatThrownBy(() -> OutputFile.writeBytes(target, new byte[] {'<', '!'}))
                .isInstanceOf(NoSuchFileException.class)
                .satisfies(e -> assertThat(DiskWriteException.classify((IOException) e)).isEqualTo(DiskWriteException.Cause.NO_SUCH_FOLDER));
    }
}
