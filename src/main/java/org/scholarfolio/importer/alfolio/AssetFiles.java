package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.ConfinedPath;

/**
 * Copies an imported site's files (photo, PDFs, previews) into the new portfolio folder. A file
 * that is a link leading out of the site (an {@code assets/pdf/paper.pdf} that links to
 * {@code /etc/passwd}) is never read, and nothing is written outside the portfolio folder.
 */
public final class AssetFiles {
    private AssetFiles() {
    }

    /** Copies each asset; returns one note per file left out, to print as a warning. */
    public static List<String> copyAll(List<AssetCopy> assets, Path siteDir, Path portfolioDir) throws IOException {
        Path root = portfolioDir.toAbsolutePath().normalize();
        List<String> leftOut = new ArrayList<>();
        for (AssetCopy a : assets) {
            if (ConfinedPath.writeEscapes(root, Path.of(a.target()))) {
                leftOut.add(a.target() + " would be outside the portfolio folder; not copied");
            } else if (!ConfinedPath.isInside(siteDir, a.source())) {
                leftOut.add(siteDir.toAbsolutePath().normalize().relativize(a.source().toAbsolutePath().normalize())
                        + " is a link to a file outside the site folder; not copied");
            } else {
                AtomicFile.copy(a.source(), root.resolve(a.target()).normalize());
            }
        }
        return leftOut;
    }
}
