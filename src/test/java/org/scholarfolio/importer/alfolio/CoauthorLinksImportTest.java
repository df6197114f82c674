package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Author;

/** _data/coauthors.yml: the co-authors' pages the publication list links from their names. */
class CoauthorLinksImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private ImportedSite siteWith(String coauthors) throws IOException {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nscholar:\n  last_name: [Holt]\n  first_name: [Mira, M.]\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_bibliography/papers.bib", """
                @article{holt2024drift,
                  title = {Drift in Small Orbits},
                  author = {Holt, Mira and Quist*, Tobias and Ørsted, Lene and Quist, Ruth and Vale, P. K. and Nadir, Sami},
                  journal = {Journal of Orbits}, year = {2024}
                }
                @article{holt2023ring,
                  title = {Rings}, author = {Holt, M. and Quist, T.}, journal = {Journal of Orbits}, year = {2023}
                }
                """);
        write("_data/coauthors.yml", coauthors);
        return ImportedSite.withBibliography(site);
    }

    private static String url(ImportedSite s, String key, int author) {
        Author a = s.paper(key).authors().get(author);
        return a.url();
    }

    @Test
    void anAuthorTheFileNamesIsLinkedToTheirPageByFamilyAndGivenName() throws Exception {
        // keys as current al-folio writes them (lower case, no accents), given names as a list of spellings
        ImportedSite s = siteWith("""
                "quist":
                  - firstname: ["Tobias", "T."]
                    url: https://quist.example.org/
                  - firstname: ["Ruth"]
                    url: https://ruth.example.net/
                "orsted":
                  - firstname: ["Lene"]
                    url: https://orsted.example.edu/~lene
                """);
        assertThat(url(s, "holt2024drift", 1)).isEqualTo("https://quist.example.org/"); // the * marker off first
        assertThat(url(s, "holt2024drift", 2)).isEqualTo("https://orsted.example.edu/~lene");
        assertThat(url(s, "holt2024drift", 3)).isEqualTo("https://ruth.example.net/");
        assertThat(url(s, "holt2023ring", 1)).isEqualTo("https://quist.example.org/");
        assertThat(url(s, "holt2024drift", 4)).isEmpty(); // not in the file
        assertThat(s.warnings()).contains("_data/coauthors.yml:1: 4 author names in the publications linked to the"
                + " co-author's page, as the site's publication list links them");
    }

    @Test
    void aCapitalisedKeyAndAGivenNameWrittenAsOneStringMatchAsOlderLayoutsMatchThem() throws Exception {
        // an older site: keys spelled as in the .bib, firstname one string that holds the given names
        ImportedSite s = siteWith("""
                "Vale":
                  - firstname: "P. K. Vale"
                    url: https://vale.example.org
                """);
        assertThat(url(s, "holt2024drift", 4)).isEqualTo("https://vale.example.org");
    }

    @Test
    void anEntryWithoutAWebAddressLinksNothingAndNoOtherEntryIsTried() throws Exception {
        // a blank url (written as a reminder), and an address that is no web page
        ImportedSite s = siteWith("""
                "quist":
                  - firstname: ["Tobias", "T."]
                    url:
                  - firstname: ["Tobias"]
                    url: https://not-this-one.example.org/
                "nadir":
                  - firstname: ["Sami"]
                    url: javascript:alert(1)
                """);
        assertThat(url(s, "holt2024drift", 1)).isEmpty();
        assertThat(url(s, "holt2024drift", 5)).isEmpty();
        assertThat(s.warnings()).noneMatch(w -> w.contains("co-author's page"));
    }

    @Test
    void aFileThatIsNotYamlIsReportedAndThePublicationsStayAsRead() throws Exception {
        ImportedSite s = siteWith("\"quist\":\n  - firstname: [\"Tobias\"\n    url: https://quist.example.org/\n");
        assertThat(url(s, "holt2024drift", 1)).isEmpty();
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("_data/coauthors.yml:")
                && w.endsWith("; co-authors' names are not linked to their pages"));
        assertThat(s.result().portfolio().publications()).hasSize(2);
    }
}
