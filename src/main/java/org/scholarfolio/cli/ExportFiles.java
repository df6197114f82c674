package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.scholarfolio.files.AtomicFile;

/**
 * Where the single-file export commands may write, and writing there without ever leaving half a
 * file. Site folders are written by {@code files.OutputFolder}.
 */
final class ExportFiles {
    private ExportFiles() {
    }

    /** Why a single output file may not be written, or empty when it may. */
    static Optional<String> refuseFile(Path out, boolean force) {
        if (Files.isDirectory(out)) {
            return Optional.of(out + " is a folder; name the file to write");
        }
        if (Files.exists(out) && !force) {
            return Optional.of(out + " already exists; use --force to replace it");
        }
        return Optional.empty();
    }

    static void writeFile(Path out, String text) throws IOException {
        AtomicFile.write(out, text.getBytes(StandardCharsets.UTF_8));
    }
}
