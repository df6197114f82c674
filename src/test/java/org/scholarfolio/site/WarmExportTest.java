package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

/**
 * The editor's exporter keeps each record's views between exports: after any series of edits it
 * writes the bytes a fresh exporter writes, and one edit makes the edited record's views only.
 */
class WarmExportTest {
    private static final ExportOptions OPTIONS = new ExportOptions("https://example.org/", LocalDate.of(2026, 12, 1), "default", 2);

    @TempDir
    Path temp;

    @Test
    void aSeriesOfEditsGivesTheSameSiteAsAFullExportEachTime() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        // The fixture's papers link files in the portfolio folder; over 250 entries the list is split by year.
        Portfolio fixture = FixturePortfolio.portfolio();
        Portfolio generated = PortfolioGenerator.generate(260, 20, 5L);
        List<Publication> all = new ArrayList<>(fixture.publications());
        all.addAll(generated.publications());
        List<NewsItem> news = new ArrayList<>(fixture.news());
        news.addAll(generated.news());
        Portfolio portfolio = fixture.withPublications(all).withNews(news);

        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson);
        Path warm = temp.resolve("warm");
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();

        List<UnaryOperator<Portfolio>> edits = List.of(
                p -> editPublication(p, 5, b -> b.title("An edited title with $x^2$")),
                p -> editPublication(p, 40, b -> b.year(1999)), // moves to another year's page
                p -> editPublication(p, 1, b -> b.abstractText("Now links [the notes](./collaboration) and ![qr](assets/img/unused.jpg).")),
                p -> editPublication(p, 7, b -> b.selected(true)), // now on the about page too
                p -> p.withPublications(without(p.publications(), 12)),
                p -> p.withPublications(with(p.publications(), Publication.builder("new2026paper", "article")
                        .title("A paper added last").journal("Journal of Tests").year(2026).build())),
                p -> p.withNews(editNews(p.news(), 4, "A news item *rewritten* with [a link](./publications/).")),
                p -> p.withProfile(p.profile().toBuilder().bio("A new bio.").build()),
                p -> p.withSite(p.site().toBuilder().showMetricBadges(!p.site().showMetricBadges()).build()),
                p -> editPublication(p, 0, b -> b.authors(List.of(org.scholarfolio.model.Author.of("Ada", "Lovelace")))));
        for (int i = 0; i < edits.size(); i++) {
            portfolio = edits.get(i).apply(portfolio);
            ExportReport warmReport = editor.export(portfolio, dir, OPTIONS, warm);
            Path full = temp.resolve("full-" + i);
            ExportReport fullReport = new SiteExporter().export(portfolio, dir, OPTIONS, full);
            assertThat(warmReport.succeeded()).isTrue();
            assertThat(warmReport.warnings()).as("warnings after edit %d", i).isEqualTo(fullReport.warnings());
            assertThat(ExportedFiles.contents(warm)).as("the site after edit %d", i).isEqualTo(ExportedFiles.contents(full));
        }
    }

    @Test
    void oneEditMakesTheEditedRecordsViewsAndRewritesOnlyThePagesThatShowIt() throws IOException {
        Portfolio generated = PortfolioGenerator.generate(600, 30, 7L);
        List<Publication> publications = new ArrayList<>(generated.publications());
        // An entry listed on its year's page only (neither on the about page nor in the newest years).
        int oldest = 0;
        for (int i = 0; i < publications.size(); i++) {
            Publication p = publications.get(i);
            if (!p.selected() && p.year() != null && (publications.get(oldest).year() == null
                    || p.year() < publications.get(oldest).year() || publications.get(oldest).selected())) {
                oldest = i;
            }
        }
        Publication target = publications.get(oldest);
        publications.set(oldest, target.toBuilder().title("Zyxwvut " + target.title()).build());
        Portfolio before = generated.withPublications(publications);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson);
        assertThat(editor.export(before, dir, OPTIONS, out).succeeded()).isTrue();
        assertThat(editor.viewsMade()).isEqualTo(publications.size() + generated.news().size());
        Map<String, String> old = ExportedFiles.contents(out);

        publications.set(oldest, target.toBuilder().title("Qwertyu " + target.title()).build());
        ExportReport report = editor.export(before.withPublications(publications), dir, OPTIONS, out);
        Map<String, String> now = ExportedFiles.contents(out);

        assertThat(editor.viewsMade()).isEqualTo(1);
        Set<String> showing = ExportedFiles.showing(old, "Zyxwvut");
        Set<String> changed = ExportedFiles.changed(old, now);
        // Its own page, its year's list page, the filter index and publications.bib; not the other list pages.
        assertThat(showing).contains("publications/" + target.year() + ".html", PublicationIndex.PATH,
                "publications.bib").doesNotContain("publications/index.html", "index.html");
        assertThat(changed).isEqualTo(showing);
        assertThat(new TreeSet<>(report.pagesWritten())).isEqualTo(showing);
    }

    @Test
    void randomEditsExportedByOneExporterLeaveTheFilesAFreshFullExportWrites() throws IOException {
        Portfolio portfolio = PortfolioGenerator.generate(270, 16, 11L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path warm = temp.resolve("warm");
        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson);
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        java.util.Random random = new java.util.Random(18L);
        int edits = 24;
        for (int i = 0; i < edits; i++) {
            portfolio = randomEdit(portfolio, random, i);
            if (i == edits / 2) {
                // Another exporter writes the folder behind the editor's back: its manifest changes,
                // and the editor's next export must not trust what it kept about the folder.
                assertThat(new SiteExporter(PortfolioStore::writeJson)
                        .export(randomEdit(portfolio, random, -1), dir, OPTIONS, warm).succeeded()).isTrue();
            }
            assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).as("export after edit %d", i).isTrue();
        }
        Path full = temp.resolve("full");
        assertThat(new SiteExporter().export(portfolio, dir, OPTIONS, full).succeeded()).isTrue();
        assertThat(ExportedFiles.contents(warm)).isEqualTo(ExportedFiles.contents(full));
    }

    @Test
    void eachEditWhetherItMovesAnEntryOrNotGivesTheFilesAFreshFullExportWrites() throws IOException {
        // Over 250 entries the list is split by year, so a moved entry changes which page lists it.
        Portfolio portfolio = PortfolioGenerator.generate(280, 12, 23L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path warm = temp.resolve("warm");
        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson);
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        java.util.Random random = new java.util.Random(42L);
        Set<Boolean> pathsTaken = new TreeSet<>();
        for (int i = 0; i < 30; i++) {
            int kind = i < 14 ? i : random.nextInt(14);
            int index = random.nextInt(portfolio.publications().size());
            portfolio = kindOfEdit(portfolio, kind, index, i);
            ExportReport warmReport = editor.export(portfolio, dir, OPTIONS, warm);
            Path full = temp.resolve("full-" + i);
            ExportReport fullReport = new SiteExporter().export(portfolio, dir, OPTIONS, full);
            assertThat(warmReport.succeeded()).as("export after edit %d (kind %d)", i, kind).isTrue();
            // Edits that leave every entry where it was take the last model's publications and swap the
            // edited one in (a news item's edit swaps none); the others, and edits to what every view
            // reads (the profile, the site settings), build them all.
            assertThat(editor.publicationsPatched()).as("publications patched after edit %d (kind %d)", i, kind)
                    .isEqualTo(kind <= 2 || kind == 10);
            pathsTaken.add(editor.publicationsPatched());
            // An edit to a publication alone takes the last model's news items as they were.
            assertThat(editor.newsKept()).as("news items kept after edit %d (kind %d)", i, kind).isEqualTo(kind <= 2);
            assertThat(warmReport.warnings()).as("warnings after edit %d (kind %d)", i, kind).isEqualTo(fullReport.warnings());
            assertThat(ExportedFiles.contents(warm)).as("the site after edit %d (kind %d)", i, kind)
                    .isEqualTo(ExportedFiles.contents(full));
        }
        assertThat(pathsTaken).containsExactly(false, true);
    }

    @Test
    void pagesChangedOrRemovedByHandBetweenPatchedExportsArePutRight() throws IOException {
        Portfolio portfolio = PortfolioGenerator.generate(280, 12, 31L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path warm = temp.resolve("warm");
        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson);
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        portfolio = kindOfEdit(portfolio, 0, 3, 0);
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        assertThat(editor.publicationsPatched()).isTrue();

        // Pages no edit touches: another paper's own page, a news item's page, the theme's style sheet.
        Path paper = warm.resolve(firstOwnPage(warm, "publications"));
        Path newsPage = warm.resolve(firstOwnPage(warm, "news"));
        Path css = warm.resolve("assets/css/site.css");
        Map<String, String> before = ExportedFiles.contents(warm);
        var later = java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(
                warm.resolve(SiteExporter.MANIFEST.fileName())).toMillis() + 10_000);
        Files.writeString(paper, "changed by hand");
        Files.setLastModifiedTime(paper, later);
        Files.delete(newsPage);
        Files.writeString(css, "body{}");
        Files.setLastModifiedTime(css, later);

        portfolio = kindOfEdit(portfolio, 2, 100, 1);
        ExportReport report = editor.export(portfolio, dir, OPTIONS, warm);
        assertThat(report.succeeded()).isTrue();
        assertThat(editor.publicationsPatched()).isTrue();
        assertThat(report.pagesWritten()).contains(warm.relativize(paper).toString(), warm.relativize(newsPage).toString());
        Path full = temp.resolve("full");
        assertThat(new SiteExporter().export(portfolio, dir, OPTIONS, full).succeeded()).isTrue();
        assertThat(ExportedFiles.contents(warm)).isEqualTo(ExportedFiles.contents(full));
        assertThat(ExportedFiles.contents(warm).get(warm.relativize(css).toString()))
                .isEqualTo(before.get(warm.relativize(css).toString()));
    }

    @Test
    void withTheFolderWatchedPagesChangedRemovedOrReplacedByHandBetweenExportsArePutRight() throws IOException {
        Portfolio portfolio = PortfolioGenerator.generate(280, 12, 41L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path warm = temp.resolve("warm");
        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson).watchingOutputFolder();
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        int files = ExportedFiles.contents(warm).size() - 1; // but the manifest
        // The watch starts after the first export; the second still looks at every file, the third asks the watch.
        editor.awaitFolderWatch();
        portfolio = kindOfEdit(portfolio, 0, 3, 0);
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        assertThat(editor.filesLookedAt()).isEqualTo(files);
        portfolio = kindOfEdit(portfolio, 9, 0, 1); // a paper added: a folder the watch did not know
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        assertThat(editor.filesLookedAt()).isPositive().isLessThan(files / 2);

        Path paper = warm.resolve(firstOwnPage(warm, "publications"));
        Path newsPage = warm.resolve(firstOwnPage(warm, "news"));
        Path css = warm.resolve("assets/css/site.css");
        Path added = warm.resolve("publications/added1.html");
        assertThat(added).exists();
        Path otherNews = newsPageOtherThan(warm, newsPage);
        Path folderGone = warm.resolve("assets/js");
        handEdit(warm, paper, "changed by hand");
        Files.delete(newsPage);
        handEdit(warm, css, "body{}");
        handEdit(warm, added, "changed by hand");
        // A section's folder moved away and put back as a copy, and another folder removed whole.
        Path moved = Files.move(newsPage.getParent(), temp.resolve("moved"));
        Files.createDirectories(newsPage.getParent());
        try (Stream<Path> copies = Files.list(moved)) {
            for (Path f : copies.toList()) {
                Files.copy(f, newsPage.getParent().resolve(f.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        deleteFolder(folderGone);

        portfolio = kindOfEdit(portfolio, 2, 100, 2);
        ExportReport report = editor.export(portfolio, dir, OPTIONS, warm);
        assertThat(report.succeeded()).isTrue();
        assertThat(editor.filesLookedAt()).isLessThan(files / 2);
        assertThat(report.pagesWritten()).contains(warm.relativize(paper).toString(), warm.relativize(newsPage).toString(),
                warm.relativize(added).toString());
        assertThat(report.filesCopied()).contains("assets/js/site.js");
        assertSameAsAFullExport(portfolio, dir, warm, "full-1");

        // The folders put back are watched too: changed by hand again, put right again.
        handEdit(warm, paper, "changed by hand again");
        handEdit(warm, otherNews, "changed by hand again");
        handEdit(warm, folderGone.resolve("site.js"), "changed by hand again");
        handEdit(warm, added, "changed by hand again");
        portfolio = kindOfEdit(portfolio, 0, 150, 3);
        report = editor.export(portfolio, dir, OPTIONS, warm);
        assertThat(report.succeeded()).isTrue();
        assertThat(editor.filesLookedAt()).isLessThan(files / 2);
        assertThat(report.pagesWritten()).contains(warm.relativize(paper).toString(), warm.relativize(added).toString(),
                warm.relativize(otherNews).toString());
        assertThat(report.filesCopied()).contains("assets/js/site.js");
        assertSameAsAFullExport(portfolio, dir, warm, "full-2");

        // And before an export that changes nothing else.
        handEdit(warm, css, "body{}");
        report = editor.export(portfolio, dir, OPTIONS, warm);
        assertThat(report.succeeded()).isTrue();
        assertSameAsAFullExport(portfolio, dir, warm, "full-3");
    }

    @Test
    void withTheFolderWatchedAPageChangedByHandAmongMoreEventsThanTheWatchHoldsIsPutRight() throws IOException {
        Portfolio portfolio = PortfolioGenerator.generate(120, 8, 43L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path warm = temp.resolve("warm");
        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson).watchingOutputFolder();
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        int files = ExportedFiles.contents(warm).size() - 1; // but the manifest
        editor.awaitFolderWatch();
        for (int i = 0; i < 3; i++) {
            portfolio = kindOfEdit(portfolio, 0, 3 * i, i);
            assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        }
        assertThat(editor.filesLookedAt()).isLessThan(files);

        // A watched folder holds 512 events; past them it only says some were lost.
        Path scratch = warm.resolve("publications");
        for (int i = 0; i < 600; i++) {
            Files.delete(Files.writeString(scratch.resolve("scratch-" + i + ".txt"), "x"));
        }
        Path list = warm.resolve("publications/index.html");
        handEdit(warm, list, "changed by hand");

        portfolio = kindOfEdit(portfolio, 0, 50, 9);
        ExportReport report = editor.export(portfolio, dir, OPTIONS, warm);
        assertThat(report.succeeded()).isTrue();
        assertThat(editor.filesLookedAt()).as("every file looked at after the lost events").isEqualTo(files);
        assertThat(report.pagesWritten()).contains("publications/index.html");
        assertSameAsAFullExport(portfolio, dir, warm, "full-1");

        // The watch is trusted again after that export looked at every file.
        handEdit(warm, list, "changed by hand again");
        portfolio = kindOfEdit(portfolio, 0, 60, 10);
        report = editor.export(portfolio, dir, OPTIONS, warm);
        assertThat(editor.filesLookedAt()).isLessThan(files / 2);
        assertThat(report.pagesWritten()).contains("publications/index.html");
        assertSameAsAFullExport(portfolio, dir, warm, "full-2");
    }

    private void assertSameAsAFullExport(Portfolio portfolio, Path dir, Path warm, String name) throws IOException {
        Path full = temp.resolve(name);
        assertThat(new SiteExporter().export(portfolio, dir, OPTIONS, full).succeeded()).isTrue();
        assertThat(ExportedFiles.contents(warm)).isEqualTo(ExportedFiles.contents(full));
    }

    /** {@code file} rewritten, dated after the last export's manifest (as a person's edit, seconds later). */
    private static void handEdit(Path site, Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(
                site.resolve(SiteExporter.MANIFEST.fileName())).toMillis() + 10_000));
    }

    private static Path newsPageOtherThan(Path site, Path not) throws IOException {
        try (Stream<Path> pages = Files.list(site.resolve("news"))) {
            return pages.filter(f -> !f.equals(not) && !f.getFileName().toString().equals("index.html")
                    && f.getFileName().toString().endsWith(".html")).sorted().findFirst().orElseThrow();
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void pagesChangedOrRemovedByHandBeforeAnUnchangedReExportInTheSameProcessArePutRight() throws IOException {
        Portfolio portfolio = PortfolioGenerator.generate(120, 8, 37L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path warm = temp.resolve("warm");
        SiteExporter editor = new SiteExporter(PortfolioStore::writeJson);
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).succeeded()).isTrue();
        assertThat(editor.export(portfolio, dir, OPTIONS, warm).pagesWritten()).isEmpty();
        Map<String, String> exported = ExportedFiles.contents(warm);

        Path paper = warm.resolve(firstOwnPage(warm, "publications"));
        Path newsPage = warm.resolve(firstOwnPage(warm, "news"));
        Files.writeString(paper, "changed by hand");
        Files.setLastModifiedTime(paper, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(
                warm.resolve(SiteExporter.MANIFEST.fileName())).toMillis() + 10_000));
        Files.delete(newsPage);

        ExportReport report = editor.export(portfolio, dir, OPTIONS, warm);
        assertThat(report.succeeded()).isTrue();
        assertThat(report.pagesWritten()).contains(warm.relativize(paper).toString(), warm.relativize(newsPage).toString());
        assertThat(ExportedFiles.contents(warm)).isEqualTo(exported);
    }

    /** The first record's own page under {@code section} by path (a year's list page is named by the year, in digits). */
    private static String firstOwnPage(Path site, String section) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve(section))) {
            return files.filter(f -> site.relativize(f).getNameCount() == 2
                            && f.getFileName().toString().matches(".*[a-z].*\\.html")
                            && !f.getFileName().toString().matches("index\\.html|undated(-\\d+)?\\.html"))
                    .map(f -> site.relativize(f).toString()).sorted().findFirst().orElseThrow();
        }
    }

    /**
     * Edit number {@code n} of {@code kind}, to the publication at {@code index} where it edits
     * one: kinds 0-2 leave every entry where it was (title, abstract with math and a local link,
     * venue), the others move one, change its author marks, or edit another record.
     */
    private static Portfolio kindOfEdit(Portfolio p, int kind, int index, int n) {
        Publication pub = p.publications().get(index);
        return switch (kind) {
            case 0 -> editPublication(p, index, b -> b.title(pub.title() + " (edit " + n + ")"));
            case 1 -> editPublication(p, index, b -> b.abstractText("Edit " + n + ": $e^x$ and [a page](./publications/)."));
            case 2 -> editPublication(p, index, b -> b.journal("Journal of Edit " + n));
            case 3 -> editPublication(p, index, b -> b.year(pub.year() == null ? 2001 : pub.year() - 1));
            case 4 -> editPublication(p, index, b -> b.citationKey(pub.citationKey() + "x" + n));
            case 5 -> editPublication(p, index, b -> b.selected(!pub.selected()));
            case 6 -> editPublication(p, index, b -> b.section(pub.section().isEmpty() ? "Talks" : ""));
            // The author marks it shows change (the list's legend may with them).
            case 7 -> editPublication(p, index, b -> b.authors(List.of(org.scholarfolio.model.Author.of("Edit", "Number" + n)
                    .withEqualContribution(pub.authors().stream().noneMatch(a -> a.equalContribution())))));
            case 8 -> p.withPublications(without(p.publications(), index));
            case 9 -> p.withPublications(with(p.publications(), Publication.builder("added" + n, "article")
                    .title("A paper added by edit " + n).journal("Journal of Tests").year(2010 + n % 15).build()));
            case 10 -> p.withNews(editNews(p.news(), n % p.news().size(), "News rewritten by edit " + n + "."));
            case 11 -> p.withProfile(p.profile().toBuilder().bio("A bio rewritten by edit " + n + ".").build());
            case 12 -> p.withSite(p.site().toBuilder().showMetricBadges(!p.site().showMetricBadges()).build());
            default -> {
                // Two papers edited at once (an undo of several steps): one stays, one moves.
                Portfolio first = editPublication(p, index, b -> b.title("Both edited " + n));
                int other = (index + 1) % p.publications().size();
                yield editPublication(first, other, b -> b.year(1980 + n));
            }
        };
    }

    /** One of the edits a researcher makes in the editor, picked by {@code random}, on a random record. */
    private static Portfolio randomEdit(Portfolio p, java.util.Random random, int n) {
        int index = random.nextInt(p.publications().size());
        Publication pub = p.publications().get(index);
        return switch (random.nextInt(8)) {
            case 0 -> editPublication(p, index, b -> b.title(pub.title() + " (edit " + n + ")"));
            case 1 -> editPublication(p, index, b -> b.year(1990 + random.nextInt(40)));
            case 2 -> editPublication(p, index, b -> b.selected(!pub.selected()));
            case 3 -> editPublication(p, index, b -> b.abstractText("Rewritten, edit " + n + ": $a+b$ and *emphasis*."));
            case 4 -> p.withPublications(without(p.publications(), index));
            case 5 -> p.withPublications(with(p.publications(), Publication.builder("added" + n + "x" + index, "article")
                    .title("A paper added by edit " + n).journal("Journal of Tests").year(2000 + random.nextInt(27)).build()));
            case 6 -> p.withNews(editNews(p.news(), random.nextInt(p.news().size()), "News rewritten by edit " + n + "."));
            default -> editPublication(p, index, b -> b.authors(List.of(org.scholarfolio.model.Author.of("Edit", "Number" + n))));
        };
    }

    @Test
    void theWholeInputsKeyReadsEveryPartOfAPortfolio() {
        // PageKeys.portfolioKey names each component; one added to Portfolio must be added there.
        assertThat(Stream.of(Portfolio.class.getRecordComponents()).map(c -> c.getName()).toList())
                .containsExactly("schemaVersion", "profile", "site", "news", "publications", "pages", "unknownFields");
    }

    private static Portfolio editPublication(Portfolio p, int index, UnaryOperator<Publication.Builder> edit) {
        List<Publication> list = new ArrayList<>(p.publications());
        list.set(index, edit.apply(list.get(index).toBuilder()).build());
        return p.withPublications(list);
    }

    private static List<Publication> without(List<Publication> list, int index) {
        List<Publication> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    private static List<Publication> with(List<Publication> list, Publication added) {
        List<Publication> copy = new ArrayList<>(list);
        copy.add(added);
        return copy;
    }

    private static List<NewsItem> editNews(List<NewsItem> list, int index, String body) {
        List<NewsItem> copy = new ArrayList<>(list);
        NewsItem n = copy.get(index);
        copy.set(index, new NewsItem(n.id(), n.date(), n.title(), body, n.inline(), n.unknownFields()));
        return copy;
    }
}
