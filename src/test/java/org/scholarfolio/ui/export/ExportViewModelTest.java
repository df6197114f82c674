package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class ExportViewModelTest {
    @TempDir
    Path dir;

    private final List<Runnable> backgroundJobs = new ArrayList<>();

    private static Portfolio ada() {
        Portfolio p = Portfolio.empty();
        return p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
    }

    @Test
    void exportNeedsASavedPortfolio() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), null);
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o) -> {
            throw new AssertionError("must not export");
        }, Runnable::run, Runnable::run);

        vm.exportTo(dir.resolve("site"));

        assertThat(vm.messageProperty().get()).startsWith("Save the portfolio first");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void exportRunsInTheBackgroundOnTheSnapshotOfThatMoment() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        List<Portfolio> exported = new ArrayList<>();
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o) -> {
            exported.add(p);
            return new ExportReport(List.of("index.html"), List.of(), List.of(), List.of(), List.of(), List.of());
        }, backgroundJobs::add, Runnable::run);

        vm.exportTo(dir.resolve("site"));
        assertThat(vm.runningProperty().get()).isTrue();
        editor.edit(null, p -> Portfolio.empty());
        backgroundJobs.forEach(Runnable::run);

        assertThat(exported).containsExactly(ada());
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("1 page(s) written");
    }

    @Test
    void aFailedExportSaysWhy() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o) -> new ExportReport(List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of("disk full")), Runnable::run, Runnable::run);

        vm.exportTo(dir.resolve("site"));

        assertThat(vm.messageProperty().get()).isEqualTo("Export failed: disk full");
    }

    @Test
    void theRealExporterWritesTheHomePage() throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        ExportViewModel vm = new ExportViewModel(editor,
                (p, d, o) -> new SiteExporter().export(p, d, ExportOptions.defaults(), o), Runnable::run, Runnable::run);
        Path out = dir.resolve("site");

        vm.exportTo(out);

        assertThat(vm.messageProperty().get()).startsWith("Exported to");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Lovelace");
    }
}
