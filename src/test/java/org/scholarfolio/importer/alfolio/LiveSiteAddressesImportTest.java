package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.SocialLink;

/**
 * Files and settings read where the live al-folio site finds them: a news item's link that climbs out of its
 * folder, a CV named without its folder, the site's language.
 */
class LiveSiteAddressesImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    @Test
    void aNewsItemsLinkThatClimbsOutOfItsFolderIsTheFileTheHomePageReaches() throws Exception {
        // a real site of 2024: "[poster](../assets/pdf/poster.pdf)" in inline items, which show on the home page at /,
        // where the browser reaches /assets/pdf/poster.pdf; the export found no such file and the link led nowhere
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nnews: true\n---\nAna studies tidal flats.\n");
        write("_news/announcement_1.md", "---\nlayout: post\ndate: 2024-08-06\ninline: true\n---\n\n"
                + "I'll show a [poster](../assets/pdf/poster.pdf) at the meeting.\n");
        write("assets/pdf/poster.pdf", "%PDF-1.4 poster");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().news().get(0).body()).contains("[poster](/assets/pdf/poster.pdf)");
        assertThat(imported.result().assets()).extracting(AssetCopy::target).contains("assets/pdf/poster.pdf");
    }

    @Test
    void aCvNamedWithoutItsFolderIsTheOneInTheSitesPdfFolder() throws Exception {
        // a real site of 2023: "cv_pdf: Ana_CV.pdf", which its menu linked with prepend: 'assets/pdf/';
        // the import called it "outside assets/" and the export left the CV link out
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\ncv_pdf: Ana_CV.pdf\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nsocial: true\n---\nAna studies tidal flats.\n");
        write("assets/pdf/Ana_CV.pdf", "%PDF-1.4 cv");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().socialLinks()).extracting(SocialLink::value)
                .contains("assets/pdf/Ana_CV.pdf");
        assertThat(imported.result().assets()).extracting(AssetCopy::target).contains("assets/pdf/Ana_CV.pdf");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_config.yml:3: cv_pdf Ana_CV.pdf is no file of the site's folder;"
                + " read as assets/pdf/Ana_CV.pdf"));
    }

    @Test
    void theSitesLanguageIsThePortfoliosLanguage() throws Exception {
        // a Persian site (lang: fa): the export said lang="en" on every page, so a screen reader read it with an English voice
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\nlang: fa # the language of your site\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nAna studies tidal flats.\n");
        assertThat(ImportedSite.of(site).result().portfolio().site().language()).isEqualTo("fa");
    }

    @Test
    void aLanguageThatIsNoTagIsReportedAndTheSiteStaysEnglish() throws Exception {
        write("_config.yml", "first_name: Ana\nlast_name: Ruiz\nlang: Persian language\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nAna studies tidal flats.\n");
        ImportedSite imported = ImportedSite.of(site);
        assertThat(imported.result().portfolio().site().language()).isEqualTo("en");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_config.yml:3: lang \"Persian language\" is not a language tag"));
    }
}
