package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationLinks;

/**
 * A site whose publications page lists a {@code publications} collection ({@code {% for paper in
 * site.publications %}}), one Markdown page a paper, as older al-folio sites did before al-folio read
 * BibTeX: those pages are the site's list of papers, so they are imported as the publications, each
 * from its front matter ({@code title}, {@code authors}, {@code year}, {@code journal}, {@code doi},
 * {@code arxiv}, {@code pdf}) and its text as the abstract. A front-matter key with no field of its own
 * is kept among the entry's other fields, so nothing the page holds is lost unseen.
 */
final class PublicationsCollection {
    private static final Pattern LISTS_COLLECTION = Pattern.compile("\\bsite\\.publications\\b");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})-\\d{2}-\\d{2}-");
    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\b");
    private static final Pattern TAB_AFTER_KEY = Pattern.compile("(?m)^([A-Za-z_][\\w-]*:)[ \\t]*\\t[ \\t]*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    /** A heading "Abstract" that opens the page's text: the abstract field says what it is. */
    private static final Pattern ABSTRACT_HEADING = Pattern.compile("(?i)^\\s*#{1,6}\\s*abstract\\s*\\n");
    /** Front-matter keys read into fields, or Jekyll's own. */
    private static final Set<String> READ = Set.of("title", "authors", "author", "year", "date", "journal", "venue",
            "doi", "arxiv", "pdf", "layout", "permalink", "published");

    private final SiteFolder folder;
    private final Path dir;
    private final String listingPage;

    private PublicationsCollection(SiteFolder folder, Path dir, String listingPage) {
        this.folder = folder;
        this.dir = dir;
        this.listingPage = listingPage;
    }

    /** The collection when {@code _config.yml} declares it, it holds pages and a published page lists it; else null. */
    static PublicationsCollection find(SiteFolder folder, Map<String, Object> config) {
        if (!(config.get("collections") instanceof Map<?, ?> collections) || !collections.containsKey("publications")) {
            return null;
        }
        Path dir = folder.path().resolve("_publications");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        for (String page : folder.permalinks().keySet().stream().sorted().toList()) {
            String text = SiteFolder.readQuietly(folder.path(), folder.path().resolve(page));
            if (text != null && LISTS_COLLECTION.matcher(text).find()) {
                return new PublicationsCollection(folder, dir, page);
            }
        }
        return null;
    }

    /** The page that lists the collection, site-relative ({@code _pages/publications.md}). */
    String listingPage() {
        return listingPage;
    }

    List<Publication> read(ImportFindings findings, String siteAddress) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("(?i).+\\.(md|markdown|html)$")).sorted().toList();
        } catch (IOException e) {
            findings.warn(folder.rel(dir), 0, Diagnostic.Kind.UNREADABLE, "not read: " + e.getMessage());
            return List.of();
        }
        SiteLinks siteLinks = new SiteLinks(folder.path(), siteAddress, findings);
        List<Publication> out = new ArrayList<>();
        for (Path f : files) {
            String rel = folder.rel(f);
            String text = SiteFolder.readQuietly(folder.path(), f);
            if (text == null) {
                findings.warn(rel, 0, Diagnostic.Kind.UNREADABLE, "could not be read; this paper is not imported");
                continue;
            }
            FrontMatterFile fm = FrontMatterFile.parse(text, rel);
            if (fm.error.isPresent()) {
                // a tab after a key's colon ("doi: <tab>10.1103/..."), which Jekyll's YAML reads as a space
                fm = FrontMatterFile.parse(TAB_AFTER_KEY.matcher(text).replaceAll("$1 "), rel);
            }
            if (SiteFolder.unpublished(fm)) {
                continue;
            }
            String title = YamlValues.str(fm.data.get("title")).strip();
            if (title.isEmpty()) {
                findings.warn(rel, 0, Diagnostic.Kind.SKIPPED, fm.error.map(e -> "its front matter cannot be read ("
                        + e.message() + "); this paper is not imported").orElse("has no title in its front matter;"
                        + " this paper is not imported"));
                continue;
            }
            out.add(publication(f, rel, fm, title, siteLinks, findings));
        }
        findings.warn(listingPage, 0, Diagnostic.Kind.ADJUSTED, "lists the _publications collection, one page a paper:"
                + " its " + out.size() + " papers are imported as the publications, each from its front matter, its text"
                + " as the abstract");
        return out;
    }

    private Publication publication(Path f, String rel, FrontMatterFile fm, String title, SiteLinks siteLinks,
                                    ImportFindings findings) {
        String name = SiteFolder.baseName(f);
        Publication.Builder b = Publication.builder(name, "article").title(title);
        Object authors = fm.data.containsKey("authors") ? fm.data.get("authors") : fm.data.get("author");
        b.authors(authors(authors));
        Integer year = year(fm, name);
        if (year != null) {
            b.year(year);
        } else {
            findings.warn(rel, fm.firstDataLine, Diagnostic.Kind.MISSING, "has no year (neither a year nor a date,"
                    + " nor one in the file name); imported without one");
        }
        String journal = YamlValues.str(fm.data.containsKey("journal") ? fm.data.get("journal") : fm.data.get("venue")).strip();
        b.text(PublicationField.JOURNAL, journal);
        b.text(PublicationField.DOI, YamlValues.str(fm.data.get("doi")).strip());
        b.text(PublicationField.ARXIV, YamlValues.str(fm.data.get("arxiv")).strip());
        String pdf = YamlValues.str(fm.data.get("pdf")).strip();
        if (!pdf.isEmpty()) {
            String link = SiteLinks.isSitePath(pdf, false)
                    ? siteLinks.resolve(pdf, "/publications/" + name + "/", "pdf", rel, fm.firstDataLine) : pdf;
            Map<LinkKind, String> links = new EnumMap<>(LinkKind.class);
            links.put(LinkKind.PDF, link);
            b.links(PublicationLinks.of(links));
        }
        String body = FrontMatterFile.withoutOuterNewlines(fm.body);
        b.text(PublicationField.ABSTRACT, ABSTRACT_HEADING.matcher(body).replaceFirst("").strip());
        Map<String, String> others = new LinkedHashMap<>();
        fm.data.forEach((key, value) -> {
            if (!READ.contains(key) && value != null && !YamlValues.str(value).isBlank()) {
                others.put(key, YamlValues.str(value).strip());
            }
        });
        return b.bibtexFields(others).build();
    }

    /** "A. Lamacraft, B. D. Simons" (or a list): each name's last word is the family name. */
    static List<Author> authors(Object value) {
        List<String> names = value instanceof List<?> list
                ? list.stream().map(YamlValues::str).toList()
                : List.of(NAME_SEPARATOR.split(YamlValues.str(value)));
        List<Author> out = new ArrayList<>();
        for (String n : names) {
            String name = n.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            int cut = name.lastIndexOf(' ');
            out.add(cut < 0 ? Author.of("", name) : Author.of(name.substring(0, cut), name.substring(cut + 1)));
        }
        return out;
    }

    private static Integer year(FrontMatterFile fm, String fileName) {
        for (Object v : new Object[] {fm.data.get("year"), fm.data.get("date")}) {
            Matcher m = YEAR.matcher(YamlValues.str(v));
            if (v != null && m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        Matcher m = DATE_PREFIX.matcher(fileName);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
