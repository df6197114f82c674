package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.validation.PortfolioValidator;

/**
 * A lab's site of the kinds that made real imports exit with an invalid portfolio: no one's name in
 * _config.yml, e-mail addresses spelt out against harvesters, and entries whose buttons point into
 * the live site (a blog post Jekyll builds, a poster page under assets/, a ../ from a PDF field).
 */
class LabSiteImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/lab-site");
    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.withBibliography(SITE);
        result = imported.result();
    }

    @Test
    void theImportedPortfolioValidates() {
        assertThat(PortfolioValidator.validate(result.portfolio(), null))
                .filteredOn(d -> d.severity() == Diagnostic.Severity.ERROR).isEmpty();
    }

    @Test
    void aSiteThatNamesNoOneIsNamedAfterItsAddressAndSaysSo() {
        assertThat(result.portfolio().profile().name().display()).isEqualTo("cryo-lab.example.edu");
        assertThat(imported.warnings()).contains("_config.yml:6: the researcher's name is missing (first_name, middle_name and"
                + " last_name in _config.yml); the profile is named \"cryo-lab.example.edu\" after the site's address,"
                + " as the portfolio needs a name: set the right one in the portfolio");
    }

    @Test
    void spelledOutAddressesBecomeAddressesWithAWarning() {
        assertThat(result.portfolio().profile().email()).isEqualTo("office@cryo-lab.example.edu");
        assertThat(result.portfolio().profile().socialLinks()).extracting(l -> l.value())
                .contains("head@cryo-lab.example.edu");
        assertThat(imported.warnings()).contains("_config.yml:5: email \"office at cryo-lab dot example dot edu\" spells an address"
                        + " out to hide it from harvesters; imported as office@cryo-lab.example.edu so that the mail link"
                        + " works (the exported page shows it as an ordinary address)");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_data/socials.yml:1: email \"head [at] cryo-lab [dot] example"));
    }

    @Test
    void linksIntoTheLiveSiteBecomeAssetsOrAbsoluteLinks() {
        Publication grids = imported.paper("frost2021grids");
        assertThat(grids.links().get(LinkKind.BLOG)).isEqualTo("https://cryo-lab.example.edu/blog/2021/thinner-ice/");
        assertThat(grids.links().get(LinkKind.PDF)).isEqualTo("assets/pdf/frost2021grids.pdf");
        assertThat(grids.links().get(LinkKind.CODE)).isEqualTo("https://example.org/cryo/grids");
        Publication poster = imported.paper("frost2023poster");
        assertThat(poster.links().get(LinkKind.HTML)).isEqualTo("assets/posters/2023/glance.html");
        assertThat(poster.links().get(LinkKind.POSTER)).isEqualTo("https://cryo-lab.example.edu/assets/posters/2023/missing.pdf");
        assertThat(result.assets()).extracting(AssetCopy::target)
                .contains("assets/pdf/frost2021grids.pdf", "assets/posters/2023/glance.html");
        assertThat(imported.warnings()).contains("_bibliography/papers.bib:8: blog /blog/2021/thinner-ice/ is a page of the live"
                + " site that is not a file in the site folder (Jekyll builds it); linked to"
                + " https://cryo-lab.example.edu/blog/2021/thinner-ice/");
    }

    @Test
    void sitePathsResolveAgainstThePageAsABrowserDoes() {
        assertThat(SiteLinks.sitePath("/posters/", "../assets/p.html")).isEqualTo("assets/p.html");
        assertThat(SiteLinks.sitePath("/publications/", "/blog/x/")).isEqualTo("blog/x/");
        assertThat(SiteLinks.sitePath("/pubs.html", "./a/../b.pdf")).isEqualTo("b.pdf");
        assertThat(SiteLinks.sitePath("", "../../../x")).isEqualTo("x");
        assertThat(SiteLinks.isSitePath("https://x.org/a", false)).isFalse();
        assertThat(SiteLinks.isSitePath("paper.pdf", true)).isFalse();
        assertThat(SiteLinks.isSitePath("../x.pdf", true)).isFalse();
        assertThat(SiteLinks.isSitePath("/x.pdf", true)).isTrue();
    }

    @Test
    void writtenOutAddresses() {
        assertThat(WrittenOutEmail.address("ada (at) example (dot) org")).contains("ada@example.org");
        assertThat(WrittenOutEmail.address("ada{at}example.org")).contains("ada@example.org");
        assertThat(WrittenOutEmail.address("ada@example.org")).isEmpty();
        assertThat(WrittenOutEmail.address("meet me at the lab")).isEmpty();
        // a lab head's address backwards, as a shell line turning it round: the import made an invalid portfolio of it
        assertThat(WrittenOutEmail.address("echo gro.elpmaxe.sc@ada|rev")).contains("ada@cs.example.org");
        assertThat(WrittenOutEmail.address("echo 'gro.elpmaxe@ada' | rev")).contains("ada@example.org");
        assertThat(WrittenOutEmail.address("echo hello | rev")).isEmpty();
        // the signs' names in other languages, and a bracketed word in look-alike letters of another script (a
        // Cyrillic О and Т in "DОТ"): the import wrote these as they are, an invalid portfolio and a mail link to nowhere
        assertThat(WrittenOutEmail.address("mira <D\u041e\u0422> holt <\u041f\u0415\u0421\u0418\u041a> uni.example.ac.uk"))
                .contains("mira.holt@uni.example.ac.uk");
        assertThat(WrittenOutEmail.address("mira [\u0441\u043e\u0431\u0430\u043a\u0430] example [\u0442\u043e\u0447\u043a\u0430] org"))
                .contains("mira@example.org");
        assertThat(WrittenOutEmail.address("mira(arroba)example(punto)es")).contains("mira@example.es");
        assertThat(WrittenOutEmail.address("mira <\u043a\u0440\u0430\u043f\u043a\u0430> holt <\u0440\u0430\u0432\u043b\u0438\u043a> example.ua"))
                .contains("mira.holt@example.ua");
        // a bracketed word that names no sign stays what it is
        assertThat(WrittenOutEmail.address("mira <\u0422\u041e\u041c> example.org")).isEmpty();
        // a Persian site's address, the signs' Persian names in Latin letters and a note to take a part out:
        // the import wrote it as it is, so it exited with code 3 and the mail icon linked to nowhere
        assertThat(WrittenOutEmail.address("mira [dar] g[remove this part!]mail [noghte] com")).contains("mira@gmail.com");
        assertThat(WrittenOutEmail.address("mira [dar] g[remote this part!]mail [noghte] com")).contains("mira@gmail.com");
        assertThat(WrittenOutEmail.address("mira [\u062f\u0631] example [\u0646\u0642\u0637\u0647] ir")).contains("mira@example.ir");
        // a note with nothing else spelt out stays what it is when taking it out makes no address
        assertThat(WrittenOutEmail.address("mira [remove this] example")).isEmpty();
    }

    @Test
    void theTemplatesExamplePagesAreFoundByTheirContentWhateverTheirName() throws Exception {
        // the template's about_einstein.md has no front matter: a profile's content file, no page (PeoplePageImportTest)
        assertThat(imported.warnings()).contains(
                "_pages/teaching.md:8: the page is the al-folio template's example text (found by its content);"
                        + " kept (drop with the template-leftovers option)");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/about_einstein.md: has no front matter"));
        AlfolioImport dropped = AlfolioSiteImporter.importSite(SITE, AlfolioSiteImporter.Options.defaults()
                .withBibliographyReader(new BibtexBibliographyReader()).withDropTemplateLeftovers(true));
        assertThat(dropped.portfolio().pages()).extracting(p -> p.slug()).containsExactly("courses");
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(1);
    }
}
