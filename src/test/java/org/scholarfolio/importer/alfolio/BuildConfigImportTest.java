package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sites built with another configuration than {@code _config.yml}, named by the workflow that deploys
 * them, and sites whose own bibliography layout serves the PDFs from a folder of their own.
 */
class BuildConfigImportTest {
    /** The template's configuration, left as it came: the build does not read it. */
    private static final String TEMPLATE_CONFIG = """
            title: blank
            first_name: You
            middle_name: R.
            last_name: Name
            url: https://alshedivat.github.io
            baseurl: /al-folio
            scholar:
              last_name: [Einstein]
              first_name: [Albert, A.]
              bibliography: papers.bib
            """;

    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private void aboutAndPapers() throws IOException {
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/publications.md", "---\nlayout: page\npermalink: /publications/\ntitle: publications\n---\n"
                + "{% bibliography %}\n");
        write("_bibliography/papers.bib", """
                @inproceedings{holt2024orbit,
                  title = {Orbits of Small Things},
                  author = {Holt, Mira and Okafor, Ben},
                  booktitle = {Proceedings of Small Things},
                  year = {2024},
                  pdf = {orbit.pdf}
                }
                """);
    }

    @Test
    void onlyTheConfigurationTheDeployWorkflowNamesIsRead() throws Exception {
        write("_config.yml", TEMPLATE_CONFIG);
        write("_config_mira.yml", """
                title: blank
                first_name: Mira
                last_name: Holt
                url: https://mira-holt.example.org
                baseurl:
                scholar:
                  last_name: [Holt]
                  first_name: [Mira, M.]
                  bibliography: papers.bib
                  bibliography_template: ownbib
                """);
        write(".github/workflows/deploy.yml", """
                name: deploy
                on: push
                jobs:
                  deploy:
                    steps:
                      - name: Build
                        run: |
                          export JEKYLL_ENV=production
                          bundle exec jekyll build --config _config_mira.yml
                """);
        write("_layouts/ownbib.liquid", """
                {%- if entry.pdf -%}
                  {%- if entry.pdf contains '://' -%}<a href="{{ entry.pdf }}">PDF</a>
                  {%- else -%}<a href="{{ entry.pdf | prepend: '/assets/pdf/publications/' | relative_url }}">PDF</a>{%- endif -%}
                {%- endif -%}
                """);
        write("assets/pdf/publications/orbit.pdf", "%PDF-1.4\n");
        aboutAndPapers();

        ImportedSite imported = ImportedSite.withBibliography(site);

        var portfolio = imported.result().portfolio();
        assertThat(portfolio.profile().name().display()).isEqualTo("Mira Holt");
        assertThat(portfolio.profile().nameVariants()).contains("Mira Holt", "M. Holt");
        assertThat(portfolio.site().baseUrl()).isEqualTo("https://mira-holt.example.org");
        assertThat(imported.warnings()).contains(".github/workflows/deploy.yml:9: the site is built with --config"
                + " _config_mira.yml: the name, title, address and other settings are read from _config_mira.yml,"
                + " not from _config.yml");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("You R. Name") || w.contains("alshedivat"));
        assertThat(imported.warnings()).noneMatch(w -> w.contains("does not exist"));
        assertThat(imported.paper("holt2024orbit").links().values()).containsValue("orbit.pdf");
        assertThat(imported.result().assets()).extracting(AssetCopy::target).contains("assets/orbit.pdf");
    }

    @Test
    void configurationsNamedTogetherAreMergedInOrderTheLaterWinningKeyByKey() throws Exception {
        write("_config.yml", """
                first_name: Mira
                last_name: Holt
                title: draft title
                url: https://localhost.example.org
                scholar:
                  last_name: [Holt]
                  first_name: [Mira]
                  bibliography: papers.bib
                """);
        write("_config_live.yml", """
                title: Mira Holt's lab
                url: https://mira-holt.example.org
                scholar:
                  first_name: [Mira, M.]
                """);
        write(".github/workflows/build.yml", "jobs:\n  b:\n    steps:\n      - run: bundle exec jekyll build"
                + " --config \"_config.yml,_config_live.yml\" --future\n");
        aboutAndPapers();
        write("assets/pdf/orbit.pdf", "%PDF-1.4\n");

        ImportedSite imported = ImportedSite.withBibliography(site);

        var portfolio = imported.result().portfolio();
        assertThat(portfolio.profile().name().display()).isEqualTo("Mira Holt");
        assertThat(portfolio.site().title()).isEqualTo("Mira Holt's lab");
        assertThat(portfolio.site().baseUrl()).isEqualTo("https://mira-holt.example.org");
        // scholar.last_name comes from the first file, scholar.first_name from the second
        assertThat(portfolio.profile().nameVariants()).contains("Mira Holt", "M. Holt");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith(".github/workflows/build.yml:4: the site is built with"
                + " --config _config.yml,_config_live.yml: the name, title, address and other settings are read from"
                + " _config.yml and then _config_live.yml"));
        assertThat(imported.result().assets()).extracting(AssetCopy::target).contains("assets/orbit.pdf");
    }

    @Test
    void aWarningAboutAKeyNamesTheFileAndLineTheBuildTakesItFrom() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_config_live.yml", "# the live site\n\nurl: mira-holt.example.org\n");
        write(".github/workflows/deploy.yml", "steps:\n  - run: jekyll build --config=_config.yml,_config_live.yml\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");

        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().site().baseUrl()).isEqualTo("https://mira-holt.example.org");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_config_live.yml:3: url mira-holt.example.org has no https://"));
    }

    @Test
    void aConfigurationTheWorkflowNamesButTheSiteLacksIsReportedAndTheRestRead() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        // a path leaving the site is no configuration of it: that build line is passed over
        write(".github/workflows/deploy.yml", "steps:\n  - run: jekyll build --config ../outside.yml\n"
                + "  - run: jekyll build --config _config.yml,_config_gone.yml\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");

        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().name().display()).isEqualTo("Mira Holt");
        assertThat(imported.warnings()).contains(".github/workflows/deploy.yml:3: the site is built with --config"
                + " _config.yml,_config_gone.yml, but _config_gone.yml does not exist; it is left out");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("outside"));
    }

    @Test
    void aSiteWithoutAWorkflowIsReadFromConfigYmlAsBefore() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_config_unused.yml", "first_name: Someone\nlast_name: Else\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");

        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().name().display()).isEqualTo("Mira Holt");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("--config"));
    }

    @Test
    void aRepositoryWhoseSiteIsInAFolderOfItsOwnNamesThatFolder() throws Exception {
        // a real repository of 2026: its README and docs at the top, the al-folio site in al-folio/; a person who chose
        // the repository's folder was told only that there is no _config.yml
        write("README.md", "My homepage.\n");
        write("docs/notes.md", "Notes.\n");
        write("al-folio/_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("al-folio/_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.warnings()).contains("_config.yml: no _config.yml: name, title, e-mail and social keys are"
                + " not imported; the folder al-folio/ holds one: import that folder");
    }
}
