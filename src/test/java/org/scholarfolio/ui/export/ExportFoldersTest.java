package org.scholarfolio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFoldersTest {
    @TempDir
    Path dir;

    @Test
    void eachPortfolioHasItsOwnFolderAndAnUnknownOneHasNone() {
        ExportFolders folders = ExportFolders.NONE
                .with(dir.resolve("personal/portfolio.json"), dir.resolve("personal-site"))
                .with(dir.resolve("lab/portfolio.json"), dir.resolve("lab-site"));
        assertThat(folders.folderFor(dir.resolve("personal/portfolio.json"))).isEqualTo(dir.resolve("personal-site"));
        assertThat(folders.folderFor(dir.resolve("lab/portfolio.json"))).isEqualTo(dir.resolve("lab-site"));
        assertThat(folders.folderFor(dir.resolve("other/portfolio.json"))).isNull();
        assertThat(folders.folderFor(null)).isNull();
    }

    @Test
    void aPortfolioIsKnownByItsFoldersRealPath() throws IOException {
        Path real = Files.createDirectories(dir.resolve("personal"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        ExportFolders folders = ExportFolders.NONE.with(link.resolve("portfolio.json"), dir.resolve("out"));
        assertThat(folders.folderFor(real.resolve("portfolio.json"))).isEqualTo(dir.resolve("out"));
        assertThat(folders.folderFor(dir.resolve("personal/../personal/portfolio.json"))).isEqualTo(dir.resolve("out"));
    }

    @Test
    void exportingAgainMovesThePortfolioFirstAndTheOldestBeyondTheBoundAreDropped() {
        ExportFolders folders = ExportFolders.NONE;
        for (int i = 0; i <= ExportFolders.MAX; i++) {
            folders = folders.with(dir.resolve("p" + i + "/portfolio.json"), dir.resolve("site" + i));
        }
        assertThat(folders.byPortfolio()).hasSize(ExportFolders.MAX);
        assertThat(folders.folderFor(dir.resolve("p0/portfolio.json"))).as("the oldest").isNull();
        assertThat(folders.folderFor(dir.resolve("p1/portfolio.json"))).isEqualTo(dir.resolve("site1"));

        folders = folders.with(dir.resolve("p1/portfolio.json"), dir.resolve("elsewhere"));
        assertThat(folders.byPortfolio()).hasSize(ExportFolders.MAX);
        assertThat(folders.byPortfolio().values().iterator().next()).isEqualTo(dir.resolve("elsewhere"));
    }

    @Test
    void theTextReadsBackInOrder() {
        ExportFolders folders = ExportFolders.NONE
                .with(dir.resolve("a/portfolio.json"), dir.resolve("a site"))
                .with(dir.resolve("b/portfolio.json"), dir.resolve("b-site"));
        ExportFolders read = ExportFolders.parse(folders.format());
        assertThat(read).isEqualTo(folders);
        assertThat(read.byPortfolio().keySet()).containsExactlyElementsOf(folders.byPortfolio().keySet());
    }

    @Test
    void linesThatCannotBeReadAreSkippedAndTheRestKept() {
        ExportFolders read = ExportFolders.parse("no tab here\n\t/only/a/folder\n/only/a/portfolio\t\n"
                + "/nul\u0000\t/x\n/home/ada/site\t/home/ada/site-out\n\n");
        assertThat(read.byPortfolio()).containsOnlyKeys(Path.of("/home/ada/site"));
        assertThat(ExportFolders.parse(null)).isEqualTo(ExportFolders.NONE);
        assertThat(ExportFolders.parse("  ")).isEqualTo(ExportFolders.NONE);
    }
}
