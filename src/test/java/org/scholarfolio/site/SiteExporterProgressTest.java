package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteExporterProgressTest {
    @TempDir
    Path temp;

    @Test
    void progressRisesToOne() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        List<Double> seen = new CopyOnWriteArrayList<>();

        ExportReport report = new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(),
                temp.resolve("site"), seen::add);

        assertThat(report.succeeded()).isTrue();
        assertThat(seen).isNotEmpty().last().isEqualTo(1.0);
        assertThat(seen).allMatch(d -> d > 0 && d <= 1.0);
    }

    @Test
    void progressIsToldAtMostOncePerPercentHoweverManyFilesTheSiteHas() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("portfolio"));
        List<Double> seen = new CopyOnWriteArrayList<>();

        ExportReport report = new SiteExporter().export(org.scholarfolio.generator.PortfolioGenerator.generate(300, 100, 4L),
                dir, FixturePortfolio.options(), temp.resolve("site"), seen::add);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.pagesWritten()).hasSizeGreaterThan(300);
        assertThat(seen).hasSizeLessThanOrEqualTo(91).last().isEqualTo(1.0);
    }

    @Test
    void anInterruptedExportWritesNothing() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        Thread.currentThread().interrupt();
        ExportReport report;
        try {
            report = new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out, d -> { });
        } finally {
            Thread.interrupted();
        }

        assertThat(report.succeeded()).isFalse();
        assertThat(report.errors()).containsExactly("the export was interrupted");
        assertThat(Files.exists(out.resolve("index.html"))).isFalse();
    }
}
