package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
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
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o, progress) -> {
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
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o, progress) -> {
            exported.add(p);
            return new ExportReport(List.of("index.html"), List.of(), List.of(), List.of(), List.of(), List.of());
        }, backgroundJobs::add, Runnable::run);

        vm.exportTo(dir.resolve("site"));
        assertThat(vm.runningProperty().get()).isTrue();
        editor.edit(null, p -> Portfolio.empty());
        backgroundJobs.forEach(Runnable::run);

        assertThat(exported).containsExactly(ada());
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("1 page written");
    }

    @Test
    void anEmptyReportSaysWhatItHoldsBeforeAndThatThereWasNothingAfter() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o, progress) -> new ExportReport(List.of("index.html"),
                List.of(), List.of(), List.of(), List.of(), List.of()), Runnable::run, Runnable::run);
        assertThat(ExportViewModel.reportPlaceholder(vm.reportProperty().get()))
                .isEqualTo("Errors and warnings of the export will be listed here.");

        vm.exportTo(dir.resolve("site"));

        assertThat(ExportViewModel.reportLines(vm.reportProperty().get())).isEmpty();
        assertThat(ExportViewModel.reportPlaceholder(vm.reportProperty().get())).isEqualTo("No errors or warnings.");
    }

    @Test
    void aFailedExportSaysWhy() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o, progress) -> new ExportReport(List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of("disk full")), Runnable::run, Runnable::run);

        vm.exportTo(dir.resolve("site"));

        assertThat(vm.messageProperty().get()).isEqualTo("Export to " + dir.resolve("site") + " failed: 1 error");
        assertThat(ExportViewModel.reportLines(vm.reportProperty().get())).containsExactly("Error: disk full");
    }

    @Test
    void theRealExporterWritesTheHomePage() throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        ExportViewModel vm = new ExportViewModel(editor,
                (p, d, o, progress) -> new SiteExporter().export(p, d, ExportOptions.defaults(), o, progress), Runnable::run, Runnable::run);
        Path out = dir.resolve("site");

        vm.exportTo(out);

        assertThat(vm.messageProperty().get()).startsWith("Exported to");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Lovelace");
    }

    @Test
    void progressAndTheReportFollowTheExport() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        List<Double> seen = new ArrayList<>();
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o, progress) -> {
            progress.accept(0.5);
            seen.add(0.5);
            return new ExportReport(List.of("index.html"), List.of(), List.of(), List.of(), List.of(Diagnostic.warning(FieldPath.parse("news[x]"), "no date")), List.of());
        }, backgroundJobs::add, Runnable::run);
        vm.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));

        vm.folderProperty().set(dir.resolve("site"));
        vm.export();
        backgroundJobs.forEach(Runnable::run);

        assertThat(seen).containsSubsequence(0.5, 1.0);
        assertThat(ExportViewModel.reportLines(vm.reportProperty().get())).containsExactly("Warning: news[x]: no date");
        // The line above the list says what was written and how many warnings; the list says which (the
        // line said the first one again, "…; 1 warning, first: news[x]: no date").
        assertThat(vm.messageProperty().get()).isEqualTo("Exported to " + dir.resolve("site")
                + ": 1 page written, 0 unchanged, 0 files copied, 0 removed; 1 warning");
        assertThat(vm.exportedSiteProperty().get()).isEqualTo(dir.resolve("site").resolve("index.html"));
    }

    @Test
    void cancellingInterruptsTheExportAndSaysSo() throws Exception {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), ada(), dir.resolve("portfolio.json"));
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        List<Runnable> uiJobs = java.util.Collections.synchronizedList(new ArrayList<>());
        ExportViewModel vm = new ExportViewModel(editor, (p, d, o, progress) -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return new ExportReport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("the export was interrupted"));
        }, r -> new Thread(r).start(), uiJobs::add);

        vm.exportTo(dir.resolve("site"));
        started.await();
        vm.cancel();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (uiJobs.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        new ArrayList<>(uiJobs).forEach(Runnable::run);

        assertThat(interrupted).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Export cancelled");
        assertThat(vm.exportedSiteProperty().get()).isNull();
    }
}
