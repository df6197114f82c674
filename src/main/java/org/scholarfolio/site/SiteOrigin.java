package org.scholarfolio.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.scholarfolio.files.ContentHash;

/**
 * The portfolio a site is made from, as the site's manifest names it: "portfolio" and the first 16
 * hex digits of the SHA-256 of the portfolio folder's real path. The manifest is published with
 * the site, so it names no path; a hash of the path needs nothing stored in the portfolio, tells a
 * copy of a portfolio from the original, and is the same for every build and every way of writing
 * the path (links resolved). See docs/decisions/one-guarded-output-folder.md.
 */
final class SiteOrigin {
    private static final String SALT = "scholarfolio portfolio folder\n";

    private SiteOrigin() {
    }

    /** The origin of a site made from the portfolio in {@code portfolioDir}. */
    static String of(Path portfolioDir) {
        Path folder = portfolioDir.toAbsolutePath().normalize();
        try {
            folder = folder.toRealPath();
        } catch (IOException e) {
            // A folder not there yet (a test's, a portfolio about to be saved): its path as written.
        }
        String hash = ContentHash.of((SALT + folder).getBytes(StandardCharsets.UTF_8));
        return "portfolio " + hash.substring(0, 16);
    }
}
