package org.scholarfolio.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.scholarfolio.files.ContentHash;

/**
 * The portfolio a site is made from, as the site's manifest names it: "portfolio" and the first 16
 * hex digits of the SHA-256 of this installation's secret ({@link SiteOriginKey}) and the portfolio
 * folder's real path. The manifest is published with the site: without the secret, which never
 * leaves this computer's user, the line tells nothing about the path, and a guessed path cannot be
 * confirmed from it. On this computer it needs nothing stored in the portfolio, tells a copy of a
 * portfolio from the original, and is the same for every build and every way of writing the path
 * (links resolved). See docs/decisions/one-guarded-output-folder.md.
 */
final class SiteOrigin {
    private SiteOrigin() {
    }

    /** The origin of a site made from the portfolio in {@code portfolioDir} on this installation. */
    static String of(Path portfolioDir) {
        return of(portfolioDir, SiteOriginKey.ofThisInstallation());
    }

    /**
     * The origin of a site made from the portfolio in {@code portfolioDir} under {@code key}. A
     * secret prefix is enough (no HMAC): the hash is never checked as a signature, and a prefix
     * hash cannot be turned back into the secret or the path; it also keeps the cryptography
     * providers' set-up out of the export's start.
     */
    static String of(Path portfolioDir, String key) {
        String hash = ContentHash.of((key + "\n" + realPath(portfolioDir)).getBytes(StandardCharsets.UTF_8));
        return "portfolio " + hash.substring(0, 16);
    }

    /**
     * How session 28's build named the same portfolio (its path after a fixed, public prefix): a site
     * it exported is this portfolio's, not another's, so upgrading asks nothing. Only compared with a
     * manifest's line, never written: the next export names the origin as {@link #of} does.
     */
    static String formerOf(Path portfolioDir) {
        String hash = ContentHash.of(("scholarfolio portfolio folder\n" + realPath(portfolioDir))
                .getBytes(StandardCharsets.UTF_8));
        return "portfolio " + hash.substring(0, 16);
    }

    private static Path realPath(Path portfolioDir) {
        Path folder = portfolioDir.toAbsolutePath().normalize();
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            // A folder not there yet (a test's, a portfolio about to be saved): its path as written.
            return folder;
        }
    }
}
