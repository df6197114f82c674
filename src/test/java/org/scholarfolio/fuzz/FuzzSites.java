package org.scholarfolio.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;
import org.scholarfolio.testing.SafeHtml;

/** Shared steps of the fuzz targets: an al-folio site made of fuzzed files, and the check that HTML is safe. */
final class FuzzSites {
    private FuzzSites() {
    }

    /** One site folder per process, its four files rewritten for each input (making and deleting a folder cost more than the import). */
    private static final Path SITE = scratchFolder("fuzz-site");

    /** Writes the four texts as an al-folio site's config, about page, news item and socials, then imports it. */
    static void importSite(String config, String about, String news, String socials) throws IOException {
        Files.writeString(SITE.resolve("_config.yml"), config);
        Files.writeString(SITE.resolve("_pages/about.md"), about);
        Files.writeString(SITE.resolve("_news/announcement_1.md"), news);
        Files.writeString(SITE.resolve("_data/socials.yml"), socials);
        AlfolioSiteImporter.importSite(SITE, AlfolioSiteImporter.Options.defaults());
    }

    /**
     * A new folder in memory ({@code /dev/shm}) where the system has one, else in the temporary
     * folder, with the site's sub-folders made; deleted when the process ends.
     */
    static Path scratchFolder(String prefix) {
        try {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, prefix)
                    : Files.createTempDirectory(prefix);
            for (String sub : new String[] {"_pages", "_news", "_data"}) {
                Files.createDirectories(dir.resolve(sub));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> AtomicFolder.deleteTreeQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws when the HTML could run anything: a script element, an event handler, a script address. */
    static void assertSafe(String html, String source) {
        SafeHtml.assertSafe(html, source);
    }
}
