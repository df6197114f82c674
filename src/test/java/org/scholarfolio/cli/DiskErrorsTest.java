package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.SmallDisk;

/**
 * A full disk and a read-only disk, for saving a portfolio and for exporting a site: the command
 * says what happened and what to do, names no temporary or staging file, and the old files stay
 * byte for byte as they were.
 */
class DiskErrorsTest {
    @TempDir
    Path tmp;

    private Path bib() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("@article{entry").append(i).append(", title = {Study ").append(i)
                    .append(" of things}, author = {Doe, Jane}, journal = {J}, year = {2020}}\n");
        }
        return Files.writeString(tmp.resolve("new.bib"), sb);
    }

    private static Path copySample(Path into) throws Exception {
        Path folder = Files.createDirectories(into.resolve("homepage"));
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), folder.resolve("portfolio.json"));
        return folder;
    }

    @Test
    void importOntoAFullDiskSaysTheDiskIsFullAndKeepsThePortfolio() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "1m")) {
            Path portfolio = copySample(disk.root());
            byte[] before = Files.readAllBytes(portfolio.resolve("portfolio.json"));
            disk.fill();

            CommandRun r = CommandRun.of("import", "bibtex", bib().toString(), "--into", portfolio.toString());

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("the disk is full. Free some space").contains("left as they were")
                    .doesNotContain(".tmp");
            // The file named once: the command does not wrap the store's sentence in a "cannot write" of its own.
            assertThat(r.err().split("cannot write", -1)).hasSize(2);
            assertThat(Files.readAllBytes(portfolio.resolve("portfolio.json"))).isEqualTo(before);
            assertThat(leftovers(portfolio)).isEmpty();
        }
    }

    @Test
    void generateOntoAFullDiskLeavesNoFolderBehind() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "1m")) {
            disk.fill();
            Path out = disk.root().resolve("generated");

            CommandRun r = CommandRun.of("generate", "--publications", "300", "--news", "10", "--out", out.toString());

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("the disk is full. Free some space");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void formatOfAPortfolioOnAReadOnlyDiskSaysSoAndKeepsIt() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "1m")) {
            Path portfolio = copySample(disk.root());
            Path json = portfolio.resolve("portfolio.json");
            Files.writeString(json, Files.readString(json).replace("\n  ", "\n    ")); // not canonical: format must write
            byte[] before = Files.readAllBytes(json);
            disk.makeReadOnly();

            CommandRun r = CommandRun.of("format", portfolio.toString());

            assertThat(r.code()).isNotZero();
            assertThat(r.err()).contains("is read-only. Choose a folder on another disk").doesNotContain(".lock");
            assertThat(Files.readAllBytes(json)).isEqualTo(before);
        }
    }

    @Test
    void exportOntoAFullDiskSaysSoNamesNoStagingFolderAndKeepsTheOldSite() throws Exception {
        exportOverTheOldSite(SmallDisk::fill, site -> "cannot write " + site + ": the disk is full");
    }

    @Test
    void exportIntoAReadOnlyFolderSaysSoAndKeepsTheOldSite() throws Exception {
        exportOverTheOldSite(SmallDisk::makeReadOnly,
                site -> "cannot write " + site + ": the disk holding " + site + " is read-only");
    }

    /** What a test does to the disk after the first export: fill it, or make it read-only. */
    private interface DiskChange {
        void apply(SmallDisk disk) throws Exception;
    }

    /** Exports a copy of the sample, changes the disk, exports it changed over its site: the error, and the old site whole. */
    private void exportOverTheOldSite(DiskChange change, Function<Path, String> error) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), "6m")) {
            Path site = disk.root().resolve("site");
            // The site of the portfolio exported again: another portfolio's would be refused before any write.
            Path changed = copySample(tmp);
            assertThat(CommandRun.of("export", changed.toString(), "--out", site.toString()).code()).isZero();
            Map<Path, byte[]> before = FolderContents.of(site);
            Path json = changed.resolve("portfolio.json");
            Files.writeString(json, Files.readString(json).replace("Alan", "Alan M."));
            change.apply(disk);

            CommandRun r = CommandRun.of("export", changed.toString(), "--out", site.toString());

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains(error.apply(site)).doesNotContain("staging");
            FolderContents.assertUnchanged(before, site);
        }
    }


    private static java.util.List<Path> leftovers(Path dir) throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")
                    || p.getFileName().toString().endsWith(".lock")).toList();
        }
    }
}
