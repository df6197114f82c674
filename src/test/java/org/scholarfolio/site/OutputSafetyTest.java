package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;

class OutputSafetyTest {
    @TempDir
    Path temp;

    private final SiteExporter exporter = new SiteExporter();

    private Path portfolioDir() throws IOException {
        return FixturePortfolio.writeAssets(temp.resolve("portfolio"));
    }

    @Test
    void secondExportRewritesNothing() throws IOException {
        Path dir = portfolioDir();
        Path out = temp.resolve("site");
        ExportReport first = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        ExportReport second = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        assertThat(first.pagesWritten()).isNotEmpty();
        assertThat(second.errors()).isEmpty();
        assertThat(second.pagesWritten()).isEmpty();
        assertThat(second.filesCopied()).isEmpty();
        assertThat(second.pagesUnchanged()).containsExactlyInAnyOrderElementsOf(first.pagesWritten());
        assertThat(second.summary()).isEqualTo("0 pages written, " + first.pagesWritten().size()
                + " unchanged, 0 files copied, 0 removed, 0 warnings");
    }

    @Test
    void secondExportLeavesFileTimesAlone() throws IOException {
        Path dir = portfolioDir();
        Path out = temp.resolve("site");
        exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        var oldTime = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("index.html"), oldTime);
        Files.setLastModifiedTime(out.resolve(SiteExporter.MANIFEST.fileName()), oldTime);
        exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(oldTime);
        assertThat(Files.getLastModifiedTime(out.resolve(SiteExporter.MANIFEST.fileName()))).isEqualTo(oldTime);
    }

    @Test
    void handEditedPageIsPutRightOnTheNextExport() throws IOException {
        Path dir = portfolioDir();
        Path out = temp.resolve("site");
        exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        Path page = out.resolve("index.html");
        byte[] exported = Files.readAllBytes(page);
        byte[] edited = exported.clone();
        edited[edited.length - 2] = (byte) (edited[edited.length - 2] == 'x' ? 'y' : 'x');
        Files.write(page, edited);
        var manifestTime = Files.getLastModifiedTime(out.resolve(SiteExporter.MANIFEST.fileName()));
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(manifestTime.toMillis() + 10_000));
        ExportReport second = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        assertThat(second.pagesWritten()).containsExactly("index.html");
        assertThat(Files.readAllBytes(page)).isEqualTo(exported);
    }

    @Test
    void changedRecordRewritesOnlyItsPagesAndRemovesStaleOnes() throws IOException {
        Path dir = portfolioDir();
        Path out = temp.resolve("site");
        Portfolio p = FixturePortfolio.portfolio();
        exporter.export(p, dir, FixturePortfolio.options(), out);
        Portfolio withoutPages = p.withPages(java.util.List.of());
        ExportReport second = exporter.export(withoutPages, dir, FixturePortfolio.options(), out);
        assertThat(second.filesRemoved()).containsExactly("collaboration/index.html");
        assertThat(out.resolve("collaboration")).doesNotExist();
        assertThat(second.pagesWritten()).contains("index.html", "publications/index.html")
                .doesNotContain("publications.bib", "robots.txt");
    }

    @Test
    void refusesToOverwriteFilesNoExportWrote() throws IOException {
        Path dir = portfolioDir();
        Path out = Files.createDirectories(temp.resolve("mysite"));
        Files.writeString(out.resolve("index.html"), "my own hand-written page");
        ExportReport report = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.errors().get(0)).contains("index.html");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("my own hand-written page");
        assertThat(out.resolve("publications")).doesNotExist();
    }

    @Test
    void keepsUnrelatedFilesInTheOutputFolder() throws IOException {
        Path dir = portfolioDir();
        Path out = Files.createDirectories(temp.resolve("site"));
        Files.writeString(out.resolve("CNAME"), "example.org");
        exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        exporter.export(FixturePortfolio.portfolio().withPages(java.util.List.of()), dir, FixturePortfolio.options(), out);
        assertThat(Files.readString(out.resolve("CNAME"))).isEqualTo("example.org");
    }

    @Test
    void refusesThePortfolioFolderItself() throws IOException {
        Path dir = portfolioDir();
        ExportReport report = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), dir);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.errors().get(0)).contains("portfolio folder");
    }

    @Test
    void refusesAFolderContainingThePortfolio() throws IOException {
        Path dir = portfolioDir();
        ExportReport report = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), temp);
        assertThat(report.succeeded()).isFalse();
        assertThat(temp.resolve("index.html")).doesNotExist();
    }

    @Test
    void refusesTheFileSystemRoot() throws IOException {
        Path root = temp.getRoot();
        ExportReport report = exporter.export(FixturePortfolio.portfolio(), portfolioDir(), FixturePortfolio.options(), root);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.errors().get(0)).contains("root");
    }

    @Test
    void aFolderInsideThePortfolioIsAllowed() throws IOException {
        Path dir = portfolioDir();
        ExportReport report = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), dir.resolve("_site"));
        assertThat(report.errors()).isEmpty();
        assertThat(dir.resolve("_site/index.html")).exists();
    }

    @Test
    void noStagingFolderIsLeftBehind() throws IOException {
        Path dir = portfolioDir();
        exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), temp.resolve("site"));
        try (var entries = Files.list(temp)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("portfolio", "site");
        }
    }

    @Test
    void missingAssetIsAWarningNamingTheRecord() throws IOException {
        Path dir = portfolioDir();
        Files.delete(dir.resolve("assets/salun.pdf"));
        ExportReport report = exporter.export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), temp.resolve("site"));
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).map(Object::toString).anyMatch(w -> w.startsWith("publications[zhang2024unlearn].links.pdf") && w.contains("assets/salun.pdf"));
    }

    @Test
    void aSiteExportedWithAFolderPerPageIsLeftWithoutItsOldFoldersAndPages() throws IOException {
        Path dir = portfolioDir();
        Path out = temp.resolve("site");
        new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        // The layout before a file per page: each paper's and news item's page was <folder>/index.html,
        // and the manifest listed it so.
        Path manifest = out.resolve(SiteExporter.MANIFEST.fileName());
        String listed = Files.readString(manifest);
        java.util.List<String> moved = new java.util.ArrayList<>();
        try (var files = Files.walk(out)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String path = out.relativize(page).toString().replace('\\', '/');
                if (path.matches("(publications|news)/[^/]+\\.html") && !path.endsWith("/index.html")) {
                    String old = path.substring(0, path.length() - ".html".length()) + "/index.html";
                    Files.createDirectories(out.resolve(old).getParent());
                    Files.move(page, out.resolve(old));
                    listed = listed.replace(" " + path + "\n", " " + old + "\n");
                    moved.add(old);
                }
            }
        }
        Files.writeString(manifest, listed);
        assertThat(moved).contains("publications/zhang2024unlearn/index.html",
                "news/2025-01-10-fellowship-announcement/index.html");

        ExportReport again = new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);

        assertThat(again.errors()).isEmpty();
        assertThat(again.filesRemoved()).containsExactlyInAnyOrderElementsOf(moved);
        for (String old : moved) {
            assertThat(out.resolve(old)).doesNotExist();
        }
        // A folder that held only the page is gone; a paper's own files stay beside its page.
        assertThat(out.resolve("news/2025-01-10-fellowship-announcement")).doesNotExist();
        assertThat(out.resolve("publications/zhang2022bilevel")).doesNotExist();
        assertThat(out.resolve("publications/zhang2024unlearn.html")).isRegularFile();
        assertThat(out.resolve("publications/zhang2024unlearn/salun.pdf")).isRegularFile();
        // Every file on disk is one the manifest lists, and no listed file is missing.
        java.util.Set<String> onDisk;
        try (var files = Files.walk(out)) {
            onDisk = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(SiteExporter.MANIFEST.fileName())).collect(java.util.stream.Collectors.toSet());
        }
        java.util.Set<String> inManifest = Files.readAllLines(manifest).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.substring(l.indexOf(' ') + 1)).collect(java.util.stream.Collectors.toSet());
        assertThat(onDisk).isEqualTo(inManifest);
    }
}
