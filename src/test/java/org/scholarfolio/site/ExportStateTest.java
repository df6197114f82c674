package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.files.OutputFile;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;

/** The export state file: patched after an edit, it holds what one written afresh holds. */
class ExportStateTest {
    @TempDir
    Path temp;

    @Test
    void aStatePatchedWithAFewNewKeysIsTheOneWrittenAfresh() throws IOException {
        Path out = Files.createDirectories(temp.resolve("site"));
        Files.writeString(out.resolve(SiteExporter.MANIFEST.fileName()), "# manifest\n");
        // Pages with keys, one without, files that are not pages (one of them keyed), a path beyond ASCII.
        List<OutputFile> files = List.of(OutputFile.kept("index.html", true), OutputFile.kept("publications/é/index.html", true),
                OutputFile.kept("assets/css/site.css", false), OutputFile.kept("publications.bib", true),
                OutputFile.kept("news/index.html", true), OutputFile.kept("assets/img/me.jpg", false));
        Map<String, Long> first = new HashMap<>(Map.of("index.html", 1L, "publications/é/index.html", -2L,
                "assets/css/site.css", 0x1234L, "publications.bib", Long.MAX_VALUE));
        List<Diagnostic> warnings = List.of(Diagnostic.warning(FieldPath.parse("site.baseUrl"), "not set;\nso none"));
        ExportState editor = ExportState.of(out).orElseThrow();
        editor.record("fingerprint-1", files, warnings, first);
        assertThat(Files.readString(editor.file())).contains("key 0000000000000001 index.html\n",
                "key fffffffffffffffe publications/é/index.html\n", "asset assets/css/site.css\nkey 0000000000001234 assets/css/site.css\n");

        for (Map<String, Long> keys : List.of(
                // One page's key changed (an edit), then none, then all of them.
                Map.of("index.html", 1L, "publications/é/index.html", 77L, "assets/css/site.css", 0x1234L, "publications.bib", Long.MAX_VALUE),
                Map.of("index.html", 1L, "publications/é/index.html", 77L, "assets/css/site.css", 0x1234L, "publications.bib", Long.MAX_VALUE),
                Map.of("index.html", 5L, "publications/é/index.html", 6L, "assets/css/site.css", 7L, "publications.bib", 8L))) {
            editor.record("fingerprint-2", files, warnings, new HashMap<>(keys));
            byte[] patched = Files.readAllBytes(editor.file());
            // Another process's state object knows no lines to patch: it writes them all.
            ExportState fresh = ExportState.of(out).orElseThrow();
            fresh.record("fingerprint-2", files, warnings, new HashMap<>(keys));
            assertThat(new String(patched, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(fresh.file()));
        }
    }

    /**
     * A folder deleted since its last export (rm -rf, then export again): nothing in it is as that export left it,
     * which its missing manifest tells, so the state file (a line per file) is not read. Here the state file is a
     * pipe no one writes to: a read of it would wait for a writer, and the check with it.
     */
    @Test
    void theStateOfAFolderDeletedSinceIsNotRead() throws Exception {
        Path out = Files.createDirectories(temp.resolve("deleted"));
        Files.writeString(out.resolve(SiteExporter.MANIFEST.fileName()), "# manifest\n");
        ExportState last = ExportState.of(out).orElseThrow();
        last.record("fingerprint-1", List.of(OutputFile.kept("index.html", true)), List.of(), new HashMap<>(Map.of("index.html", 1L)));
        Path file = last.file();
        assertThat(file).exists();
        AtomicFolder.deleteTree(out);
        Files.delete(file);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "a named pipe can be made (mkfifo)");
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThat(ExportState.of(out).orElseThrow().unchanged("fingerprint-1")).isEmpty());
        } finally {
            // A reader left waiting (the check read the file) is let go: opened to read and write, a pipe waits for no one.
            FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
        }
    }

    @Test
    void theStatesTemporaryFileIsNewOwnerOnlyAndNeverOneSomeoneElseMade() throws IOException {
        Path target = Files.createDirectories(temp.resolve("cache")).resolve("state");
        Path first = ExportState.newTemporary(target, 42);
        Path second = ExportState.newTemporary(target, 42);
        assertThat(first).isNotEqualTo(second).hasParent(target.getParent()).isEmptyFile();
        assertThat(first.getFileName().toString()).startsWith(".state.").endsWith(".tmp");
        if (first.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(first)))
                    .isEqualTo("rw-------");
        }
        // Someone made the next names first (a file, a link to elsewhere): they are passed by, never written through.
        String taken = second.getFileName().toString();
        long count = Long.parseLong(taken.substring(taken.lastIndexOf('-') + 1, taken.length() - ".tmp".length()));
        String stem = taken.substring(0, taken.lastIndexOf('-') + 1);
        Path elsewhere = Files.writeString(temp.resolve("elsewhere"), "theirs");
        for (long next = count + 1; next <= count + 3; next++) {
            Files.createSymbolicLink(target.resolveSibling(stem + next + ".tmp"), elsewhere);
        }
        Path mine = ExportState.newTemporary(target, 42);
        assertThat(mine.getFileName().toString()).isEqualTo(stem + (count + 4) + ".tmp");
        assertThat(Files.isSymbolicLink(mine)).isFalse();
        assertThat(mine).isEmptyFile();
        assertThat(elsewhere).hasContent("theirs");
    }

    @Test
    void aRecordedStateLeavesNoTemporaryFileBehind() throws IOException {
        Path out = Files.createDirectories(temp.resolve("site"));
        Files.writeString(out.resolve(SiteExporter.MANIFEST.fileName()), "# manifest\n");
        ExportState state = ExportState.of(out).orElseThrow();
        state.record("fingerprint", List.of(OutputFile.kept("index.html", true)), List.of(), new HashMap<>(Map.of("index.html", 1L)));
        try (var beside = Files.list(state.file().getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(Files.readString(state.file())).contains("key 0000000000000001 index.html\n");
    }
}
