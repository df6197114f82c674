package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;

/** An export into a folder holding a site made from another portfolio leaves it as it is, unless told to replace it. */
class SiteOfAnotherPortfolioTest {
    @TempDir
    Path temp;
    Path first;
    Path second;
    Path out;
    final Portfolio firstPortfolio = FixturePortfolio.portfolio();
    final Portfolio secondPortfolio = firstPortfolio.withProfile(firstPortfolio.profile().toBuilder()
            .name(new PersonName("Ada", "", "Lovelace")).build());
    /** The editor's canonical form, as far as these tests need one: same portfolio, same bytes. */
    final ExportState.CanonicalForm canonical = (p, o) -> o.write(p.toString().getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void portfolios() throws IOException {
        first = FixturePortfolio.writeAssets(temp.resolve("first"));
        second = FixturePortfolio.writeAssets(temp.resolve("second"));
        out = temp.resolve("site");
    }

    private static Map<Path, byte[]> contents(Path dir) throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameContents(Map<Path, byte[]> before, Path dir) throws IOException {
        Map<Path, byte[]> after = contents(dir);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(bytes));
    }

    private String manifestOrigin() throws IOException {
        return Files.readAllLines(out.resolve(SiteExporter.MANIFEST.fileName())).get(1);
    }

    @Test
    void anotherPortfoliosSiteIsLeftAsItIsAndNoPageIsRendered() throws IOException {
        assertThat(new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out).succeeded()).isTrue();
        Map<Path, byte[]> before = contents(out);
        List<String> rendered = new ArrayList<>();

        ExportReport report = new SiteExporter().watchingRenders(rendered::add)
                .export(secondPortfolio, second, FixturePortfolio.options(), out);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.otherPortfoliosSite()).isTrue();
        assertThat(report.errors()).singleElement().asString().contains(out.toString(), "another portfolio");
        assertThat(rendered).isEmpty();
        assertSameContents(before, out);
    }

    @Test
    void replacingWritesTheOtherSiteOverAndNamesThisPortfolioFromThenOn() throws IOException {
        new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out);
        assertThat(manifestOrigin()).isEqualTo("# made from " + SiteOrigin.of(first));

        ExportReport report = new SiteExporter().export(secondPortfolio, second, FixturePortfolio.options(), out, done -> { },
                SiteExporter.OtherPortfolioSite.REPLACE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.otherPortfoliosSite()).isFalse();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Lovelace");
        assertThat(manifestOrigin()).isEqualTo("# made from " + SiteOrigin.of(second));
        assertThat(new SiteExporter().export(secondPortfolio, second, FixturePortfolio.options(), out).succeeded()).isTrue();
        assertThat(new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out).otherPortfoliosSite()).isTrue();
    }

    @Test
    void theEditorsExporterKeptBetweenExportsAsksToo() throws IOException {
        SiteExporter editor = new SiteExporter(canonical);
        assertThat(editor.export(firstPortfolio, first, FixturePortfolio.options(), out).succeeded()).isTrue();
        // After an edit: the same paths as the last export, whose manifest the exporter keeps.
        Portfolio edited = firstPortfolio.withProfile(firstPortfolio.profile().toBuilder().position("Professor").build());
        assertThat(editor.export(edited, first, FixturePortfolio.options(), out).pagesWritten()).isNotEmpty();
        Map<Path, byte[]> before = contents(out);

        assertThat(editor.export(secondPortfolio, second, FixturePortfolio.options(), out).otherPortfoliosSite()).isTrue();
        assertSameContents(before, out);

        assertThat(editor.export(secondPortfolio, second, FixturePortfolio.options(), out, done -> { },
                SiteExporter.OtherPortfolioSite.REPLACE).succeeded()).isTrue();
        assertThat(manifestOrigin()).isEqualTo("# made from " + SiteOrigin.of(second));
        assertThat(editor.export(edited, first, FixturePortfolio.options(), out).otherPortfoliosSite()).isTrue();
    }

    @Test
    void aCopyOfThePortfolioIsAnotherOneEvenWithTheSameContentAndFileTimes() throws IOException {
        Path copy = temp.resolve("copy");
        try (Stream<Path> files = Files.walk(first)) {
            for (Path f : files.sorted().toList()) {
                Path target = copy.resolve(first.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        assertThat(new SiteExporter(canonical).export(firstPortfolio, first, FixturePortfolio.options(), out).succeeded()).isTrue();
        // The same input but for the folder: the export that made the site would write nothing.
        assertThat(new SiteExporter(canonical).export(firstPortfolio, first, FixturePortfolio.options(), out).pagesWritten()).isEmpty();

        ExportReport report = new SiteExporter(canonical).export(firstPortfolio, copy, FixturePortfolio.options(), out);

        assertThat(report.otherPortfoliosSite()).isTrue();
    }

    @Test
    void thePortfolioReachedThroughALinkIsTheSamePortfolio() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), first);
        new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out);

        ExportReport report = new SiteExporter().export(firstPortfolio, link, FixturePortfolio.options(), out);

        assertThat(report.errors()).isEmpty();
        assertThat(SiteOrigin.of(link)).isEqualTo(SiteOrigin.of(first));
    }

    @Test
    void aSiteWhoseManifestNamesNoPortfolioIsReplacedAsBeforeAndNamedFromThenOn() throws IOException {
        new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out);
        // As versions before this one wrote it.
        Path manifest = out.resolve(SiteExporter.MANIFEST.fileName());
        Files.write(manifest, Files.readAllLines(manifest).stream().filter(l -> !l.startsWith("# made from")).toList());

        ExportReport report = new SiteExporter().export(secondPortfolio, second, FixturePortfolio.options(), out);

        assertThat(report.errors()).isEmpty();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Lovelace");
        assertThat(manifestOrigin()).isEqualTo("# made from " + SiteOrigin.of(second));
    }

    @Test
    void theOriginNamesNoPartOfThePathAndTellsFoldersApart() {
        String origin = SiteOrigin.of(first);
        assertThat(origin).matches("portfolio [0-9a-f]{16}");
        assertThat(SiteOrigin.of(second)).isNotEqualTo(origin);
        assertThat(SiteOrigin.of(first.resolve("../first"))).isEqualTo(origin);
    }

    /** Upgrading asks nothing: a site whose manifest names this portfolio as session 28 did is its own. */
    @Test
    void aSiteNamingThisPortfolioAsTheLastVersionDidIsReplacedWithoutAskingAndNamedAnew() throws IOException {
        assertThat(new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out).succeeded()).isTrue();
        Path manifest = out.resolve(SiteExporter.MANIFEST.fileName());
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        lines.set(1, "# made from " + SiteOrigin.formerOf(first));
        Files.write(manifest, lines);

        ExportReport report = new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out);

        assertThat(report.succeeded()).as(report.errors().toString()).isTrue();
        assertThat(manifestOrigin()).isEqualTo("# made from " + SiteOrigin.of(first));
        // Another portfolio's former name is still another portfolio's.
        lines.set(1, "# made from " + SiteOrigin.formerOf(second));
        Files.write(manifest, lines);
        assertThat(new SiteExporter().export(firstPortfolio, first, FixturePortfolio.options(), out).otherPortfoliosSite())
                .isTrue();
    }
}
