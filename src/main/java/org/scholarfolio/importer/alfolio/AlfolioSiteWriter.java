package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.Slugs;
import org.scholarfolio.model.SocialLink;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a portfolio in the current al-folio layout, so that nobody is locked in: {@code _config.yml}
 * (name, e-mail, description, url, scholar name variants), {@code _pages/about.md} (current front
 * matter: {@code profile.more_info}, {@code announcements}, {@code selected_papers}, {@code social}),
 * {@code _news/*.md}, one {@code _pages/<slug>.md} per extra page, {@code _bibliography/papers.bib}
 * (and a {@code .bib} file and page per publication section) and {@code _data/socials.yml}. Files are returned, not written; the caller writes them and copies
 * the assets to al-folio's folders (photo to {@code assets/img/}, PDFs to {@code assets/pdf/},
 * previews to {@code assets/img/publication_preview/}).
 *
 * <p>{@link AlfolioSiteImporter} reads the result back to an equal portfolio for everything al-folio
 * can hold; {@link #notCarried} lists what it cannot (see docs/export-formats.md).
 */
public final class AlfolioSiteWriter {

    /** One text file of the site, by its path relative to the site folder. */
    public record SiteFile(String path, String text) {
    }

    /** What to write and copy, and the parts of the portfolio that al-folio has no place for. */
    public record AlfolioSite(List<SiteFile> files, List<AssetCopy> assets, List<String> notCarried) {
        public AlfolioSite {
            files = List.copyOf(files);
            assets = List.copyOf(assets);
            notCarried = List.copyOf(notCarried);
        }
    }

    /** The first line of the {@code _config.yml} written here, so that a later export knows the folder. */
    public static final String MARKER = "# Written by Scholarfolio in the al-folio layout.";

    /** Section pages come after the site's own pages in al-folio's menu. */
    private static final int SECTION_NAV_ORDER = 90;
    private static final Pattern URL_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    private final Path portfolioFolder;
    private final List<AssetCopy> assets = new ArrayList<>();
    private final List<String> notCarried = new ArrayList<>();

    private AlfolioSiteWriter(Path portfolioFolder) {
        this.portfolioFolder = portfolioFolder;
    }

    /** @param portfolioFolder the folder the portfolio's relative asset paths are resolved against */
    public static AlfolioSite write(Portfolio portfolio, Path portfolioFolder) {
        return new AlfolioSiteWriter(portfolioFolder).run(portfolio);
    }

    private AlfolioSite run(Portfolio portfolio) {
        List<SiteFile> files = new ArrayList<>();
        files.add(new SiteFile(SiteFolder.CONFIG, config(portfolio)));
        files.add(new SiteFile("_pages/about.md", about(portfolio)));
        Set<String> newsFiles = new LinkedHashSet<>();
        for (NewsItem n : portfolio.news()) {
            String name = Slugs.slugOr(n.id(), "news");
            for (int i = 2; !newsFiles.add(name); i++) {
                name = Slugs.slugOr(n.id(), "news") + "-" + i;
            }
            files.add(new SiteFile("_news/" + name + ".md", news(n)));
        }
        // about.md is the home page; a page called "about" keeps its address through its permalink
        Set<String> pageFiles = new LinkedHashSet<>(Set.of("about"));
        for (Page p : portfolio.pages()) {
            String base = p.slug().equals("about") ? "about-page" : Slugs.slugOr(p.slug(), "page");
            String name = base;
            for (int i = 2; !pageFiles.add(name); i++) {
                name = base + "-" + i;
            }
            files.add(new SiteFile("_pages/" + name + ".md", page(p)));
        }
        writeBibliography(portfolio.publications(), portfolio.site().bibtexPreamble(), pageFiles, files);
        files.add(new SiteFile(SiteFolder.SOCIALS, socials(portfolio.profile())));
        copyAssetsFolder();
        noteWhatIsNotCarried(portfolio);
        return new AlfolioSite(files, assets, notCarried);
    }

    // ---------------------------------------------------------------- _config.yml

    private String config(Portfolio portfolio) {
        Profile p = portfolio.profile();
        SiteSettings s = portfolio.site();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", s.title().isBlank() || s.title().strip().equals(p.name().display()) ? "blank" : s.title());
        c.put("first_name", p.name().first());
        c.put("middle_name", p.name().middle());
        c.put("last_name", p.name().last());
        c.put(ProfileField.EMAIL.alfolioKey(), p.email());
        c.put("description", s.description());
        c.put("footer_text", s.footer());
        String[] urlAndBase = splitBaseUrl(s.baseUrl());
        c.put("url", urlAndBase[0]);
        c.put("baseurl", urlAndBase[1]);
        Map<String, Object> scholar = new LinkedHashMap<>();
        Set<String> firsts = new LinkedHashSet<>();
        Set<String> lasts = new LinkedHashSet<>();
        for (String v : p.nameVariants()) {
            String t = v.strip();
            int space = t.lastIndexOf(' ');
            firsts.add(space < 0 ? "" : t.substring(0, space).strip());
            lasts.add(space < 0 ? t : t.substring(space + 1));
        }
        firsts.remove("");
        scholar.put("last_name", new ArrayList<>(lasts));
        scholar.put("first_name", new ArrayList<>(firsts));
        scholar.put("bibliography", "papers.bib");
        c.put("scholar", scholar);
        return MARKER + "\n" + yaml(c);
    }

    /** "https://me.github.io/site" is al-folio's {@code url: https://me.github.io} and {@code baseurl: /site}. */
    static String[] splitBaseUrl(String baseUrl) {
        String b = baseUrl.strip();
        try {
            URI u = new URI(b);
            if (u.getScheme() != null && u.getRawAuthority() != null) {
                String path = u.getRawPath() == null ? "" : u.getRawPath();
                String root = u.getScheme() + "://" + u.getRawAuthority();
                return new String[] {root, path.equals("/") ? "" : path};
            }
        } catch (URISyntaxException e) {
            // not a URL al-folio can split; kept whole in url
        }
        return new String[] {b, ""};
    }

    // ---------------------------------------------------------------- _pages/about.md

    private String about(Portfolio portfolio) {
        Profile p = portfolio.profile();
        SiteSettings s = portfolio.site();
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("layout", "about");
        fm.put("title", "about");
        fm.put("permalink", "/");
        fm.put(ProfileField.SUBTITLE.alfolioKey(), p.subtitle());
        Map<String, Object> profile = new LinkedHashMap<>();
        Photo photo = p.photo();
        if (photo != null && !photo.path().isBlank()) {
            profile.put("align", photo.align() == Photo.Align.LEFT ? "left" : "right");
            profile.put("image", photoValue(photo.path()));
            profile.put("image_circular", photo.circular());
        }
        if (!p.addressLines().isEmpty()) {
            profile.put(ProfileField.ADDRESS_LINES.alfolioKey(), String.join("\n", p.addressLines().stream().map(l -> "<p>" + l + "</p>").toList()));
        }
        fm.put("profile", profile);
        fm.put("selected_papers", s.showSelectedPapers());
        fm.put("social", s.showSocials());
        Map<String, Object> announcements = new LinkedHashMap<>();
        announcements.put("enabled", s.showNews());
        announcements.put("scrollable", s.newsScrollable());
        announcements.put("limit", s.newsLimit());
        fm.put("announcements", announcements);
        fm.put("latest_posts", Map.of("enabled", false));
        return frontMatter(fm) + liquidSafe(KramdownTypography.escaped(p.bio())) + "\n";
    }

    /** The photo goes to {@code assets/img/}; al-folio names it relative to that folder. */
    private String photoValue(String path) {
        if (URL_SCHEME.matcher(path).matches()) {
            return path;
        }
        String resolved = AssetPaths.resolve(path);
        String inImg = resolved.startsWith(AssetPaths.ASSETS_DIR + "/")
                ? resolved.substring(AssetPaths.ASSETS_DIR.length() + 1) : resolved;
        copy(resolved, "assets/img/" + inImg);
        return inImg;
    }

    // ---------------------------------------------------------------- news and pages

    private static String news(NewsItem n) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("layout", "post");
        fm.put(NewsReader.key(NewsField.DATE), alfolioDate(n));
        fm.put(NewsReader.key(NewsField.INLINE), n.inline());
        if (!n.title().isEmpty()) {
            fm.put(NewsReader.key(NewsField.TITLE), n.title());
        }
        fm.put("related_posts", false);
        return frontMatter(fm) + liquidSafe(KramdownTypography.escaped(n.body())) + "\n";
    }

    /** al-folio's own form: {@code 2015-10-22 15:59:00-0400}, or the date alone. */
    static String alfolioDate(NewsItem n) {
        if (n.date() == null) {
            return "";
        }
        var d = n.date();
        if (d.time() == null) {
            return d.date().toString();
        }
        String time = String.format("%02d:%02d:%02d", d.time().getHour(), d.time().getMinute(), d.time().getSecond());
        if (d.offset() == null) {
            return d.date() + " " + time;
        }
        int total = d.offset().getTotalSeconds() / 60;
        return d.date() + " " + time + String.format("%s%02d%02d", total < 0 ? "-" : "+", Math.abs(total) / 60, Math.abs(total) % 60);
    }

    private static String page(Page p) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("layout", "page");
        fm.put("title", p.title());
        fm.put("permalink", "/" + p.slug() + "/");
        Object description = p.unknownFields().values().get("description");
        if (description != null) {
            fm.put("description", String.valueOf(description));
        }
        fm.put("nav", p.inMenu());
        fm.put("nav_order", p.menuOrder());
        return frontMatter(fm) + liquidSafe(KramdownTypography.escaped(p.body())) + "\n";
    }

    // ---------------------------------------------------------------- bibliography

    /**
     * The main list into {@code papers.bib}; each section (Talks, Patents) into a {@code .bib} file of
     * its own shown by a page of its own, as al-folio users keep them, so that the import reads the
     * section back exactly from the page's {@code publication_section} key (the title alone would come
     * back with its first letter capitalised, as the import reads al-folio's lower-case titles).
     */
    private void writeBibliography(List<Publication> publications, String preamble, Set<String> pageFiles, List<SiteFile> files) {
        Map<String, List<Publication>> bySection = new LinkedHashMap<>();
        bySection.put("", new ArrayList<>());
        for (Publication p : CrossrefFlattened.of(publications, notCarried)) {
            bySection.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(publication(p));
        }
        files.add(new SiteFile("_bibliography/papers.bib", "---\n---\n\n" + BibtexWriter.complete().write(preamble, bySection.get(""))));
        Set<String> bibFiles = new HashSet<>(Set.of("papers"));
        int order = 0;
        for (Map.Entry<String, List<Publication>> e : bySection.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            String base = Slugs.slugOr(e.getKey(), "section");
            String name = base;
            for (int i = 2; pageFiles.contains(name) || bibFiles.contains(name); i++) {
                name = base + "-" + i;
            }
            pageFiles.add(name);
            bibFiles.add(name);
            files.add(new SiteFile("_bibliography/" + name + ".bib", "---\n---\n\n" + BibtexWriter.complete().write(e.getValue())));
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("layout", "page");
            fm.put("title", e.getKey());
            fm.put(BibliographyTags.SECTION_KEY, e.getKey());
            fm.put("permalink", "/" + name + "/");
            fm.put("nav", true);
            fm.put("nav_order", SECTION_NAV_ORDER + order++);
            files.add(new SiteFile("_pages/" + name + ".md", frontMatter(fm)
                    + "\n<div class=\"publications\">\n\n{% bibliography -f " + name + " %}\n\n</div>\n"));
        }
    }

    /** Local PDFs and previews move to al-folio's folders; the entry names them relative to those. */
    private Publication publication(Publication p) {
        Map<LinkKind, String> links = new EnumMap<>(LinkKind.class);
        links.putAll(p.links().values());
        links.replaceAll((kind, value) -> kind.alfolioPdfFolder() ? localFile(value, "assets/pdf/") : value);
        Publication.Builder b = p.toBuilder().links(p.links().withValues(links));
        for (PublicationField f : PublicationField.values()) {
            f.alfolioFolder().filter(folder -> !p.text(f).isBlank())
                    .ifPresent(folder -> b.text(f, localFile(p.text(f), folder)));
        }
        return b.build();
    }

    private String localFile(String value, String folder) {
        if (URL_SCHEME.matcher(value.strip()).matches() || value.strip().startsWith("/")) {
            return value;
        }
        String resolved = AssetPaths.resolve(value);
        String name = resolved.startsWith(AssetPaths.ASSETS_DIR + "/")
                ? resolved.substring(AssetPaths.ASSETS_DIR.length() + 1) : resolved;
        copy(resolved, folder + name);
        return name;
    }

    // ---------------------------------------------------------------- socials

    private String socials(Profile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SocialLink link : p.socialLinks()) {
            if (link.knownKind().isPresent()) {
                String value = link.value();
                if (!URL_SCHEME.matcher(value).matches() && value.startsWith("assets/")) {
                    copy(value, value);
                    value = "/" + value;
                }
                out.put(link.kind(), value);
            } else {
                Object key = link.unknownFields().values().get("alfolioKey");
                String base = key == null ? Slugs.slugOr(link.title(), "link").replace('-', '_') : String.valueOf(key);
                String k = base;
                for (int i = 2; out.containsKey(k); i++) {
                    k = base + "_" + i;
                }
                Map<String, Object> custom = new LinkedHashMap<>();
                Object logo = link.unknownFields().values().get("logo");
                if (logo != null) {
                    custom.put("logo", String.valueOf(logo));
                }
                custom.put("title", link.title());
                custom.put("url", link.url());
                out.put(k, custom);
            }
        }
        return out.isEmpty() ? "# no social links\n" : yaml(out);
    }

    // ---------------------------------------------------------------- assets and notes

    /**
     * The rest of the portfolio's {@code assets/} keeps its path, so links written in Markdown keep
     * working; files already placed in al-folio's folders (photo, PDFs, previews) are not copied twice.
     */
    private void copyAssetsFolder() {
        Set<Path> placed = new HashSet<>();
        assets.forEach(a -> placed.add(a.source()));
        Path dir = portfolioFolder.resolve(AssetPaths.ASSETS_DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(f -> !placed.contains(f.normalize())).sorted().forEach(f -> {
                String rel = portfolioFolder.relativize(f).toString().replace('\\', '/');
                copy(rel, rel);
            });
        } catch (IOException e) {
            notCarried.add("the assets folder could not be listed (" + e.getMessage() + "); copy it by hand");
        }
    }

    private void copy(String portfolioPath, String sitePath) {
        Path source = portfolioFolder.resolve(portfolioPath).normalize();
        if (!source.startsWith(portfolioFolder.normalize()) || !Files.isRegularFile(source)
                || !ConfinedPath.isInside(portfolioFolder, source)) {
            notCarried.add(portfolioPath + " does not exist in the portfolio; the site links to a missing file");
            return;
        }
        if (assets.stream().noneMatch(a -> a.target().equals(sitePath))) {
            assets.add(new AssetCopy(source, sitePath));
        }
    }

    private void noteWhatIsNotCarried(Portfolio portfolio) {
        Profile p = portfolio.profile();
        if (!p.nativeName().isBlank() || !p.position().isBlank() || !p.affiliation().isBlank()) {
            notCarried.add("native name, position and affiliation have no al-folio key; put them in the subtitle or bio");
        }
        SiteSettings s = portfolio.site();
        if (!s.theme().equals(SiteSettings.Theme.DEFAULT) || !s.language().equals("en") || !s.showMadeWith()) {
            notCarried.add("theme colours, dark mode, language and the made-with line are al-folio settings of their own");
        }
        List<String> own = portfolio.publications().stream().flatMap(x -> x.links().own().stream())
                .map(OwnLink::bibtexName).filter(n -> !n.isEmpty()).distinct().toList();
        if (!own.isEmpty()) {
            notCarried.add("links of your own are written to the .bib files as fields named after their labels ("
                    + String.join(", ", own) + "); al-folio's bib layout shows no button for them: add one per field to"
                    + " _layouts/bib.liquid (an import of a site whose layout links them reads them back as links)");
        }
        if (portfolio.news().stream().anyMatch(n -> n.date() == null)) {
            notCarried.add("news items without a date cannot be read by al-folio");
        }
    }

    private static final Pattern LIQUID_OPENER = Pattern.compile("\\{([{%])");

    /**
     * Jekyll runs Liquid over every page, so text a person typed that opens a Liquid tag or output
     * (two opening braces, or a brace and a percent sign) is written inside a raw tag: the live site shows it as typed and
     * the import reads it back unchanged.
     */
    static String liquidSafe(String markdown) {
        return LIQUID_OPENER.matcher(markdown).replaceAll("{% raw %}{$1{% endraw %}");
    }

    private static String frontMatter(Map<String, Object> data) {
        return "---\n" + yaml(data) + "---\n";
    }

    private static String yaml(Map<String, Object> data) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setSplitLines(false);
        o.setIndent(2);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        return new Yaml(new TextRepresenter(o), o).dump(data);
    }

    /**
     * Writes every string as YAML text. SnakeYAML writes a string with a character YAML does not print
     * (a control character, U+FFFE) as {@code !!binary}, which Jekyll and the import read as bytes, and
     * stops at one with half a surrogate pair ("invalid string value"): a title pasted with U+0001 or
     * read from a damaged .bib made {@code export-alfolio} fail with a stack trace. Such a string is
     * written double-quoted, where YAML's escapes ({@code \x01}, {@code \uD800}) carry every character.
     */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            Represent plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> StreamReader.isPrintable((String) data) ? plain.representData(data)
                    : representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.DOUBLE_QUOTED));
        }
    }
}
