package org.scholarfolio.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;
import org.scholarfolio.testing.SafeHtml;

/** Shared steps of the fuzz targets: an al-folio site made of fuzzed files, and the check that HTML is safe. */
final class FuzzSites {
    private FuzzSites() {
    }

    /** Writes the four texts as an al-folio site's config, about page, news item and socials, then imports it. */
    static void importSite(String config, String about, String news, String socials) throws IOException {
        Path site = Files.createTempDirectory("fuzz-site");
        try {
            Files.writeString(site.resolve("_config.yml"), config);
            Files.createDirectories(site.resolve("_pages"));
            Files.writeString(site.resolve("_pages/about.md"), about);
            Files.createDirectories(site.resolve("_news"));
            Files.writeString(site.resolve("_news/announcement_1.md"), news);
            Files.createDirectories(site.resolve("_data"));
            Files.writeString(site.resolve("_data/socials.yml"), socials);
            AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        } finally {
            AtomicFolder.deleteTreeQuietly(site);
        }
    }

    /** Throws when the HTML could run anything: a script element, an event handler, a script address. */
    static void assertSafe(String html, String source) {
        SafeHtml.assertSafe(html, source);
    }
}
