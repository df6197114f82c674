package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    private static final OutputFolder.Manifest MANIFEST = new OutputFolder.Manifest(".written", "# test export");

    @TempDir
    Path temp;

    private static OutputFile page(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void writesANewFolderAndRecordsEachFileOnce() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder.Result r = new OutputFolder(out, MANIFEST).write(List.of(page("b/x.md", "x"), page("a.md", "a")));
        assertThat(r.pagesWritten()).containsExactly("b/x.md", "a.md");
        assertThat(out.resolve("b/x.md")).hasContent("x");
        assertThat(Files.readAllLines(out.resolve(".written"))).hasSize(3).first().isEqualTo("# test export");
        assertThat(Files.readAllLines(out.resolve(".written")).get(1)).endsWith(" a.md");
    }

    @Test
    void aFolderThatWasNotThereWhenStagingBeganIsNotLookedIntoForPagesInPlace() throws IOException {
        // Into a new folder nothing can be in place, so no page is looked up there (on a missing file each
        // look-up threw two exceptions): a page that appeared in the meantime is replaced, not taken as kept.
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        try (OutputFolder.Staging staging = folder.stage(null)) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("a.md"), "a");
            Files.writeString(out.resolve("big.js"), "piece");
            Files.setLastModifiedTime(out.resolve("a.md"), FileTime.fromMillis(0));
            OutputFile a = staging.add(page("a.md", "a"));
            OutputFile big = staging.add(OutputFile.ofPieces("big.js", List.of("pie".getBytes(StandardCharsets.UTF_8),
                    "ce".getBytes(StandardCharsets.UTF_8)), true));
            assertThat(a.source()).isNotNull();
            assertThat(big.source()).isNotNull();
            OutputFolder.Result r = staging.commit(List.of(a, big));
            assertThat(r.pagesWritten()).containsExactly("a.md", "big.js");
        }
        assertThat(out.resolve("a.md")).hasContent("a");
        assertThat(Files.getLastModifiedTime(out.resolve("a.md")).toMillis()).isPositive();
        assertThat(out.resolve("big.js")).hasContent("piece");
    }

    @Test
    void removesWhatItNoLongerWritesButNotWhatSomeoneChangedSince() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        folder.write(List.of(page("keep.md", "k"), page("old.md", "o"), page("edited.md", "e")));
        Files.writeString(out.resolve("edited.md"), "changed by hand");

        OutputFolder.Result r = folder.write(List.of(page("keep.md", "k")));

        assertThat(r.filesRemoved()).containsExactly("old.md");
        assertThat(out.resolve("old.md")).doesNotExist();
        assertThat(out.resolve("edited.md")).hasContent("changed by hand");
        assertThat(out.resolve(".written")).content().doesNotContain("edited.md");
    }

    @Test
    void theManifestStaysSortedWhenExportsKeepChangeAddAndRemoveFiles() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        OutputFolder.Written known = null;
        List<List<OutputFile>> exports = List.of(
                List.of(page("c.md", "1"), page("a/b.md", "1"), page("b.md", "1")),
                // The same paths in the same order, one changed: the last export's sorting is taken.
                List.of(page("c.md", "2"), page("a/b.md", "1"), page("b.md", "1")),
                // The same paths in another order.
                List.of(page("b.md", "2"), page("c.md", "2"), page("a/b.md", "1")),
                List.of(page("b.md", "2"), page("c.md", "3"), page("a/b.md", "1"), page("a.md", "1")),
                List.of(page("c.md", "3"), page("a.md", "2"), page("0.md", "1")));
        for (List<OutputFile> files : exports) {
            try (OutputFolder.Staging staging = folder.stage(known)) {
                staging.commit(files);
                known = staging.manifest();
            }
            List<String> paths = Files.readAllLines(out.resolve(".written")).stream().skip(1)
                    .map(line -> line.substring(line.indexOf(' ') + 1)).toList();
            assertThat(paths).isSorted().containsExactlyInAnyOrderElementsOf(files.stream().map(OutputFile::path).toList());
            int[] sorting = known.sorting();
            assertThat(java.util.Arrays.stream(sorting).mapToObj(i -> files.get(i).path()).toList()).isEqualTo(paths);
        }
    }

    @Test
    void aManifestPatchedAfterAFewChangesIsTheOneWrittenWholeAndPagesStagedFlatLandInTheirFolders() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        OutputFolder.Written known = null;
        List<String> paths = List.of("z/index.html", "a/b/index.html", "é/index.html", "index.html", "a/index.html");
        // The same paths each time (the editor's export after an edit): checks of other lengths, a
        // line at the start and at the end changed, nothing changed, all changed, some kept.
        List<List<String>> texts = List.of(
                List.of("1", "1", "1", "1", "1"),
                List.of("1", "22222222222", "1", "1", "1"),
                List.of("1", "22222222222", "1", "1", "1"),
                List.of("3", "2", "ü3", "3", "333"),
                List.of("3", "2", "ü3", "4", "333"));
        for (List<String> text : texts) {
            List<OutputFile> files = new java.util.ArrayList<>();
            try (OutputFolder.Staging staging = folder.stage(known)) {
                for (int i = 0; i < paths.size(); i++) {
                    boolean same = known != null && Files.exists(out.resolve(paths.get(i)))
                            && Files.readString(out.resolve(paths.get(i))).equals(text.get(i));
                    // Unchanged pages are kept, as the exporter keeps them; the others are staged.
                    files.add(same && i % 2 == 0 ? OutputFile.kept(paths.get(i), true) : staging.add(page(paths.get(i), text.get(i))));
                }
                staging.commit(files);
                known = staging.manifest();
            }
            Path whole = temp.resolve("whole-" + text.hashCode());
            List<OutputFile> fresh = new java.util.ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                fresh.add(page(paths.get(i), text.get(i)));
            }
            new OutputFolder(whole, MANIFEST).write(fresh);
            assertThat(Files.readAllBytes(out.resolve(".written"))).isEqualTo(Files.readAllBytes(whole.resolve(".written")));
            for (int i = 0; i < paths.size(); i++) {
                assertThat(out.resolve(paths.get(i))).hasContent(text.get(i));
            }
            // Nothing of the staging folder is left beside the output.
            try (var beside = Files.list(temp)) {
                assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("staging"));
            }
        }
    }

    @Test
    void aBigFileIsReplacedWholeAndPutBackWhenAnExportStoppedBetweenRemovingAndMovingIt() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        byte[] first = new byte[(int) OutputFolder.BIG_FILE + 10];
        byte[] second = first.clone();
        java.util.Arrays.fill(second, 100, 200, (byte) 'x');
        folder.write(List.of(new OutputFile("big.js", first, true), page("small.md", "s")));

        OutputFolder.Result changed = folder.write(List.of(new OutputFile("big.js", second, true), page("small.md", "s")));
        assertThat(changed.pagesWritten()).containsExactly("big.js");
        assertThat(Files.readAllBytes(out.resolve("big.js"))).isEqualTo(second);

        // An export killed after removing the old copy and before moving the new one in: the
        // manifest still lists the file, and the next export writes it again.
        Files.delete(out.resolve("big.js"));
        OutputFolder.Result again = folder.write(List.of(new OutputFile("big.js", second, true), page("small.md", "s")));
        assertThat(again.pagesWritten()).containsExactly("big.js");
        assertThat(Files.readAllBytes(out.resolve("big.js"))).isEqualTo(second);
        assertThat(folder.manifestPaths()).containsExactly("big.js", "small.md");
    }

    @Test
    void aFileOfPiecesIsWrittenCheckedAndKeptAsItsPiecesJoinedWouldBe() throws IOException {
        // Pieces smaller and larger than the chunk they are gathered in, an empty one, one beyond ASCII.
        byte[] large = new byte[300_000];
        java.util.Arrays.fill(large, (byte) 'L');
        List<byte[]> pieces = List.of("head,".getBytes(StandardCharsets.UTF_8), new byte[0], large,
                "é, ".repeat(40_000).getBytes(StandardCharsets.UTF_8), large, "tail\n".getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            joined.writeBytes(piece);
        }
        byte[] whole = joined.toByteArray();
        OutputFile ofPieces = OutputFile.ofPieces("index.js", pieces, true);
        assertThat(ofPieces.size()).isEqualTo(whole.length);
        assertThat(ofPieces.contentCheck()).isEqualTo(new OutputFile("index.js", whole, true).contentCheck());
        assertThat(ofPieces.isKept()).isFalse();

        // Written whole into a new folder, then staged (the editor's re-export) into the existing one.
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        assertThat(folder.write(List.of(ofPieces)).pagesWritten()).containsExactly("index.js");
        assertThat(Files.readAllBytes(out.resolve("index.js"))).isEqualTo(whole);
        assertThat(Files.readAllBytes(out.resolve(".written")))
                .isEqualTo(writtenBy(List.of(new OutputFile("index.js", whole, true)), temp.resolve("joined")));
        assertThat(folder.write(List.of(ofPieces)).pagesUnchanged()).containsExactly("index.js");

        // The same size, one byte changed by hand, is put right; so is a copy with a byte too many.
        byte[] edited = whole.clone();
        edited[whole.length - 2] = 'x';
        Files.write(out.resolve("index.js"), edited);
        // Edited after the export, as a person's edit is: within the clock's tick of the manifest's
        // write the file's time would not say so, and the same size and recorded check would pass it.
        Files.setLastModifiedTime(out.resolve("index.js"), FileTime.fromMillis(
                Files.getLastModifiedTime(out.resolve(".written")).toMillis() + 2_000));
        assertThat(ofPieces.sameContentAs(out.resolve("index.js"))).isFalse();
        try (OutputFolder.Staging staging = folder.stage(null)) {
            staging.commit(List.of(staging.add(ofPieces)));
        }
        assertThat(Files.readAllBytes(out.resolve("index.js"))).isEqualTo(whole);
        assertThat(ofPieces.sameContentAs(out.resolve("index.js"))).isTrue();
        Files.write(out.resolve("longer.js"), java.util.Arrays.copyOf(whole, whole.length + 1));
        assertThat(ofPieces.sameContentAs(out.resolve("longer.js"))).isFalse();
    }

    @Test
    void piecesMadeOnReadAreMadeOnceWhenNothingIsInPlaceAndTheFileIsCheckedAsThePiecesJoined() throws IOException {
        int[] made = new int[3];
        List<byte[]> onRead = new java.util.AbstractList<>() {
            @Override
            public byte[] get(int i) {
                made[i]++;
                return ("piece " + i + " é\n").getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public int size() {
                return 3;
            }
        };
        byte[] whole = "piece 0 é\npiece 1 é\npiece 2 é\n".getBytes(StandardCharsets.UTF_8);
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        try (OutputFolder.Staging staging = folder.stage(null)) {
            OutputFile staged = staging.add(OutputFile.ofPiecesMadeOnRead("index.js", onRead, true));
            assertThat(made).containsExactly(1, 1, 1);
            assertThat(staged.check()).isEqualTo(new OutputFile("index.js", whole, true).contentCheck());
            staging.commit(List.of(staged));
        }
        assertThat(Files.readAllBytes(out.resolve("index.js"))).isEqualTo(whole);

        // In place next time: checked, found the same, not written.
        try (OutputFolder.Staging staging = folder.stage(null)) {
            assertThat(staging.commit(List.of(staging.add(OutputFile.ofPiecesMadeOnRead("index.js", onRead, true))))
                    .pagesUnchanged()).containsExactly("index.js");
        }
    }

    @Test
    void piecesMadeOnReadAreMadeOnceOverTheFileInPlaceWhetherTheyChangedItOrNot() throws IOException {
        // The editor's re-export after an edit: publications.bib and the filter index are in place, made again
        // from every publication; each piece was made three or four times (check, size, compare, write).
        int[] made = new int[3];
        String[] middle = {"one"};
        List<byte[]> onRead = new java.util.AbstractList<>() {
            @Override
            public byte[] get(int i) {
                made[i]++;
                return ("piece " + (i == 1 ? middle[0] : i) + "\n").getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public int size() {
                return 3;
            }
        };
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        folder.write(List.of(OutputFile.ofPiecesMadeOnRead("index.js", onRead, true)));

        // Changed to the same size: the size and the recorded check cannot tell, the content must.
        middle[0] = "two";
        java.util.Arrays.fill(made, 0);
        try (OutputFolder.Staging staging = folder.stage(null)) {
            OutputFolder.Result r = staging.commit(List.of(staging.add(OutputFile.ofPiecesMadeOnRead("index.js", onRead, true))));
            assertThat(made).containsExactly(1, 1, 1);
            assertThat(r.pagesWritten()).containsExactly("index.js");
        }
        assertThat(Files.readString(out.resolve("index.js"))).isEqualTo("piece 0\npiece two\npiece 2\n");

        // Unchanged: made once, found in place, the staged copy dropped.
        java.util.Arrays.fill(made, 0);
        try (OutputFolder.Staging staging = folder.stage(null)) {
            OutputFolder.Result r = staging.commit(List.of(staging.add(OutputFile.ofPiecesMadeOnRead("index.js", onRead, true))));
            assertThat(made).containsExactly(1, 1, 1);
            assertThat(r.pagesUnchanged()).containsExactly("index.js");
        }
        assertThat(Files.readString(out.resolve("index.js"))).isEqualTo("piece 0\npiece two\npiece 2\n");
    }

    /** The manifest a fresh folder gets for {@code files}. */
    private static byte[] writtenBy(List<OutputFile> files, Path out) throws IOException {
        new OutputFolder(out, MANIFEST).write(files);
        return Files.readAllBytes(out.resolve(".written"));
    }

    @Test
    void readsTheTwoSpaceManifestEarlierAlfolioExportsWrote() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("_config.yml"), "old");
        Files.writeString(out.resolve(".written"), "# older export\n" + ContentHash.of("old".getBytes(StandardCharsets.UTF_8))
                + "  _config.yml\n");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        assertThat(folder.isEmptyOrOurs()).isTrue();
        assertThat(folder.foreignFiles(List.of(page("_config.yml", "new")))).isEmpty();
    }

    @Test
    void filesStagedFromSeveralThreadsAtOnceAllArrive() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                Path out = temp.resolve("out" + round);
                OutputFolder folder = new OutputFolder(out, MANIFEST);
                try (OutputFolder.Staging staging = folder.stage()) {
                    var start = new java.util.concurrent.CountDownLatch(1);
                    List<java.util.concurrent.Future<OutputFile>> staged = new java.util.ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        // Several files share each new folder (the staging folder itself, and a/b).
                        String path = i % 2 == 0 ? "page" + i + ".html" : "a/b/page" + i + ".html";
                        String text = "page " + i;
                        staged.add(pool.submit(() -> {
                            start.await();
                            return staging.add(page(path, text));
                        }));
                    }
                    start.countDown();
                    List<OutputFile> files = new java.util.ArrayList<>();
                    for (var f : staged) {
                        files.add(f.get());
                    }
                    assertThat(staging.commit(files).pagesWritten()).hasSize(16);
                }
                assertThat(out.resolve("a/b/page15.html")).hasContent("page 15");
                assertThat(out.resolve("page14.html")).hasContent("page 14");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void takesOverAManifestOfSha256sAndRecordsChecksFromThenOn() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("same.md"), "s");
        Files.writeString(out.resolve("old.md"), "o");
        Files.writeString(out.resolve("edited.md"), "changed by hand");
        Files.writeString(out.resolve(".written"), "# older export\n"
                + ContentHash.of("e".getBytes(StandardCharsets.UTF_8)) + " edited.md\n"
                + ContentHash.of("o".getBytes(StandardCharsets.UTF_8)) + " old.md\n"
                + ContentHash.of("s".getBytes(StandardCharsets.UTF_8)) + " same.md\n");

        OutputFolder.Result r = new OutputFolder(out, MANIFEST).write(List.of(page("same.md", "s")));

        // Still its files: the one nobody touched is removed, the hand-edited one is left alone.
        assertThat(r.filesRemoved()).containsExactly("old.md");
        assertThat(r.pagesWritten()).isEmpty();
        assertThat(out.resolve("edited.md")).hasContent("changed by hand");
        assertThat(Files.readAllLines(out.resolve(".written"))).containsExactly("# test export",
                new ChangeCheck().update("s".getBytes(StandardCharsets.UTF_8)).hex() + " same.md");
    }

    @Test
    void tellsAFolderOfSomeoneElsesFilesFromAnEmptyOrOwnOne() throws IOException {
        assertThat(new OutputFolder(temp.resolve("missing"), MANIFEST).isEmptyOrOurs()).isTrue();
        Path theirs = Files.createDirectories(temp.resolve("theirs"));
        assertThat(new OutputFolder(theirs, MANIFEST).isEmptyOrOurs()).isTrue();
        Files.writeString(theirs.resolve("Gemfile"), "gems");
        assertThat(new OutputFolder(theirs, MANIFEST).isEmptyOrOurs()).isFalse();
        assertThat(new OutputFolder(theirs, MANIFEST).foreignFiles(List.of(page("Gemfile", "x")))).containsExactly("Gemfile");
        assertThat(new OutputFolder(temp.resolve("missing"), MANIFEST).foreignFiles(List.of(page("Gemfile", "x")))).isEmpty();
        // A folder reached through a link is looked into as the folder it leads to.
        Path link = Files.createSymbolicLink(temp.resolve("link"), theirs);
        assertThat(new OutputFolder(link, MANIFEST).foreignFiles(List.of(page("Gemfile", "x")))).containsExactly("Gemfile");
    }

    @Test
    void refusesThePortfolioItsAssetsTheHomeFolderAndTheRoot() {
        Path portfolio = temp.resolve("p");
        assertThat(OutputFolder.refusal(portfolio, portfolio)).get().asString().contains("holds the portfolio itself");
        assertThat(OutputFolder.refusal(portfolio.resolve("assets/site"), portfolio)).get().asString().contains("assets");
        assertThat(OutputFolder.refusal(Path.of(System.getProperty("user.home")), portfolio)).get().asString().contains("home");
        assertThat(OutputFolder.refusal(temp.getRoot(), portfolio)).get().asString().contains("root");
        assertThat(OutputFolder.refusal(portfolio.resolve("_site"), portfolio)).isEmpty();
    }

    @Test
    void neverWritesOutsideItsFolder() {
        Path out = temp.resolve("out");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OutputFolder(out, MANIFEST)
                .write(List.of(page("../escaped.md", "x")))).isInstanceOf(IOException.class).hasMessageContaining(out.toString());
        assertThat(temp.resolve("escaped.md")).doesNotExist();
    }
}
