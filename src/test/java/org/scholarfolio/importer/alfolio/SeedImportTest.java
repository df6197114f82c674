package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.store.PortfolioStore;

/** The real seed page (an old-generation about.md) against the portfolio imported by hand. */
class SeedImportTest {
    @TempDir
    Path site;

    Portfolio sample;

    @BeforeEach
    void setUp() throws Exception {
        sample = PortfolioStore.load(Path.of("sample-data", "yihua-zhang")).portfolio();
        Files.createDirectories(site.resolve("_pages"));
        Files.copy(Path.of("src/test/resources/alfolio/seed-about.md"), site.resolve("_pages/about.md"));
    }

    @Test
    void seedAloneGivesTheHandImportedBioAddressSubtitleAndSwitches() throws Exception {
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        Profile p = r.portfolio().profile();
        Profile expected = sample.profile();

        assertThat(p.bio()).isEqualTo(expected.bio());
        assertThat(p.addressLines()).containsExactly("Room 3210", "428 S Shaw LN", "East Lansing, Michigan",
                "United States of America");
        assertThat(p.addressLines()).isEqualTo(expected.addressLines());
        assertThat(p.subtitle()).isEqualTo(expected.subtitle()).isEmpty();
        assertSwitches(r.portfolio().site(), sample.site());

        assertThat(p.name().isBlank()).isTrue();
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Diagnostic.Kind.MISSING);
            assertThat(w.message()).contains("name is missing");
        });
        // the photo is named but not in the folder: kept with its settings, reported, not copied
        assertThat(p.photo()).isEqualTo(new Photo("assets/vanishing_me.jpg", Photo.Align.RIGHT, false, "Portrait"));
        assertThat(r.assets()).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.toString()).startsWith("_pages/about.md:9: ");
            assertThat(w.message()).contains("assets/img/vanishing_me.jpg does not exist");
        });
        // the bio links a file of the site that is not in the folder: reported where it is linked
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString()).isEqualTo(
                "_pages/about.md:49: linked file assets/img/Wechat.jpg does not exist in the site; not copied"));
        // no template leftovers in a real page
        assertThat(r.counts().templateLeftovers()).isZero();
    }

    @Test
    void withTheNameInConfigNameBioAddressAndSwitchesMatchTheSample() throws Exception {
        Files.writeString(site.resolve("_config.yml"), "first_name: Yihua\nlast_name: Zhang\n");
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        Profile p = r.portfolio().profile();
        Profile expected = sample.profile();

        assertThat(p.name()).isEqualTo(expected.name());
        assertThat(p.name().display()).isEqualTo("Yihua Zhang");
        assertThat(p.bio()).isEqualTo(expected.bio());
        assertThat(p.addressLines()).isEqualTo(expected.addressLines());
        assertThat(p.subtitle()).isEqualTo(expected.subtitle());
        assertSwitches(r.portfolio().site(), sample.site());
        assertThat(r.portfolio().site().title()).isEqualTo(sample.site().title());
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("name is missing"));
        assertThat(p.photo().alt()).isEqualTo("Portrait of Yihua Zhang");
    }

    @Test
    void filesLinkedFromTheBioAndThePhotoAreCopiedSoTheLinksKeepWorking() throws Exception {
        Files.createDirectories(site.resolve("assets/img"));
        Files.writeString(site.resolve("assets/img/Wechat.jpg"), "qr");
        Files.writeString(site.resolve("assets/img/vanishing_me.jpg"), "me");
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        assertThat(r.assets()).containsExactlyInAnyOrder(
                new AssetCopy(site.resolve("assets/img/vanishing_me.jpg"), "assets/vanishing_me.jpg"),
                new AssetCopy(site.resolve("assets/img/Wechat.jpg"), "assets/img/Wechat.jpg"));
        assertThat(r.counts().assets()).isEqualTo(2);
        assertThat(r.portfolio().profile().bio()).contains("[Wechat](./assets/img/Wechat.jpg)");
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("Wechat.jpg"));
    }

    @Test
    void scholarNamesBecomeVariantsAndOldSocialKeysAreReadInOrder() throws Exception {
        Files.writeString(site.resolve("_config.yml"), """
                first_name: Yihua
                last_name: Zhang
                news_limit: 7
                news_scrollable: true
                linkedin_username: zhangyihua
                github_username:   # blank in the template, left out
                rss_icon: false
                wechat_qr: Wechat.jpg
                scholar:
                  last_name: Zhang
                  first_name: [Yihua, Y.]
                """);
        AlfolioImport r = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults());
        Profile p = r.portfolio().profile();
        assertThat(p.nameVariants()).isEqualTo(sample.profile().nameVariants());
        assertThat(p.socialLinks()).extracting(l -> l.kind() + "=" + l.value())
                .containsExactly("linkedin_username=zhangyihua", "wechat_qr=assets/img/Wechat.jpg");
        assertThat(p.socialLinks()).isEqualTo(sample.profile().socialLinks().subList(0, 2));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString())
                .isEqualTo("_config.yml:8: wechat_qr assets/img/Wechat.jpg does not exist in the site; not copied"));
        assertThat(r.portfolio().site().newsLimit()).isEqualTo(7);
        assertThat(r.portfolio().site().newsScrollable()).isTrue();
    }

    private static void assertSwitches(SiteSettings actual, SiteSettings expected) {
        assertThat(actual.showNews()).isEqualTo(expected.showNews()).isTrue();
        assertThat(actual.newsLimit()).isEqualTo(expected.newsLimit());
        assertThat(actual.newsScrollable()).isEqualTo(expected.newsScrollable());
        assertThat(actual.showSelectedPapers()).isEqualTo(expected.showSelectedPapers()).isTrue();
        assertThat(actual.showSocials()).isEqualTo(expected.showSocials()).isTrue();
    }
}
