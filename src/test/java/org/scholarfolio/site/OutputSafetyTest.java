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
}
