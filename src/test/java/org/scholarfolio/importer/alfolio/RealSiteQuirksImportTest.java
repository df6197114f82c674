package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes seen in researchers' al-folio sites that an import must read the way al-folio shows them. */
class RealSiteQuirksImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        Path f = site.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private AlfolioImport run(boolean drop) throws IOException {
        return AlfolioSiteImporter.importSite(site,
                AlfolioSiteImporter.Options.defaults().withDropTemplateLeftovers(drop));
    }

    private static long leftoverWarnings(AlfolioImport r) {
        return r.warnings().stream().filter(w -> w.kind() == ImportWarning.Kind.TEMPLATE_LEFTOVER).count();
    }

    @Test
    void templateBioInsideAnHtmlCommentIsNotALeftoverAndTheBioSurvivesTheDropOption() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                news: false  # includes a list of news items
                ---

                Currently working on routing in data-centre networks.

                Kim received the B.Eng. from [Some University](https://example.edu/).

                <!-- Write your biography here. Tell the world about yourself. Link to your favorite [subreddit](http://reddit.com).

                Put your address / P.O. box / other info right below your picture. -->
                """);
        AlfolioImport r = run(true);
        assertThat(r.portfolio().profile().bio()).startsWith("Currently working on routing")
                .contains("<!-- Write your biography here.");
        assertThat(leftoverWarnings(r)).isZero();
        assertThat(r.counts().templateLeftoversDropped()).isZero();
    }

    @Test
    void templateParagraphsNextToTheResearchersOwnTextAreReportedButNeverDropped() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                ---

                I am a PhD candidate in computational neuroscience.

                Outside of the lab I swim. 

                Put your address / P.O. box / other info right below your picture. You can also disable any of these elements.

                Link to your social media connections, too. This theme is set up to use [Font Awesome icons](http://fortawesome.github.io/Font-Awesome/).
                """);
        AlfolioImport r = run(true);
        assertThat(r.portfolio().profile().bio()).startsWith("I am a PhD candidate")
                .endsWith("Font-Awesome/).");
        assertThat(r.warnings()).filteredOn(w -> w.kind() == ImportWarning.Kind.TEMPLATE_LEFTOVER)
                .singleElement().satisfies(w -> {
                    assertThat(w.location()).isEqualTo("_pages/about.md:9");
                    assertThat(w.message()).contains("next to your own").doesNotContain("dropped");
                });
        assertThat(r.counts().templateLeftovers()).isEqualTo(1);
        assertThat(r.counts().templateLeftoversDropped()).isZero();
    }

    @Test
    void aBioOfOnlyTemplateParagraphsIsStillDroppedOnRequest() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                ---
                Write your biography herezzz. Tell the world about yourself. Link to your favorite [subreddit](http://reddit.com).

                Put your address / P.O. box / other info right below your picture.
                <!-- my notes -->
                """);
        assertThat(run(false).portfolio().profile().bio()).startsWith("Write your biography");
        AlfolioImport dropped = run(true);
        assertThat(dropped.portfolio().profile().bio()).isEmpty();
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(1);
    }

    @Test
    void announcementsBlockInConfigSetsScrollingAndLimitWhenAboutHasNone() throws Exception {
        write("_config.yml", """
                first_name: Bo
                last_name: Chen

                announcements:
                  enabled: true
                  scrollable: true # adds a vertical scroll bar if there are more than 3 news items
                  limit: 3 # leave blank to include all the news in the `_news` folder
                """);
        write("_pages/about.md", "---\nlayout: about\nnews: true  # includes a list of news items\n---\nHi.\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().showNews()).isTrue();
        assertThat(r.portfolio().site().newsScrollable()).isTrue();
        assertThat(r.portfolio().site().newsLimit()).isEqualTo(3);
    }

    @Test
    void announcementsDisabledInConfigHideNewsEvenWithNewsTrueAndABlankLimitMeansAll() throws Exception {
        write("_config.yml", "first_name: Bo\nannouncements:\n  enabled: false\n  scrollable: false\n  limit:\n");
        write("_pages/about.md", "---\nlayout: about\nnews: true\n---\nHi.\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().showNews()).isFalse();
        assertThat(r.portfolio().site().newsLimit()).isZero();
    }

    @Test
    void announcementsInAboutWinOverThoseInConfig() throws Exception {
        write("_config.yml", "first_name: Bo\nannouncements:\n  enabled: false\n  scrollable: true\n  limit: 3\n");
        write("_pages/about.md", """
                ---
                layout: about
                announcements:
                  enabled: true
                  scrollable: false
                  limit: 7
                ---
                Hi.
                """);
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().showNews()).isTrue();
        assertThat(r.portfolio().site().newsScrollable()).isFalse();
        assertThat(r.portfolio().site().newsLimit()).isEqualTo(7);
    }
}
