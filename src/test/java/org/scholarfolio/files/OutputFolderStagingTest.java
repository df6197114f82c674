package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folder beside the output: named from a time and a count, made by the export alone. */
class OutputFolderStagingTest {
    private static final OutputFolder.Manifest MANIFEST = new OutputFolder.Manifest(".written", "# test export");

    @TempDir
    Path temp;

    @Test
    void somethingPlantedWhereAStagingFolderWouldGoIsNeverWrittenThroughNorRemoved() throws IOException {
        Path out = temp.resolve("out");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        long time = 0x5ca1ab1eL;
        long next = OutputFolder.stagingsNamed() + 1;
        // A link to another folder, a file and a link to nothing, at the next three names.
        Path link = Files.createSymbolicLink(OutputFolder.stagingFolder(out, next, time), elsewhere);
        Path file = Files.writeString(OutputFolder.stagingFolder(out, next + 1, time), "someone's");
        Path dangling = Files.createSymbolicLink(OutputFolder.stagingFolder(out, next + 2, time), temp.resolve("nothing"));

        Path made = OutputFolder.makeStagingFolder(out, time);

        assertThat(made).isNotIn(link, file, dangling).hasParent(temp);
        assertThat(Files.isDirectory(made, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(made.getFileName().toString()).startsWith(".out.staging-");
        try (Stream<Path> in = Files.list(made)) {
            assertThat(in).isEmpty();
        }
        assertThat(Files.readSymbolicLink(link)).isEqualTo(elsewhere);
        assertThat(file).hasContent("someone's");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(temp.resolve("nothing")).doesNotExist();
    }

    @Test
    void eachStagingOfAProcessHasAFolderOfItsOwnRemovedWhenItCloses() throws IOException {
        Path out = temp.resolve("site");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        try (OutputFolder.Staging first = folder.stage(null); OutputFolder.Staging second = folder.stage(null)) {
            OutputFile a = first.add(new OutputFile("a.html", "a".getBytes(StandardCharsets.UTF_8), true));
            OutputFile b = second.add(new OutputFile("a.html", "b".getBytes(StandardCharsets.UTF_8), true));
            assertThat(a.source()).isNotNull();
            assertThat(b.source()).isNotNull();
            assertThat(a.source().getParent()).isNotEqualTo(b.source().getParent());
            assertThat(a.source()).hasContent("a");
            assertThat(b.source()).hasContent("b");
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anExportThatWritesNothingMakesNoStagingFolder() throws IOException {
        Path out = temp.resolve("site");
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        List<OutputFile> files = List.of(new OutputFile("a.html", "a".getBytes(StandardCharsets.UTF_8), true));
        folder.write(files);
        try (OutputFolder.Staging staging = folder.stage(null)) {
            OutputFile same = staging.add(files.get(0));
            assertThat(staging.commit(List.of(same)).pagesWritten()).isEmpty();
            try (Stream<Path> beside = Files.list(temp)) {
                assertThat(beside).containsExactly(out);
            }
        }
    }
}
