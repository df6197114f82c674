package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;

/**
 * Whatever YAML an al-folio site holds (front matter, {@code _config.yml}, {@code _data/socials.yml}),
 * the import goes on, and every finding names a file of the site and a line inside it. The texts are
 * YAML's syntax cut into pieces and glued in any order: anchors and aliases, merge keys, tags a safe
 * loader must refuse, flow collections left open, tabs, documents markers, Liquid and HTML comments.
 */
class FrontMatterProperties {
    private static final List<String> PIECES = List.of("title: ", "first_name: ", "last_name: ", "email: ",
            "scholar:\n  last_name: [", "  first_name: ", "announcements:\n  enabled: ", "date: ", "layout: about\n",
            "profile:\n  image: ", "  address: >\n    ", "github_username: ", "- ", "? ", ": ", "&a ", "*a", "*missing",
            "<<: *a\n", "!!binary ", "!!python/object:os.system ", "!!javax.script.ScriptEngineManager [", "!custom ",
            "%YAML 1.2\n", "---\n", "...\n", "|\n  ", ">-\n  ", "'", "\"", "{", "}", "[", "]", ",", "#", "\t", "  ",
            "\n", "\r\n", "2024-02-30", "2024-01-01 10:00:00 +0100", "~", "null", "yes", "0x1F", ".inf", "1e400",
            "<!--", "-->", "{{ site.title }}", "{% raw %}", "\\u0000", "é", "中文", "😀", "\uFEFF", "\u0085");

    @Provide
    Arbitrary<String> yaml() {
        return Arbitraries.of(PIECES).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property
    void frontMatterParsesOrIsReportedAtALineOfTheFile(@ForAll("yaml") String front, @ForAll("yaml") String body) {
        String text = "---\n" + front + "\n---\n" + body;
        FrontMatterFile file = FrontMatterFile.parse(text, "_pages/about.md");

        int lines = lineCount(text);
        file.error.ifPresent(error -> assertLocated(error, Map.of("_pages/about.md", lines)));
        file.duplicateKeys.forEach(d -> assertLocated(d, Map.of("_pages/about.md", lines)));
    }

    @Property
    void aSiteOfAnyYamlImportsWithEveryFindingInAFileOfTheSite(@ForAll("yaml") String config,
            @ForAll("yaml") String about, @ForAll("yaml") String news, @ForAll("yaml") String socials)
            throws IOException, PortfolioLoadException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_config.yml", config);
        files.put("_pages/about.md", "---\nlayout: about\n" + about + "\n---\n" + news);
        files.put("_news/announcement_1.md", "---\n" + news + "\n---\n" + about);
        files.put("_data/socials.yml", socials);
        Path site = Files.createTempDirectory("yaml-site");
        try {
            Map<String, Integer> lines = new LinkedHashMap<>();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = site.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
                lines.put(f.getKey(), lineCount(f.getValue()));
            }
            AlfolioImport imported = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());

            imported.warnings().forEach(w -> assertLocated(w, lines));
            // What was imported can be kept: it saves and loads back as it is.
            Path saved = Files.createDirectories(site.resolve("portfolio"));
            PortfolioStore.save(saved, imported.portfolio());
            assertThat(PortfolioStore.load(saved).portfolio()).isEqualTo(imported.portfolio());
        } finally {
            AtomicFolder.deleteTreeQuietly(site);
        }
    }

    /** The finding names one of the files and, when it names a line, one inside that file. */
    private static void assertLocated(Diagnostic d, Map<String, Integer> lineCounts) {
        assertThat(d.message()).as("message of %s", d).isNotBlank();
        assertThat(lineCounts).as("file of %s", d).containsKey(d.source().file());
        assertThat(d.source().line()).as("line of %s", d).isBetween(0, lineCounts.get(d.source().file()));
    }

    private static int lineCount(String text) {
        return text.split("\r\n|\r|\n|\u0085|\u2028|\u2029", -1).length;
    }
}
