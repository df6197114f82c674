package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.bool;
import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Slugs;
import org.scholarfolio.model.UnknownFields;

/** The news items in {@code _news}, newest first, and how many were left out. */
final class NewsReader {
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})[-_ ]");

    private record DatedItem(NewsItem item, String path) {
    }

    private final SiteFolder folder;
    private final ImportFindings findings;
    private final SiteAssets assets;
    private final MarkdownBodyChecks bodyChecks;
    private final ImportedBody bodies;
    private int skipped;

    NewsReader(SiteFolder folder, ImportFindings findings, SiteAssets assets, MarkdownBodyChecks bodyChecks,
               ImportedBody bodies) {
        this.folder = folder;
        this.findings = findings;
        this.assets = assets;
        this.bodyChecks = bodyChecks;
        this.bodies = bodies;
    }

    /** @param otherLanguages the languages whose sub-folders of {@code _news} hold translations, not news */
    List<NewsItem> read(Set<String> otherLanguages) {
        Path dir = folder.resolve("_news");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<DatedItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : folder.markdownFiles(dir)) {
            String fileName = folder.rel(f);
            Path sub = dir.relativize(f);
            if (sub.getNameCount() > 1 && otherLanguages.contains(sub.getName(0).toString())) {
                findings.warn(fileName, 0, Diagnostic.Kind.SKIPPED, "a translation (" + sub.getName(0)
                        + ") of a news item; news item skipped");
                skipped++;
                continue;
            }
            String hidden = folder.unpublishedName(f, dir);
            if (hidden != null) {
                findings.warn(fileName, 0, Diagnostic.Kind.SKIPPED, "Jekyll does not publish " + hidden
                        + " (names starting with _ or . are hidden); news item skipped");
                skipped++;
                continue;
            }
            Optional<FrontMatterFile> read = findings.readMarkdownFile(f, fileName, "; news item skipped");
            if (read.isEmpty()) {
                skipped++;
                continue;
            }
            FrontMatterFile fm = read.get();
            if (!fm.hasFrontMatter) {
                // Jekyll copies a collection's file without front matter as it is (a news item commented out
                // whole, <!-- --> around its front matter too): it is no item of site.news
                findings.warn(fileName, 0, Diagnostic.Kind.SKIPPED, "has no front matter, so Jekyll copies it as it is"
                        + " and makes no news item of it; skipped");
                skipped++;
                continue;
            }
            if (SiteFolder.unpublished(fm)) {
                findings.warn(fileName, fm.lineOf("published"), Diagnostic.Kind.SKIPPED,
                        "published: false, so Jekyll does not publish it; news item skipped");
                skipped++;
                continue;
            }
            String base = SiteFolder.baseName(f);
            NewsDate date = newsDate(fm, fileName, base);
            if (date == null) {
                skipped++;
                continue;
            }
            String title = bodies.translated(str(fm.data.get(key(NewsField.TITLE))).strip());
            String source = fm.bodyWithoutOuterNewlines();
            boolean inline = bool(fm.data.get(key(NewsField.INLINE)), false);
            if (!inline && title.isEmpty()) {
                // al-folio would show an empty link; the body is all there is to show
                findings.warn(fileName, fm.lineOf(key(NewsField.INLINE)), Diagnostic.Kind.SKIPPED,
                        "not inline but without a title; imported as an inline item");
                inline = true;
            }
            if (AlfolioTemplate.NEWS_MARKERS.stream().anyMatch(mk -> source.contains(mk) || title.contains(mk))
                    && findings.leftover(fileName, fm.firstBodyLine(), "news item is the al-folio template's example announcement")) {
                skipped++;
                continue;
            }
            // an inline item shows in the list at / (and /news/), where ../assets/x.pdf reaches /assets/x.pdf;
            // another has a page of its own at /news/<name>/
            String body = assets.linkedNamesAsOnDisk(assets.parentLinksFromRoot(bodies.of(fm, fileName).text(),
                    inline ? "/" : "/news/" + base + "/"), fm, fileName);
            bodyChecks.check(fm, fileName);
            assets.copyLinkedFrom(body, fm, fileName);
            String id = Slugs.firstFree(Slugs.slugOr(base, "news"), ids);
            items.add(new DatedItem(new NewsItem(id, date, title, body, inline, UnknownFields.NONE), fileName));
        }
        items.sort(Comparator.comparing((DatedItem d) -> d.item().date()).reversed()
                .thenComparing(DatedItem::path));
        return items.stream().map(DatedItem::item).toList();
    }

    /** How many news files {@link #read} left out, each with a warning. */
    int skipped() {
        return skipped;
    }

    /**
     * The front-matter date; when it is missing or not a real day, the date at the start of the
     * file name with a warning; null (with a warning) when neither is usable.
     */
    private NewsDate newsDate(FrontMatterFile fm, String fileName, String base) {
        Object raw = fm.data.get(key(NewsField.DATE));
        String problem;
        int line = fm.lineOf(key(NewsField.DATE));
        if (raw == null || str(raw).isBlank()) {
            problem = "no date in the front matter";
        } else {
            try {
                AlfolioDates.Read read = AlfolioDates.parseAsRuby(str(raw));
                if (read.rolledOver()) {
                    findings.warn(fileName, line, Diagnostic.Kind.UNREADABLE, "date " + str(raw).strip()
                            + " is not a day of the calendar; Jekyll rolls it over to " + read.date().date()
                            + ", as the live site shows it, and so does the import");
                }
                return read.date();
            } catch (AlfolioDates.BadDate e) {
                problem = "date " + e.getMessage();
            }
        }
        Matcher m = FILE_NAME_DATE.matcher(base);
        if (m.find()) {
            try {
                NewsDate fromName = AlfolioDates.parse(m.group(1));
                findings.warn(fileName, line, Diagnostic.Kind.UNREADABLE,
                        problem + "; used the date in the file name, " + fromName);
                return fromName;
            } catch (AlfolioDates.BadDate e) {
                // fall through: the file name is no better
            }
        }
        findings.warn(fileName, line, Diagnostic.Kind.UNREADABLE, problem + "; news item skipped");
        return null;
    }

    /** The front-matter key al-folio gives the field. */
    static String key(NewsField field) {
        return field.alfolioKey().orElseThrow();
    }
}
