package org.scholarfolio.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** A portfolio folder whose portfolio.json has a given size but no content: sparse, so no disk blocks are written. */
public final class SparsePortfolio {
    private SparsePortfolio() {
    }

    /** The folder {@code name} made in {@code parent}, holding a portfolio.json of {@code size} bytes. */
    public static Path in(Path parent, String name, long size) throws IOException {
        Path folder = Files.createDirectory(parent.resolve(name));
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve("portfolio.json").toFile(), "rw")) {
            file.setLength(size);
        }
        return folder;
    }
}
