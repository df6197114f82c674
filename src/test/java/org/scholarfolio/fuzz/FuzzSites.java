package org.scholarfolio.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;

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

    private static final List<String> UNSAFE_ELEMENTS = List.of("script", "iframe", "object", "embed", "style",
            "form", "base", "meta", "link", "frame", "frameset");

    /** Throws when the HTML could run anything: a script element, an event handler, a script address. */
    static void assertSafe(String html, String source) {
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            if (UNSAFE_ELEMENTS.contains(e.normalName())) {
                throw new AssertionError("<" + e.normalName() + "> in the HTML of " + source);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on") || ((name.equals("href") || name.equals("src") || name.equals("action")
                        || name.equals("formaction") || name.equals("xlink:href"))
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text")))) {
                    throw new AssertionError(name + "=\"" + a.getValue() + "\" in the HTML of " + source);
                }
            }
        }
    }
}
