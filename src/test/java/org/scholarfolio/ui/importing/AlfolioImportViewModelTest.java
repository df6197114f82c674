package org.scholarfolio.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class AlfolioImportViewModelTest {
    private static final Path SITE = Path.of("src/test/resources/alfolio/current-site");

    @TempDir
    Path dir;

    private final InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
    private final EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
    private final List<Runnable> background = new ArrayList<>();
    private final AlfolioImportViewModel vm = new AlfolioImportViewModel(editor, files, background::add, Runnable::run);

    @Test
    void importsInTheBackgroundSavesCopiesAssetsOpensAndReports() {
        Path target = dir.resolve("ada");
        vm.importSite(SITE, target);
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Importing");

        background.forEach(Runnable::run);

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(editor.fileProperty().get()).isEqualTo(target.resolve("portfolio.json"));
        assertThat(files.files).containsKey(target.resolve("portfolio.json"));
        assertThat(editor.portfolio().profile().name().display()).isEqualTo("Ada M. Lovelace");
        assertThat(target.resolve("assets/prof_pic.jpg")).exists();
        assertThat(vm.reportProperty().get()).contains("News items: 5 imported").contains("_news/leap.md:3:")
                .contains("Template leftovers: 1 found, 1 dropped");
    }

    @Test
    void templateLeftoversAreDroppedByDefaultAndKeptWhenUnchecked() {
        assertThat(vm.dropTemplateLeftoversProperty().get()).isTrue();
        vm.dropTemplateLeftoversProperty().set(false);
        vm.importSite(SITE, dir.resolve("kept"));
        background.forEach(Runnable::run);
        assertThat(editor.portfolio().news()).extracting(NewsItem::id).contains("announcement-1");
    }

    @Test
    void aFolderThatHoldsAPortfolioIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("taken"));
        Files.writeString(dir.resolve("taken/portfolio.json"), "{}");
        vm.importSite(SITE, dir.resolve("taken"));
        assertThat(background).isEmpty();
        assertThat(vm.messageProperty().get()).contains("already holds a portfolio");
    }

    @Test
    void aMissingSiteIsReportedAndNothingOpens() {
        vm.importSite(dir.resolve("no-site"), dir.resolve("x"));
        background.forEach(Runnable::run);
        assertThat(vm.messageProperty().get()).startsWith("Import failed:").contains("no-site");
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
    }
}
