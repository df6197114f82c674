package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.importer.bibtex.TemplateLeftovers;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;

/**
 * The site's bibliography: every {@code .bib} file its published pages show (see
 * {@link BibliographyTags}), and the configured one ({@code scholar.bibliography}, else
 * {@code papers.bib}), read through the given {@link BibliographyReader}. Entries of a file shown
 * only on a page of its own (a Talks page showing {@code talks.bib}) get that page's title as their
 * section; the files of the main publications page are the main list. A file no page shows is
 * reported, a backup beside the real file too; neither is merged. al-folio's example papers are
 * flagged as template leftovers, and the PDFs and previews the entries name copied.
 */
final class SiteBibliography {
    private static final Pattern URL_OR_ROOTED = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:|/).*");
    private static final Pattern BACKUP = Pattern.compile("(?i).*(?:[_\\-. ](?:bak|backup|old|copy|orig)\\b|~$|\\.bak$).*");
    private static final Pattern PUBLICATIONS_PERMALINK = Pattern.compile("(?i)^/?publications?/?$");

    /** The fields al-folio resolves under a folder of the site (the preview image). */
    private static final List<PublicationField> FOLDER_FIELDS = Stream.of(PublicationField.values())
            .filter(f -> f.alfolioFolder().isPresent()).toList();

    private final SiteFolder folder;
    private final Path site;
    private final BibliographyReader reader;
    private final ImportFindings findings;
    private final String siteAddress;
    private final BibLayoutFolders layoutFolders;
    /** The permalink of the page showing each file, against which al-folio's links resolve. */
    private final Map<String, String> pageOfFile = new HashMap<>();

    private SiteBibliography(SiteFolder folder, BibliographyReader reader, ImportFindings findings, String siteAddress,
                             BibLayoutFolders layoutFolders) {
        this.folder = folder;
        this.layoutFolders = layoutFolders;
        this.site = folder.path();
        this.reader = reader;
        this.findings = findings;
        this.siteAddress = siteAddress;
    }

    /**
     * The publications; an absent bibliography is none, a missing reader or file is reported.
     *
     * @param siteAddress the live site's address ({@code url} and {@code baseurl}), "" when unknown
     */
    static List<Publication> read(SiteFolder folder, Map<String, Object> config, BibliographyReader reader,
                                  ImportFindings findings, String siteAddress, SiteSettings.Builder siteSettings) {
        return read(folder, config, reader, findings, siteAddress, siteSettings, false);
    }

    /**
     * @param listIsACollection the publications page lists the {@code _publications} collection
     *     ({@link PublicationsCollection}): then only the .bib files a page shows are read, not the configured
     *     one for its own sake (such a site's configured file holds the blog posts' references)
     */
    static List<Publication> read(SiteFolder folder, Map<String, Object> config, BibliographyReader reader,
                                  ImportFindings findings, String siteAddress, SiteSettings.Builder siteSettings,
                                  boolean listIsACollection) {
        BibLayoutFolders layout = BibLayoutFolders.of(folder, config);
        SiteBibliography bibliography = new SiteBibliography(folder, reader, findings, siteAddress, layout);
        bibliography.listIsACollection = listIsACollection;
        List<Publication> publications = bibliography.read(config);
        bibliography.reportLinksCarriedOver();
        Set<String> carried = new HashSet<>(bibliography.carried.keySet());
        if (!bibliography.carriedAsWebPage.isEmpty()) {
            carried.add("url");
        }
        reportLinksNotShown(layout, publications, carried, findings);
        reportTextNotShown(layout, publications, findings);
        // the files' @preambles, each once, for the BibTeX the portfolio exports (a web page has no use for them)
        siteSettings.bibtexPreamble(String.join("\n", new LinkedHashSet<>(bibliography.preambles)));
        return publications;
    }

    private static final int KEYS_SHOWN = 3;

    /** The citation keys of the papers holding {@code field} among their BibTeX fields, in order. */
    private static List<String> papersWith(String field, List<Publication> publications) {
        return publications.stream().filter(p -> !p.bibtexFields().getOrDefault(field, "").isBlank())
                .map(Publication::citationKey).toList();
    }

    /** "3 papers: a, b, c", or with "and 2 more": a report's list of papers. */
    private static String papers(List<String> keys) {
        return keys.size() + (keys.size() == 1 ? " paper: " : " papers: ")
                + String.join(", ", keys.subList(0, Math.min(KEYS_SHOWN, keys.size())))
                + (keys.size() > KEYS_SHOWN ? " and " + (keys.size() - KEYS_SHOWN) + " more" : "");
    }

    /**
     * A site's own bibliography layout may link a field of its own ({@code talk = {https://youtube…}} as a
     * "Talk" button, {@code eprint} to the IACR archive). The portfolio has no such link: the value is kept
     * among the paper's BibTeX fields, which only its BibTeX box shows, so each such field is reported
     * once, with the papers that have it, for the person to move it to a link the portfolio has.
     */
    private static void reportLinksNotShown(BibLayoutFolders layout, List<Publication> publications, Set<String> carried,
                                            ImportFindings findings) {
        for (String field : layout.linkedFields()) {
            if (carried.contains(field)) {
                continue;
            }
            List<String> keys = papersWith(field, publications);
            if (keys.isEmpty()) {
                continue;
            }
            findings.warn(layout.layout(), 0, Diagnostic.Kind.SKIPPED, "the site's own bibliography layout links "
                    + field + " (" + papers(keys) + "); the"
                    + " portfolio has no such link, so each value is kept among its paper's BibTeX fields (shown only in its"
                    + " BibTeX) and the exported list shows no link: move it to a link the portfolio has"
                    + " (" + String.join(", ", Stream.of(LinkKind.values()).map(LinkKind::buttonLabel).toList()) + ") where it should show");
        }
    }

    /** Keys jekyll-scholar sets on an entry itself, over a field of that name ({@code entry.bibtex} is the entry's source). */
    private static final Set<String> SCHOLAR_OWN_KEYS = Set.of("bibtex", "key", "type", "author_array");

    /**
     * A site's own bibliography layout may write a field of its own into the list as text ({@code {{ entry.info }}}
     * as the venue line of a talk). The portfolio's list shows no such field: the value is kept among the paper's
     * BibTeX fields, which only its BibTeX box shows, so each such field is reported once, at the layout's line,
     * with the papers that have it. A field the layout also links is reported as a link instead.
     */
    private static void reportTextNotShown(BibLayoutFolders layout, List<Publication> publications, ImportFindings findings) {
        for (Map.Entry<String, Integer> printed : layout.printedFields().entrySet()) {
            String field = printed.getKey();
            if (layout.linkedFields().contains(field) || SCHOLAR_OWN_KEYS.contains(field)) {
                continue;
            }
            List<String> keys = papersWith(field, publications);
            if (keys.isEmpty()) {
                continue;
            }
            findings.warn(layout.layout(), printed.getValue(), Diagnostic.Kind.SKIPPED, "the site's own bibliography layout"
                    + " shows " + field + " as text (" + papers(keys)
                    + "); the portfolio's list shows no such field, so each value is kept among its paper's BibTeX fields"
                    + " (shown only in its BibTeX) and the exported list leaves it out: move it to a field the list shows"
                    + " (" + PublicationField.NOTE.formLabel() + ", " + PublicationField.ADDITIONAL_INFO.formLabel()
                    + ") where it should show");
        }
    }

    /** The papers whose field a button of the site's own layout links became a link of their own, by field. */
    private final Map<String, List<String>> carried = new LinkedHashMap<>();

    /** The papers whose url a button of the site's own layout links became their HTML link. */
    private final List<String> carriedAsWebPage = new ArrayList<>();

    private void reportLinksCarriedOver() {
        if (!carriedAsWebPage.isEmpty()) {
            List<String> keys = carriedAsWebPage;
            findings.warn(layoutFolders.layout(), 0, Diagnostic.Kind.ADJUSTED, "the site's own bibliography layout links url ("
                    + papers(keys) + "); carried over as each paper's "
                    + LinkKind.HTML.formLabel() + " link, its \"" + LinkKind.HTML.buttonLabel() + "\" button (url stays in"
                    + " its BibTeX)");
        }
        for (BibLayoutFolders.Button button : layoutFolders.buttons()) {
            List<String> keys = carried.get(button.field());
            if (keys == null) {
                continue;
            }
            findings.warn(layoutFolders.layout(), 0, Diagnostic.Kind.ADJUSTED, "the site's own bibliography layout links "
                    + button.field() + " as a \"" + button.label() + "\" button (" + papers(keys) + "); carried over as a link"
                    + " of each paper's own,"
                    + " \"" + button.label() + "\", shown after its other links");
        }
    }

    /**
     * A field the site's own layout shows as a button ({@code talk}, {@code eprint}) becomes a link of the
     * paper's own with the button's text, at the address the live site links: the value, the layout's
     * address around it ({@code https://archive.example.org/2023/101}), or the site's file the layout
     * puts a folder in front of (copied as the PDFs are). The field stays among the BibTeX fields unless
     * the link writes it back as it was ({@code talk = {https://…}} from a "Talk" button). A value that
     * leads to no address the portfolio can link stays a BibTeX field, and is reported as not shown.
     */
    private Publication withOwnLinks(Publication p, BibFileText bib, SiteLinks siteLinks, String bibName, String page) {
        if (p.bibtexFields().isEmpty() || layoutFolders.buttons().isEmpty()) {
            return p;
        }
        List<OwnLink> own = new ArrayList<>(p.links().own());
        Map<String, String> rest = new LinkedHashMap<>(p.bibtexFields());
        PublicationLinks links = p.links();
        for (BibLayoutFolders.Button button : layoutFolders.buttons()) {
            String value = p.bibtexFields().getOrDefault(button.field(), "").strip();
            String url = value.isEmpty() || LinkKind.byKey(button.field()).isPresent() ? ""
                    : address(button, value, bib, siteLinks, bibName, page, bib.entryOffset(p.citationKey()));
            if (url.isEmpty()) {
                continue;
            }
            OwnLink link = OwnLink.of(button.label(), url);
            if (button.field().equals("url") && link.bibtexName().isEmpty() && links.html().isEmpty()) {
                // BibTeX's own url is the paper's web page: the portfolio's HTML link, which every export writes
                // (a link of its own named "Url" could be written to no field); url stays for the BibTeX
                links = links.with(LinkKind.HTML, url);
                carriedAsWebPage.add(p.citationKey());
                continue;
            }
            own.add(link);
            if (link.bibtexName().equals(button.field()) && url.equals(value)) {
                rest.remove(button.field());
            }
            carried.computeIfAbsent(button.field(), f -> new ArrayList<>()).add(p.citationKey());
        }
        return own.equals(p.links().own()) && rest.equals(p.bibtexFields()) && links == p.links() ? p
                : p.toBuilder().links(links.withOwn(own)).bibtexFields(rest).build();
    }

    /** The address the button links for {@code value}, or "" when it is none a portfolio link can hold. */
    private String address(BibLayoutFolders.Button button, String value, BibFileText bib, SiteLinks siteLinks,
                           String bibName, String page, int entryAt) {
        boolean web = value.toLowerCase(Locale.ROOT).startsWith("https://") || value.toLowerCase(Locale.ROOT).startsWith("http://");
        if (!button.before().isEmpty() || !button.after().isEmpty()) {
            String whole = button.before() + value + button.after();
            String lower = whole.toLowerCase(Locale.ROOT);
            return !button.filtered() && (lower.startsWith("https://") || lower.startsWith("http://")) ? whole : "";
        }
        if (web) {
            return value;
        }
        if (SiteLinks.isSitePath(value, false) && value.startsWith("/")) {
            return siteLinks.resolve(value, page, button.field(), bibName, bib.lineOf(value, entryAt));
        }
        if (layoutFolders.hasFolder(button.field()) && !URL_OR_ROOTED.matcher(value).matches()) {
            return localBibFile(value, layoutFolders.folderOf(button.field()), button.field(), bib, entryAt, bibName);
        }
        return "";
    }

    private final List<String> preambles = new ArrayList<>();
    private boolean listIsACollection;

    /**
     * The folder of the site's BibTeX files: jekyll-scholar's {@code scholar.source} ({@code /_publications/} on a
     * lab site that keeps its papers there), {@code _bibliography} when it is not set or names no folder inside the
     * site.
     */
    private String source = "_bibliography";

    private static String sourceFolder(Path site, Map<String, Object> config) {
        String named = config.get("scholar") instanceof Map<?, ?> s ? YamlValues.str(s.get("source")).strip() : "";
        String folder = named.replaceAll("^\\./+|^/+|/+$", "");
        if (folder.isEmpty() || folder.contains("..") || folder.contains("\\")) {
            return "_bibliography";
        }
        Path dir = site.resolve(folder);
        return Files.isDirectory(dir) && ConfinedPath.isInside(site, dir) ? folder : "_bibliography";
    }

    private List<Publication> read(Map<String, Object> config) {
        source = sourceFolder(site, config);
        Path dir = site.resolve(source);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String named = config.get("scholar") instanceof Map<?, ?> s ? YamlValues.str(s.get("bibliography")).strip() : "";
        String configured = named.isEmpty() ? "papers.bib" : BibliographyTags.bibName(named);
        Map<String, String> sections = filesToRead(dir, configured);
        if (sections.isEmpty() && listIsACollection) {
            return List.of();
        }
        if (sections.isEmpty()) {
            findings.warn(source + "/" + configured, 0, Diagnostic.Kind.MISSING,
                    "the bibliography file does not exist and no page shows another; no publications imported");
            return List.of();
        }
        if (reader == null) {
            findings.warn(source + "/" + sections.keySet().iterator().next(), 0, Diagnostic.Kind.SKIPPED,
                    "not read: no BibTeX reader is available in this build; publications are not imported");
            return List.of();
        }
        List<Publication> all = new ArrayList<>();
        Map<String, String> fileOfKey = new HashMap<>();
        sections.forEach((file, section) -> {
            String relName = source + "/" + file;
            for (Publication p : readFile(dir.resolve(file), relName, pageOfFile.getOrDefault(file, ""))) {
                String first = fileOfKey.putIfAbsent(p.citationKey().toLowerCase(Locale.ROOT), relName);
                if (first != null) {
                    findings.warn(relName, 0, Diagnostic.Kind.SKIPPED, "'" + p.citationKey() + "' is also in "
                            + first + "; the entry there is kept");
                    continue;
                }
                all.add(section.isEmpty() ? p : p.toBuilder().section(section).build());
            }
        });
        return all;
    }

    /**
     * The files to read, in order, each with its section ("" for the main list): the configured file
     * and the files the main publications page shows first, then the files other pages show. Every
     * other {@code .bib} file is reported.
     */
    private Map<String, String> filesToRead(Path dir, String configured) {
        List<BibliographyTags.Shown> all = BibliographyTags.find(folder, configured);
        // what only a translation shows (a multilingual site's Japanese reviews on _pages/ja/publications.md)
        // is not on the site of the default language, which is the one imported
        List<BibliographyTags.Shown> shown = all.stream().filter(s -> s.translation().isEmpty()).toList();
        Map<String, BibliographyTags.Shown> shownByTranslation = new HashMap<>();
        all.stream().filter(s -> !s.translation().isEmpty()).forEach(s -> shownByTranslation.putIfAbsent(s.file(), s));
        Set<String> mainPages = new HashSet<>();
        for (BibliographyTags.Shown s : shown) {
            if (s.file().equals(configured) || PUBLICATIONS_PERMALINK.matcher(s.permalink()).matches()) {
                mainPages.add(s.page());
            }
        }
        // with no page for the configured file, the first page showing one is the main list, unless
        // the configured file exists (a folder written by export-alfolio: its pages are sections)
        if (mainPages.isEmpty() && !shown.isEmpty() && !Files.isRegularFile(dir.resolve(configured))) {
            mainPages.add(shown.get(0).page());
        }
        Map<String, String> files = new LinkedHashMap<>();
        if (Files.isRegularFile(dir.resolve(configured)) && !listIsACollection) {
            files.put(configured, "");
        }
        Set<String> reported = new HashSet<>();
        for (boolean mainPass : new boolean[] {true, false}) {
            for (BibliographyTags.Shown s : shown) {
                if (mainPages.contains(s.page()) != mainPass) {
                    continue;
                }
                if (!Files.isRegularFile(dir.resolve(s.file()))) {
                    if (reported.add(s.file())) {
                        findings.warn(s.page(), s.line(), Diagnostic.Kind.MISSING, "shows " + source + "/" + s.file()
                                + ", which does not exist; nothing imported from it");
                    }
                    continue;
                }
                if (!s.query().isEmpty() && reported.add(s.page() + "|" + s.file() + "|" + s.query())) {
                    findings.warn(s.page(), s.line(), Diagnostic.Kind.SKIPPED, "shows only the entries of " + source + "/"
                            + s.file() + " matching " + s.query() + "; every entry of the file is imported");
                }
                files.putIfAbsent(s.file(), mainPass ? "" : sectionTitle(s));
                pageOfFile.putIfAbsent(s.file(), s.permalink());
            }
        }
        if (files.isEmpty() && !listIsACollection) {
            List<Path> bibs = bibFiles(dir).stream().filter(p -> !BACKUP.matcher(p.getFileName().toString()).matches()).toList();
            if (bibs.size() == 1) {
                String only = bibs.get(0).getFileName().toString();
                findings.warn(source + "/" + only, 0, Diagnostic.Kind.MISSING, "no " + configured
                        + " and no page shows a .bib file; the only one there is read as the publications");
                files.put(only, "");
            }
        }
        for (Path other : bibFiles(dir)) {
            String name = other.getFileName().toString();
            if (files.containsKey(name)) {
                continue;
            }
            String rel = source + "/" + name;
            BibliographyTags.Shown translated = shownByTranslation.get(name);
            if (translated != null && !BACKUP.matcher(name).matches()) {
                findings.warn(rel, 0, Diagnostic.Kind.SKIPPED, "shown only on " + translated.page() + ", a translation ("
                        + translated.translation() + "); not read, as only the default language is imported");
            } else if (BACKUP.matcher(name).matches()) {
                findings.warn(rel, 0, Diagnostic.Kind.SKIPPED, "looks like a backup (its name says so); not merged");
            } else {
                findings.warn(rel, 0, Diagnostic.Kind.SKIPPED, "no published page shows this file; not read");
            }
        }
        files.forEach((file, section) -> {
            if (!section.isEmpty()) {
                findings.warn(source + "/" + file, 0, Diagnostic.Kind.ADJUSTED, "shown on a page of its own;"
                        + " its entries are imported as the section \"" + section + "\"");
            }
        });
        return files;
    }

    /**
     * The section a page names exactly, else its title with the first letter capitalised (al-folio's
     * titles are lower case by custom), else the file's name.
     */
    private static String sectionTitle(BibliographyTags.Shown s) {
        if (!s.section().isEmpty()) {
            return s.section();
        }
        String t = s.pageTitle().isBlank() ? s.file().replaceAll("(?i)\\.bib$", "").replace('_', ' ') : s.pageTitle();
        return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    private List<Path> bibFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bib")
                    || BACKUP.matcher(p.getFileName().toString()).matches() && p.getFileName().toString().contains(".bib"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            findings.warn(source, 0, Diagnostic.Kind.UNREADABLE, "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    private List<Publication> readFile(Path file, String relName, String page) {
        String text = findings.readText(file, relName);
        if (text == null) {
            return List.of();
        }
        try {
            BibliographyReader.Result r = reader.read(text, relName);
            r.warnings().forEach(findings::add);
            preambles.addAll(r.preambles());
            BibFileText bib = new BibFileText(text);
            List<Publication> kept = new ArrayList<>(r.publications());
            for (TemplateLeftovers.Leftover l : TemplateLeftovers.find(r.publications())) {
                if (findings.leftover(relName, bib.lineOf(l.publication().citationKey(), 0), l.reason().replaceAll("\\.$", ""))) {
                    kept.remove(l.publication());
                }
            }
            SiteLinks siteLinks = new SiteLinks(site, siteAddress, findings);
            return kept.stream().map(p -> withOwnLinks(withLocalFiles(p, bib, siteLinks, relName, page), bib, siteLinks,
                    relName, page)).toList();
        } catch (RuntimeException e) {
            findings.warn(relName, 0, Diagnostic.Kind.UNREADABLE, "not read: the BibTeX reader failed: " + e);
            return List.of();
        }
    }

    /**
     * al-folio resolves a pdf, supp, poster or slides value that is not a URL under
     * {@code assets/pdf/} (or the folder the site's own bibliography layout names), and a preview under {@code assets/img/publication_preview/}. Those files are
     * copied into the portfolio's {@code assets/}: a bare name stays as it is (it means
     * {@code assets/<name>} there), a name with a folder becomes {@code assets/<folder>/<name>}.
     */
    private Publication withLocalFiles(Publication p, BibFileText bib, SiteLinks siteLinks, String bibName, String page) {
        if (p.links().values().isEmpty() && FOLDER_FIELDS.stream().allMatch(f -> p.text(f).isBlank())) {
            return p;
        }
        int entryAt = bib.entryOffset(p.citationKey());
        Map<LinkKind, String> links = new EnumMap<>(LinkKind.class);
        links.putAll(p.links().values());
        links.replaceAll((kind, value) -> {
            if (SiteLinks.isSitePath(value, kind.alfolioPdfFolder())) {
                return siteLinks.resolve(value, page, kind.key(), bibName, bib.lineOf(value.strip(), entryAt));
            }
            if (kind.alfolioPdfFolder() && SiteLinks.isSitePath(value, false)) {
                // the layout puts /assets/pdf/ in front, and the browser resolves the ../ from there
                return siteLinks.resolve(value, "/" + layoutFolders.folderOf(kind.key()), kind.key(), bibName,
                        bib.lineOf(value.strip(), entryAt));
            }
            return kind.alfolioPdfFolder()
                    ? localBibFile(value, layoutFolders.folderOf(kind.key()), kind.key(), bib, entryAt, bibName) : value;
        });
        Map<PublicationField, String> texts = new EnumMap<>(PublicationField.class);
        for (PublicationField f : FOLDER_FIELDS) {
            String value = p.text(f);
            f.alfolioFolder().filter(folder -> !value.isBlank()).ifPresent(folder -> texts.put(f,
                    localBibFile(value, folder, f.bibtexKey().orElseThrow(), bib, entryAt, bibName)));
        }
        // most entries name nothing to move: keep the entry instead of building and comparing a copy
        boolean textsSame = texts.entrySet().stream().allMatch(e -> e.getValue().equals(p.text(e.getKey())));
        if (textsSame && links.equals(p.links().values())) {
            return p;
        }
        Publication.Builder b = p.toBuilder().links(p.links().withValues(links));
        texts.forEach(b::text);
        return b.build();
    }

    private String localBibFile(String value, String siteFolder, String field, BibFileText bib, int entryAt, String bibName) {
        String v = value.strip().replace('\\', '/');
        if (v.isEmpty() || URL_OR_ROOTED.matcher(v).matches()) {
            return value;
        }
        Path root = site.toAbsolutePath().normalize();
        Path folder = root.resolve(siteFolder).normalize();
        Path source = folder.resolve(v).normalize();
        if (!source.startsWith(folder)) {
            return fileAboveFolder(v, siteFolder, field, bib.lineOf(v, entryAt), bibName);
        }
        if (!Files.isRegularFile(source)) {
            String other = UnicodeFileNames.otherForm(folder, v);
            if (other == null) {
                findings.warn(bibName, bib.lineOf(v, entryAt), Diagnostic.Kind.MISSING, field + " " + siteFolder + v
                        + " does not exist in the site; add the file to the portfolio's assets/ by hand");
                return value;
            }
            findings.warn(bibName, bib.lineOf(v, entryAt), Diagnostic.Kind.ADJUSTED, field + " " + siteFolder + v
                    + " writes its accents in another Unicode form than the site's file (as macOS writes file names);"
                    + " read as that file, " + siteFolder + other);
            v = other;
            source = folder.resolve(v).normalize();
        }
        String target = AssetPaths.ASSETS_DIR + "/" + v;
        findings.addAsset(source, target);
        return v.contains("/") ? target : v;
    }

    /**
     * A value climbing out of its folder ({@code preview = {../projects_img/map.jpg}}): al-folio puts
     * the folder in front and the browser resolves the {@code ../} from there, so the file shown is
     * {@code assets/img/projects_img/map.jpg}. That file is copied to the same path; the portfolio
     * gets that path, never one leaving its own folder.
     */
    private String fileAboveFolder(String v, String siteFolder, String field, int line, String bibName) {
        String inSite = SiteLinks.sitePath("/" + siteFolder, v);
        String target = inSite.startsWith(AssetPaths.ASSETS_DIR + "/") ? inSite : AssetPaths.ASSETS_DIR + "/" + inSite;
        Path source = site.toAbsolutePath().normalize().resolve(inSite).normalize();
        if (inSite.isEmpty() || inSite.endsWith("/") || SiteLinks.hidden(inSite) || !Files.isRegularFile(source)) {
            findings.warn(bibName, line, Diagnostic.Kind.MISSING, field + " " + v + " is the site's file " + inSite
                    + ", which does not exist; add the file to the portfolio's " + target + " by hand");
            return target;
        }
        findings.addAsset(source, target);
        return target;
    }
}
