package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest names what the folder's files were made from, and an export of something else can tell. */
class OutputFolderOriginTest {
    private static final OutputFolder.Manifest MANIFEST = new OutputFolder.Manifest(".written", "# test export");

    @TempDir
    Path temp;

    private static OutputFile page(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), true);
    }

    private static List<OutputFile> site(String text) {
        return List.of(page("index.html", text), page("a/index.html", "a"), page("b.html", "b"));
    }

    @Test
    void theManifestNamesItsOriginUnderTheHeaderAndAnotherOriginIsTold() throws IOException {
        Path out = temp.resolve("out");
        new OutputFolder(out, MANIFEST, "portfolio aaaa").write(site("1"));

        List<String> lines = Files.readAllLines(out.resolve(".written"));
        assertThat(lines.subList(0, 2)).containsExactly("# test export", "# made from portfolio aaaa");
        assertThat(lines).hasSize(5);
        try (OutputFolder.Staging same = new OutputFolder(out, MANIFEST, "portfolio aaaa").stage();
             OutputFolder.Staging other = new OutputFolder(out, MANIFEST, "portfolio bbbb").stage();
             OutputFolder.Staging unnamed = new OutputFolder(out, MANIFEST).stage()) {
            assertThat(same.otherOrigin()).isEmpty();
            assertThat(other.otherOrigin()).contains("portfolio aaaa");
            // An export that names no origin (the al-folio one) asks nothing.
            assertThat(unnamed.otherOrigin()).isEmpty();
        }
        assertThat(new OutputFolder(out, MANIFEST).manifestPaths()).containsExactlyInAnyOrder("index.html", "a/index.html", "b.html");
    }

    @Test
    void aManifestNamingNoOriginIsTakenAsOursAndNamesOneFromTheNextExportOn() throws IOException {
        Path out = temp.resolve("out");
        // As versions before origins wrote it.
        new OutputFolder(out, MANIFEST).write(site("1"));
        assertThat(Files.readAllLines(out.resolve(".written"))).noneMatch(line -> line.startsWith("# made from"));
        FileTime pageTime = Files.getLastModifiedTime(out.resolve("index.html"));

        OutputFolder ours = new OutputFolder(out, MANIFEST, "portfolio aaaa");
        try (OutputFolder.Staging staging = ours.stage()) {
            assertThat(staging.otherOrigin()).isEmpty();
            OutputFolder.Result r = staging.commit(site("1"));
            assertThat(r.pagesWritten()).isEmpty();
        }

        // Nothing else changed, yet the manifest now says whose the files are; the pages were not touched.
        assertThat(Files.readAllLines(out.resolve(".written")).get(1)).isEqualTo("# made from portfolio aaaa");
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(pageTime);
        try (OutputFolder.Staging other = new OutputFolder(out, MANIFEST, "portfolio bbbb").stage()) {
            assertThat(other.otherOrigin()).contains("portfolio aaaa");
        }
    }

    @Test
    void theSameOriginWritingTheSameFilesLeavesTheManifestAlone() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder folder = new OutputFolder(out, MANIFEST, "portfolio aaaa");
        folder.write(site("1"));
        Path manifest = out.resolve(".written");
        Files.setLastModifiedTime(manifest, FileTime.fromMillis(Files.getLastModifiedTime(manifest).toMillis() - 60_000));
        FileTime before = Files.getLastModifiedTime(manifest);

        folder.write(site("1"));

        assertThat(Files.getLastModifiedTime(manifest)).isEqualTo(before);
    }

    @Test
    void anotherOriginsManifestIsWrittenWholeNotPatchedFromTheLastOne() throws IOException {
        Path out = temp.resolve("out");
        OutputFolder.Written known;
        try (OutputFolder.Staging staging = new OutputFolder(out, MANIFEST, "portfolio aaaa").stage()) {
            staging.commit(site("1"));
            known = staging.manifest();
        }
        // The same paths in the same order, one page changed: a manifest patched from the last one
        // would keep its origin line.
        try (OutputFolder.Staging staging = new OutputFolder(out, MANIFEST, "portfolio bbbb").stage(known)) {
            assertThat(staging.otherOrigin()).contains("portfolio aaaa");
            staging.commit(site("2"));
        }
        Path whole = temp.resolve("whole");
        new OutputFolder(whole, MANIFEST, "portfolio bbbb").write(site("2"));

        assertThat(out.resolve(".written")).hasSameTextualContentAs(whole.resolve(".written"));
        assertThat(out.resolve("index.html")).hasContent("2");
    }

    @Test
    void anOriginIsOneLine() {
        assertThatThrownBy(() -> new OutputFolder(temp, MANIFEST, "portfolio a\n0000000000000000-1 index.html"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutputFolder(temp, MANIFEST, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
