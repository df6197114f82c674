package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;

/**
 * Reads an al-folio (Jekyll) site folder into a {@link Portfolio}. Nothing in the site is changed
 * and nothing is written; the caller saves the portfolio and copies {@link AlfolioImport#assets()}.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Every problem becomes an {@link Diagnostic} with file and line; no input makes it throw
 *       except a site folder that does not exist.</li>
 *   <li>The bio is the body of {@code _pages/about.md} with leading and trailing newlines removed and
 *       nothing else touched (HTML comments, emoji shortcodes, math and Liquid stay as written).</li>
 *   <li>{@code news}, {@code selected_papers} and {@code social} switches missing from about.md are
 *       off, as al-folio renders nothing for them.</li>
 *   <li>A news item whose front-matter date is not a real day (al-folio sites contain
 *       {@code 2023-2-29}; Jekyll itself stops the build on it) takes the date at the start of its
 *       file name when there is one ({@code 2023-02-28-foo.md}), with a warning; otherwise it is
 *       skipped with a warning naming file and line. A missing date is handled the same way.</li>
 *   <li>A news item's {@code inline} defaults to false, as in al-folio's news list; an item that is
 *       not inline but has no title (al-folio would show an empty link) is made inline, with a warning.</li>
 *   <li>Social keys come from {@code _data/socials.yml} when it exists and is valid YAML, else from
 *       {@code _config.yml}.</li>
 *   <li>The bibliography is read only through a {@link BibliographyReader} given in the options.</li>
 * </ul>
 *
 * <p>Each part of the site has a reader of its own; they share one {@link ImportFindings}, so the
 * warnings come out in the order the parts are read here.
 */
public final class AlfolioSiteImporter {

    /** How to import. {@code bibliographyReader} may be null: the bibliography is then reported as not read. */
    public record Options(boolean dropTemplateLeftovers, BibliographyReader bibliographyReader) {
        public static Options defaults() {
            return new Options(false, null);
        }

        public Options withDropTemplateLeftovers(boolean drop) {
            return new Options(drop, bibliographyReader);
        }

        public Options withBibliographyReader(BibliographyReader reader) {
            return new Options(dropTemplateLeftovers, reader);
        }
    }

    private AlfolioSiteImporter() {
    }

    /**
     * Reads the site in {@code siteDir}.
     *
     * @throws IOException when {@code siteDir} is not a readable folder
     */
    public static AlfolioImport importSite(Path siteDir, Options options) throws IOException {
        if (!Files.isDirectory(siteDir)) {
            throw new IOException(siteDir + ": not a folder");
        }
        Options opts = options == null ? Options.defaults() : options;
        ImportFindings findings = new ImportFindings(opts.dropTemplateLeftovers());
        findings.confineTo(siteDir);
        SiteFolder folder = new SiteFolder(siteDir, findings);
        SiteAssets assets = new SiteAssets(folder, findings);
        MarkdownBodyChecks bodyChecks = new MarkdownBodyChecks(findings);
        ConfigReader configReader = new ConfigReader(folder, findings);

        Map<String, Object> config = configReader.read();
        Set<String> otherLanguages = configReader.otherLanguages(config);
        config = ConfigReader.asBuiltAtRoot(config, otherLanguages);
        folder.useOtherLanguages(otherLanguages);
        folder.useExcluded(config.get("exclude"));
        assets.useBaseurl(config.get("baseurl"));
        Profile.Builder profile = Profile.EMPTY.toBuilder();
        SiteSettings.Builder site = SiteSettings.DEFAULT.toBuilder();
        PersonName name = configReader.readProfileAndSite(config, profile, site);
        // read before the bodies, whose {% cite %} tags show the papers' authors and years
        PublicationsCollection collection = PublicationsCollection.find(folder, config);
        List<Publication> publications = SiteBibliography.read(folder, config, opts.bibliographyReader(), findings,
                site.build().baseUrl(), site, collection != null);
        if (collection != null) { // the papers' own pages first, as the site's publications page lists them
            publications = Stream.concat(collection.read(findings, site.build().baseUrl()).stream(), publications.stream()).toList();
        }
        publications = CoauthorLinks.apply(publications, folder, findings);
        ImportedBody bodies = new ImportedBody(findings, config, folder, new Citations(publications),
                new SiteData(folder, findings), Translations.of(folder, config, findings));
        new AboutPageReader(folder, findings, assets, bodyChecks, bodies).read(profile, site, name, config.get("announcements"));
        List<SocialLink> socials = new SocialsReader(folder, findings, assets, opts.dropTemplateLeftovers()).read(config);
        profile.socialLinks(socials);
        // Current al-folio keeps the address only in _data/socials.yml; an `email` key that is
        // there but blank (as export-alfolio writes it) says the profile has none of its own.
        if (!config.containsKey("email")) {
            socials.stream().filter(l -> l.kind().equals(SocialKind.EMAIL.key())).findFirst()
                    .ifPresent(l -> profile.email(l.value().strip()));
        }
        NewsReader newsReader = new NewsReader(folder, findings, assets, bodyChecks, bodies);
        List<NewsItem> news = newsReader.read(otherLanguages);
        PagesReader pagesReader = new PagesReader(folder, findings, assets, bodyChecks, bodies);
        List<Page> pages = pagesReader.read();
        // the links the texts make to a page imported at another address lead to its new one
        PageAddresses moved = pagesReader.movedAddresses();
        pages = moved.pages(pages);
        news = moved.news(news);
        profile.bio(moved.rewrite(profile.build().bio()));
        moved.report(findings);
        UnreadCollections.report(folder, config, findings, collection != null ? Set.of("publications") : Set.of());

        Profile p = profile.build();
        Portfolio portfolio = Portfolio.empty().withProfile(p).withSite(site.build()).withNews(news)
                .withPages(pages).withPublications(publications);
        ImportCounts counts = new ImportCounts(news.size(), newsReader.skipped(), pages.size(), pagesReader.skipped(),
                p.socialLinks().size(), publications.size(), findings.assets().size(), findings.leftovers(),
                findings.leftoversDropped());
        return new AlfolioImport(portfolio, findings.warnings(), counts, findings.assets());
    }

    /** The about page's address as lines; see {@link AboutPageReader#addressLines}. */
    static List<String> addressLines(Object address) {
        return AboutPageReader.addressLines(address);
    }
}
