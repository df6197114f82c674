package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

/** What a second export does: nothing when nothing changed, and only the pages an edit shows on. */
class IncrementalExportTest {
    private static final ExportOptions OPTIONS = new ExportOptions("https://example.org/", LocalDate.of(2026, 12, 1), "default", 2);

    @TempDir
    Path temp;

    @Test
    void anUnchangedExportRendersNothingAndTouchesNothing() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        // No site address anywhere, so the export warns; the unchanged one must say the same.
        Portfolio fixture = FixturePortfolio.portfolio();
        Portfolio portfolio = fixture.withSite(fixture.site().toBuilder().baseUrl("").build());
        ExportOptions options = FixturePortfolio.options().withBaseUrl("");
        ExportReport first = new SiteExporter(PortfolioStore::writeJson).export(portfolio, dir, options, out);
        assertThat(first.succeeded()).isTrue();
        Map<String, FileTime> times = times(out);

        List<Double> progress = new CopyOnWriteArrayList<>();
        ExportReport again = new SiteExporter(PortfolioStore::writeJson).export(portfolio, dir, options, out, progress::add);

        // No page was rendered: rendering reports its progress page by page.
        assertThat(progress).containsExactly(1.0);
        assertThat(again.pagesWritten()).isEmpty();
        assertThat(again.filesCopied()).isEmpty();
        assertThat(new TreeSet<>(again.pagesUnchanged())).isEqualTo(new TreeSet<>(first.pagesWritten()));
        assertThat(again.warnings()).isEqualTo(first.warnings()).isNotEmpty();
        assertThat(times(out)).isEqualTo(times);
    }

    @Test
    void aChangedOptionAFileInThePortfolioOrAHandEditedPageRendersAgain() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        Portfolio portfolio = FixturePortfolio.portfolio();
        new SiteExporter(PortfolioStore::writeJson).export(portfolio, dir, FixturePortfolio.options(), out);

        assertThat(rendered(portfolio, dir, FixturePortfolio.options().withBaseUrl("https://other.example/"), out)).isTrue();
        assertThat(rendered(portfolio, dir, FixturePortfolio.options().withBaseUrl("https://other.example/"), out)).isFalse();

        Path asset;
        try (Stream<Path> files = Files.walk(dir.resolve("assets"))) {
            asset = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.write(asset, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(rendered(portfolio, dir, FixturePortfolio.options().withBaseUrl("https://other.example/"), out)).isTrue();

        Path page = out.resolve("index.html");
        byte[] exported = Files.readAllBytes(page);
        Files.writeString(page, "edited by hand");
        Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertThat(rendered(portfolio, dir, FixturePortfolio.options().withBaseUrl("https://other.example/"), out)).isTrue();
        assertThat(Files.readAllBytes(page)).isEqualTo(exported);

        Files.delete(out.resolve("publications/index.html"));
        assertThat(rendered(portfolio, dir, FixturePortfolio.options().withBaseUrl("https://other.example/"), out)).isTrue();
        assertThat(out.resolve("publications/index.html")).exists();
    }

    @Test
    void anEditedPublicationChangesExactlyThePagesThatShowIt() throws IOException {
        Portfolio generated = PortfolioGenerator.generate(40, 12, 3L);
        List<Publication> publications = new ArrayList<>(generated.publications());
        int index = publications.stream().filter(p -> !p.selected()).map(publications::indexOf).findFirst().orElseThrow();
        Publication target = publications.get(index);
        publications.set(index, target.toBuilder().title("Zyxwvut " + target.title()).build());
        Portfolio before = generated.withPublications(publications);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        SiteExporter exporter = new SiteExporter(PortfolioStore::writeJson);
        assertThat(exporter.export(before, dir, OPTIONS, out).succeeded()).isTrue();
        Map<String, String> old = ExportedFiles.contents(out);

        publications.set(index, target.toBuilder().title("Qwertyu " + target.title()).build());
        ExportReport report = exporter.export(before.withPublications(publications), dir, OPTIONS, out);
        Map<String, String> now = ExportedFiles.contents(out);

        Set<String> showing = ExportedFiles.showing(old, "Zyxwvut");
        Set<String> changed = ExportedFiles.changed(old, now);
        assertThat(now.keySet()).isEqualTo(old.keySet());
        assertThat(showing).contains("publications/index.html").anyMatch(p -> p.startsWith("publications/" + target.citationKey()));
        assertThat(changed).isEqualTo(showing);
        assertThat(new TreeSet<>(report.pagesWritten())).isEqualTo(showing);
    }

    @Test
    void anEditRendersOnlyThePagesThatReadTheEditedRecordInThisProcessAndTheNext() throws IOException {
        Portfolio generated = PortfolioGenerator.generate(40, 12, 3L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        Set<String> firstRenders = new java.util.concurrent.ConcurrentSkipListSet<>();
        SiteExporter editor = new SiteExporter().watchingRenders(firstRenders::add);
        assertThat(editor.export(generated, dir, OPTIONS, out).succeeded()).isTrue();
        Set<String> all = new TreeSet<>(firstRenders);
        Set<String> onePerRecord = new TreeSet<>(all);
        // A record's own page is a file in its section's folder; a year of the list is one too.
        onePerRecord.removeIf(p -> !p.matches("(publications|news)/[^/]+\\.html") || p.endsWith("/index.html")
                || p.matches("publications/(\\d+|undated)(-\\d+)?\\.html"));

        List<Publication> publications = new ArrayList<>(generated.publications());
        int index = publications.stream().filter(p -> !p.selected()).map(publications::indexOf).findFirst().orElseThrow();
        Publication target = publications.get(index);
        publications.set(index, target.toBuilder().title("Edited " + target.title()).build());
        Portfolio edited = generated.withPublications(publications);

        Set<String> renders = new java.util.concurrent.ConcurrentSkipListSet<>();
        editor.watchingRenders(renders::add);
        ExportReport report = editor.export(edited, dir, OPTIONS, out);
        assertThat(report.succeeded()).isTrue();
        Set<String> ownPages = new TreeSet<>();
        onePerRecord.forEach(p -> {
            if (p.equals("publications/" + target.citationKey() + ".html")) {
                ownPages.add(p);
            }
        });
        assertThat(ownPages).hasSize(1);
        // The paper's own page, and the pages that list every record; no other
        // paper's or news item's page.
        assertThat(renders).containsAll(ownPages).doesNotContainAnyElementsOf(difference(onePerRecord, ownPages))
                .contains("index.html", "publications/index.html").hasSizeLessThan(all.size() / 4);
        assertThat(new TreeSet<>(report.pagesUnchanged())).containsAll(difference(onePerRecord, ownPages));

        // A new process (a new exporter) keeps the same pages: the keys are noted with the folder.
        publications.set(index, target.toBuilder().title("Again " + target.title()).build());
        Set<String> nextProcess = new java.util.concurrent.ConcurrentSkipListSet<>();
        ExportReport again = new SiteExporter().watchingRenders(nextProcess::add)
                .export(generated.withPublications(publications), dir, OPTIONS, out);
        assertThat(again.succeeded()).isTrue();
        assertThat(nextProcess).isEqualTo(renders);
        assertThat(Files.readString(out.resolve("publications/" + target.citationKey() + ".html"))).contains("Again ");

        // A kept page someone edited by hand is rendered again and put right.
        Path other = out.resolve(difference(onePerRecord, ownPages).iterator().next());
        byte[] exported = Files.readAllBytes(other);
        Files.writeString(other, "edited by hand");
        Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Set<String> repaired = new java.util.concurrent.ConcurrentSkipListSet<>();
        assertThat(new SiteExporter().watchingRenders(repaired::add)
                .export(generated.withPublications(publications), dir, OPTIONS, out).succeeded()).isTrue();
        assertThat(repaired).containsExactly(out.relativize(other).toString().replace('\\', '/'));
        assertThat(Files.readAllBytes(other)).isEqualTo(exported);
    }

    @Test
    void aOneOffExportWritesWhatTheEditorsExporterWritesKeepsNoViewsAndRendersOnlyAnEditsPagesNextTime() throws IOException {
        // Over 250 publications: the list is split into year pages.
        Portfolio generated = PortfolioGenerator.generate(300, 20, 5L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        SiteExporter editor = new SiteExporter();
        assertThat(editor.export(generated, dir, OPTIONS, temp.resolve("kept")).succeeded()).isTrue();
        SiteExporter oneOff = SiteExporter.forOneExport();
        assertThat(oneOff.export(generated, dir, OPTIONS, temp.resolve("once")).succeeded()).isTrue();
        assertThat(ExportedFiles.contents(temp.resolve("once"))).isEqualTo(ExportedFiles.contents(temp.resolve("kept")));
        assertThat(editor.viewsKept()).isGreaterThan(300);
        assertThat(oneOff.viewsKept()).isZero();

        List<Publication> publications = new ArrayList<>(generated.publications());
        int index = publications.stream().filter(p -> !p.selected()).map(publications::indexOf).findFirst().orElseThrow();
        Publication target = publications.get(index);
        publications.set(index, target.toBuilder().title("Edited " + target.title()).build());
        Map<String, String> before = ExportedFiles.contents(temp.resolve("once"));
        Set<String> renders = new java.util.concurrent.ConcurrentSkipListSet<>();
        assertThat(SiteExporter.forOneExport().watchingRenders(renders::add)
                .export(generated.withPublications(publications), dir, OPTIONS, temp.resolve("once")).succeeded()).isTrue();
        Set<String> changed = ExportedFiles.changed(before, ExportedFiles.contents(temp.resolve("once")));
        assertThat(changed).contains("publications/" + target.citationKey() + ".html", "publications.bib")
                .allMatch(p -> !p.matches("(publications|news)/[^/]+\\.html") || p.contains(target.citationKey())
                        || p.matches("publications/(index|\\d+|undated)(-\\d+)?\\.html"));
        assertThat(renders).containsAll(changed).hasSizeLessThan(before.size() / 10);
    }

    @Test
    void theKeysAnExportIntoANewFolderNotesBesideItsPagesAreThoseAnExportThatKeepsPagesNotes() throws IOException {
        // Over 250 publications: the year pages' keys too.
        Portfolio generated = PortfolioGenerator.generate(300, 20, 7L);
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        // A new folder: nothing can be kept, and the keys go only into the state for the next export.
        assertThat(SiteExporter.forOneExport().export(generated, dir, OPTIONS, out).succeeded()).isTrue();
        Path stateFile = ExportState.of(out).orElseThrow().file();
        List<String> besideThePages = keyLines(stateFile);

        // A page gone from a folder with a manifest: the keys are made first and every other page kept.
        Files.delete(out.resolve("publications/index.html"));
        ExportReport again = SiteExporter.forOneExport().export(generated, dir, OPTIONS, out);
        assertThat(again.pagesWritten()).containsExactly("publications/index.html");
        assertThat(keyLines(stateFile)).hasSizeGreaterThan(300).isEqualTo(besideThePages);
    }

    private static List<String> keyLines(Path stateFile) throws IOException {
        return Files.readAllLines(stateFile).stream().filter(l -> l.startsWith("key ")).toList();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static boolean rendered(Portfolio portfolio, Path dir, ExportOptions options, Path out) {
        List<Double> progress = new CopyOnWriteArrayList<>();
        ExportReport report = new SiteExporter(PortfolioStore::writeJson).export(portfolio, dir, options, out, progress::add);
        assertThat(report.succeeded()).isTrue();
        return progress.size() > 1;
    }

    private static Map<String, FileTime> times(Path out) throws IOException {
        Map<String, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                times.put(out.relativize(f).toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }
}
