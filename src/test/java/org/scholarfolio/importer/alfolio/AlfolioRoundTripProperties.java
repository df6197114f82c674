package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.importer.bibtex.PublicationArbitraries;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.Slugs;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

/**
 * Portfolio → al-folio site → portfolio gives the same portfolio, for everything al-folio can hold.
 * The generated portfolios stay inside that: no native name, position or affiliation, default theme
 * and language, a name (a site without one is named by the import after its title), news in al-folio's
 * order (newest first), pages in file-name order, name variants that
 * al-folio's {@code scholar.first_name} × {@code scholar.last_name} can express, the photo's
 * alternative text the importer gives it, and custom links that carry their al-folio key
 * (docs/export-formats.md lists what is lost outside that).
 */
class AlfolioRoundTripProperties {

    private static final List<String> WORDS = List.of("Deep", "learning", "Müller", "Straße", "Øresund",
            "naïve", "中文", "日本語", "😀", ":rocket:", "$\\ell_1$", "$$a+b$$", "{BERT}", "{", "}", "&", "%",
            "#", "*bold*", "_it_", "<em>x</em>", "<a href=\"https://x.org/?a=1&b=2\">link</a>", "[md](https://y.org)",
            "'quote'", "\"double\"", ":", "- ", "? ", "@", "`code`", "\\", "yes", "no", "null", "~", "2024-01-01",
            "12", "0x1F", "a: b", "# not a comment", "\u00A0", "\t", "\u2028", "é", "ﬁ");

    @Property(tries = 100)
    void exportedSiteImportsBackEqual(@ForAll("portfolios") Portfolio portfolio) throws IOException {
        Path root = Files.createTempDirectory("alfolio-round-trip");
        try {
            Path folder = root.resolve("portfolio");
            writeAssets(folder, portfolio);
            AlfolioSiteWriter.AlfolioSite site = AlfolioSiteWriter.write(portfolio, folder);
            Path siteDir = root.resolve("site");
            for (AlfolioSiteWriter.SiteFile f : site.files()) {
                Path target = siteDir.resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.text(), StandardCharsets.UTF_8);
            }
            for (AssetCopy a : site.assets()) {
                Path target = siteDir.resolve(a.target());
                Files.createDirectories(target.getParent());
                Files.copy(a.source(), target);
            }
            AlfolioImport back = AlfolioSiteImporter.importSite(siteDir,
                    AlfolioSiteImporter.Options.defaults().withBibliographyReader(new BibtexBibliographyReader()));
            assertThat(back.portfolio()).as(() -> describe(site, back)).isEqualTo(alfolioOrder(portfolio));
        } finally {
            deleteTree(root);
        }
    }

    /** The importer's order: news newest first, pages by file name. */
    private static Portfolio alfolioOrder(Portfolio p) {
        List<NewsItem> news = new ArrayList<>(p.news());
        news.sort(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::id));
        List<Page> pages = new ArrayList<>(p.pages());
        pages.sort(Comparator.comparing(pg -> pg.slug().equals("about") ? "about-page" : pg.slug()));
        // the main list (papers.bib) first, then each section's file in the order of its page's file name
        List<Publication> publications = new ArrayList<>(p.publications());
        publications.sort(Comparator.comparing(pub -> pub.section().isEmpty() ? "" : Slugs.slugOr(pub.section(), "section") + ".md"));
        return p.withNews(news).withPages(pages).withPublications(publications);
    }

    private static String describe(AlfolioSiteWriter.AlfolioSite site, AlfolioImport back) {
        StringBuilder sb = new StringBuilder();
        site.files().forEach(f -> sb.append("== ").append(f.path()).append('\n').append(f.text()));
        back.warnings().forEach(w -> sb.append("warning: ").append(w).append('\n'));
        return sb.toString();
    }

    private static void writeAssets(Path folder, Portfolio p) throws IOException {
        Files.createDirectories(folder.resolve("assets"));
        Set<String> files = new LinkedHashSet<>(List.of("assets/paper.pdf", "assets/prev.png"));
        if (p.profile().photo() != null) {
            files.add(p.profile().photo().path());
        }
        for (String f : files) {
            Path target = folder.resolve(f);
            Files.createDirectories(target.getParent());
            Files.writeString(target, "bytes of " + f);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Portfolio> portfolios() {
        return Combinators.combine(profiles(), newsItems(), pages(), withSections(PublicationArbitraries.publications()), settings())
                .as((profile, news, pages, pubs, site) -> Portfolio.empty().withProfile(profile)
                        .withSite(site.title().equals("=name") ? site.toBuilder().title(profile.name().display()).build() : site)
                        .withNews(news).withPages(pages).withPublications(pubs));
    }

    /**
     * Some entries in sections of their own, as talks and patents kept in their own .bib files;
     * names written in any case come back as written (not capitalised as a foreign page's title is).
     */
    private static Arbitrary<List<Publication>> withSections(Arbitrary<List<Publication>> publications) {
        Arbitrary<String> section = Arbitraries.of("", "", "", "Talks", "patents", "Posters and demos", "iOS apps",
                "vorträge 2024", "ünterricht");
        return publications.flatMap(pubs -> section.list().ofSize(pubs.size()).map(sections -> {
            List<Publication> out = new ArrayList<>();
            for (int i = 0; i < pubs.size(); i++) {
                out.add(pubs.get(i).toBuilder().section(sections.get(i)).build());
            }
            return out;
        }));
    }

    /** One line of messy text, stripped, never empty. */
    private static Arbitrary<String> line() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6)
                .map(w -> String.join(" ", w).replace("\u2028", " ").replace("\t", " ").strip())
                .filter(s -> !s.isEmpty());
    }

    private static Arbitrary<String> optionalLine() {
        return Arbitraries.oneOf(Arbitraries.just(""), line());
    }

    /** Markdown with several paragraphs; never starting or ending with a line break. */
    private static Arbitrary<String> body() {
        Arbitrary<String> paragraph = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10)
                .map(w -> String.join(" ", w).strip()).filter(s -> !s.isEmpty());
        Arbitrary<String> block = Arbitraries.oneOf(paragraph, paragraph.map(s -> "- " + s),
                Arbitraries.of("$$\n\\int_0^1 x\\,dx\n$$", "<!-- a comment -->", "```\ncode: {here}\n```",
                        "---", "<div class=\"x\">\n<p>html</p>\n</div>", "{{ site.url }}/x"));
        return Arbitraries.oneOf(Arbitraries.just(""),
                block.list().ofMinSize(1).ofMaxSize(4).map(b -> String.join("\n\n", b)));
    }

    private static Arbitrary<PersonName> names() {
        return Combinators.combine(Arbitraries.of("", "Ada", "Zoë", "José-Luis", "明"), Arbitraries.of("", "", "M.", "van der"),
                Arbitraries.of("", "Lovelace", "Åström", "O'Neil", "张"))
                .as(PersonName::new).filter(n -> !n.isBlank());
    }

    private static Arbitrary<Profile> profiles() {
        Arbitrary<Photo> photo = Combinators.combine(Arbitraries.of("assets/me.jpg", "assets/photos/ich é.png", "me.png"),
                Arbitraries.of(Photo.Align.values()), Arbitraries.of(true, false))
                .as((path, align, circular) -> new Photo(path.startsWith("assets/") ? path : "assets/" + path, align, circular, ""))
                .injectNull(0.3);
        Arbitrary<List<String>> address = line().filter(l -> !l.contains("<p") && !l.contains("</p"))
                .list().ofMaxSize(4);
        Arbitrary<List<String>> variants = Combinators.combine(
                Arbitraries.of("Ada", "A.", "A. M.", "Zoë").set().ofMaxSize(3),
                Arbitraries.of("Lovelace", "King", "Åström").set().ofMinSize(1).ofMaxSize(2))
                .as((firsts, lasts) -> {
                    List<String> out = new ArrayList<>();
                    for (String f : firsts) {
                        for (String l : lasts) {
                            out.add(f + " " + l);
                        }
                    }
                    return out;
                });
        return Builders.withBuilder(() -> Profile.EMPTY.toBuilder())
                .use(names()).in(Profile.Builder::name)
                .use(Arbitraries.of("", "ada@example.org", "zoë@例え.jp")).in(Profile.Builder::email)
                .use(optionalLine()).in(Profile.Builder::subtitle)
                .use(address).in(Profile.Builder::addressLines)
                .use(body()).in(Profile.Builder::bio)
                .use(socials()).in(Profile.Builder::socialLinks)
                .use(variants).in(Profile.Builder::nameVariants)
                .use(photo).in(Profile.Builder::photo)
                .build(Profile.Builder::build)
                .map(p -> p.photo() == null ? p : p.toBuilder().photo(new Photo(p.photo().path(), p.photo().align(),
                        p.photo().circular(), p.name().isBlank() ? "Portrait" : "Portrait of " + p.name().display())).build());
    }

    private static Arbitrary<List<SocialLink>> socials() {
        Arbitrary<SocialLink> known = Combinators.combine(
                Arbitraries.of(SocialKind.GITHUB_USERNAME, SocialKind.SCHOLAR_USERID, SocialKind.ORCID_ID,
                        SocialKind.EMAIL, SocialKind.X_USERNAME, SocialKind.DBLP_URL, SocialKind.MASTODON_USERNAME),
                Arbitraries.of("ada-l", "0000-0002-1825-0097", "https://dblp.org/pid/1/2.html", "a@b.org", "yes", "12345",
                        "mastodon.social/@ada"))
                .as(SocialLink::of);
        Arbitrary<SocialLink> custom = Combinators.combine(Arbitraries.of("my_lab", "blog", "zhihu"), line(),
                        Arbitraries.of("https://lab.example.org/", "https://x.org/?a=1&b=2"),
                        Arbitraries.of("", "https://x.org/logo.svg"))
                .as((key, title, url, logo) -> {
                    Map<String, Object> extra = new LinkedHashMap<>();
                    extra.put("alfolioKey", key);
                    if (!logo.isEmpty()) {
                        extra.put("logo", logo);
                    }
                    return new SocialLink(SocialLink.CUSTOM, "", title, url, "", new UnknownFields(extra));
                });
        return Arbitraries.oneOf(known, custom).list().ofMaxSize(5).uniqueElements(l ->
                l.kind().equals(SocialLink.CUSTOM) ? l.unknownFields().values().get("alfolioKey") : l.kind());
    }

    private static Arbitrary<List<NewsItem>> newsItems() {
        Arbitrary<LocalTime> time = Arbitraries.integers().between(0, 24 * 3600 - 1)
                .map(LocalTime::ofSecondOfDay).injectNull(0.4);
        Arbitrary<ZoneOffset> offset = Arbitraries.integers().between(-12 * 4, 14 * 4)
                .map(q -> ZoneOffset.ofTotalSeconds(q * 15 * 60)).injectNull(0.5);
        Arbitrary<NewsItem> item = Combinators.combine(Arbitraries.integers().between(0, 60000), time, offset,
                        optionalLine(), body(), Arbitraries.of(true, false))
                .as((day, t, o, title, body, inline) -> new NewsItem("", new NewsDate(LocalDate.of(1900, 1, 1).plusDays(day),
                        t, t == null ? null : o), title, body, inline || title.isEmpty(), UnknownFields.NONE));
        return item.list().ofMaxSize(5).uniqueElements(n -> n.date().date()).map(list -> {
            List<NewsItem> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).withId("news-" + i + "-" + list.get(i).date().date().getYear()));
            }
            return out;
        });
    }

    private static Arbitrary<List<Page>> pages() {
        Arbitrary<Page> page = Combinators.combine(Arbitraries.of("cv", "teaching", "about", "students", "talks-2024"),
                        line(), Arbitraries.integers().between(0, 9), Arbitraries.of(true, false), body(),
                        Arbitraries.of("", "A page about ünïcode & {braces}"))
                .as((slug, title, order, inMenu, body, description) -> new Page(slug, title, order, inMenu, body,
                        description.isEmpty() ? UnknownFields.NONE : new UnknownFields(Map.of("description", description))));
        return page.list().ofMaxSize(4).uniqueElements(Page::slug)
                .map(list -> list.stream().filter(p -> !p.body().contains("{{")).toList());
    }

    private static Arbitrary<SiteSettings> settings() {
        return Builders.withBuilder(() -> SiteSettings.DEFAULT.toBuilder())
                .use(Arbitraries.of("=name", "My {homepage} & notes", "中文主页")).in(SiteSettings.Builder::title)
                .use(Arbitraries.of("", "https://ada.example.org", "https://x.github.io/site", "http://localhost:4000/a/b"))
                .in(SiteSettings.Builder::baseUrl)
                .use(optionalLine()).in(SiteSettings.Builder::description)
                .use(optionalLine()).in(SiteSettings.Builder::footer)
                .use(Arbitraries.of(true, false)).in(SiteSettings.Builder::showNews)
                .use(Arbitraries.integers().between(1, 20)).in(SiteSettings.Builder::newsLimit)
                .use(Arbitraries.of(true, false)).in(SiteSettings.Builder::newsScrollable)
                .use(Arbitraries.of(true, false)).in(SiteSettings.Builder::showSelectedPapers)
                .use(Arbitraries.of(true, false)).in(SiteSettings.Builder::showSocials)
                .build(SiteSettings.Builder::build);
    }
}
