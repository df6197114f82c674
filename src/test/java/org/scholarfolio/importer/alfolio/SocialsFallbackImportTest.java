package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.SocialLink;

/** A socials.yml with one unquoted @ costs that key only; keys only _config.yml has are kept. */
class SocialsFallbackImportTest {
    @Test
    void oneBadLineCostsOneKeyAndConfigOnlyKeysAreKept(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("_data"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Mae\nlast_name: Jemison\ngithub_username: maej\n");
        Files.writeString(site.resolve("_data/socials.yml"), """
                email: mae@example.org
                x_username: @maej
                orcid_id: 0000-0001-2345-6789
                rss_icon: true
                """);
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().profile().socialLinks()).extracting(SocialLink::kind)
                .containsExactly("email", "orcid_id", "rss_icon", "github_username");
        assertThat(r.warnings()).extracting(Diagnostic::toString).contains(
                "_data/socials.yml:2: \"x_username: @maej\" is not valid YAML (quote a value starting with @ or another sign);"
                        + " this key is skipped",
                "_config.yml:3: github_username is only in _config.yml, not in _data/socials.yml; imported from _config.yml");
    }

    /** Found by {@code FrontMatterProperties}: the parser placed the problem one line past the last, and the import threw. */
    @Test
    void aBadLastLineWithoutANewlineCostsItsKeyOnly(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("_data"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Mae\nlast_name: Jemison\n");
        Files.writeString(site.resolve("_data/socials.yml"), "title: title: ");

        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());

        assertThat(r.portfolio().profile().socialLinks()).isEmpty();
        assertThat(r.warnings()).extracting(Diagnostic::toString).anyMatch(w -> w.startsWith("_data/socials.yml:1: "));
    }

    /** Found by the al-folio fuzz target: old Mac line ends are lines to the parser, so they are lines here too. */
    @Test
    void aBadKeyInAFileWithCarriageReturnLineEndsCostsThatKeyOnly(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("_data"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Mae\nlast_name: Jemison\n");
        Files.writeString(site.resolve("_data/socials.yml"), "email: mae@example.org\rx_username: @maej\rorcid_id: 0000-0001-2345-6789\r");

        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());

        assertThat(r.portfolio().profile().socialLinks()).extracting(SocialLink::kind).containsExactly("email", "orcid_id");
        assertThat(r.warnings()).extracting(Diagnostic::toString).anyMatch(w -> w.startsWith("_data/socials.yml:2: \"x_username"));
    }
}
