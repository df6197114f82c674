package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConfinedPath.WriteCheck} answers as the one-off {@link ConfinedPath#writeEscapes} for every
 * target but one through a link that leads out and whose path comes back in, which it refuses.
 */
class ConfinedPathTest {
    @TempDir
    Path tmp;

    private static final List<String> TARGETS = List.of("index.html", "publications/a/index.html",
            "publications/b/index.html", "new/deep/page/index.html", "assets/css/site.css", "inside/x/y.html",
            "outside/x.html", "outside/deeper/x.html", "file/x.html", "../up.html", "a/../../up.html",
            "inside");

    @Test
    void answersAsTheOneOffCheckIntoAFolderWithLinks() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(out.resolve("publications/a"));
        Files.createDirectories(out.resolve("assets/css"));
        Files.createDirectories(out.resolve("real"));
        Files.createSymbolicLink(out.resolve("outside"), elsewhere);
        Files.createSymbolicLink(out.resolve("inside"), out.resolve("real"));
        Files.writeString(out.resolve("file"), "not a folder");
        Files.createSymbolicLink(out.resolve("loop"), tmp);

        ConfinedPath.WriteCheck check = new ConfinedPath.WriteCheck(out);
        for (int round = 0; round < 2; round++) { // the second round from what the first learnt
            for (String target : TARGETS) {
                assertThat(check.writeEscapes(Path.of(target))).as(target)
                        .isEqualTo(ConfinedPath.writeEscapes(out, Path.of(target)));
            }
        }
        assertThat(check.writeEscapes(Path.of("outside/x.html"))).isTrue();
        assertThat(check.writeEscapes(Path.of("inside/x/y.html"))).isFalse();
        // Out of the folder and back into it: the one-off check follows the whole path, this one
        // stops at the first link that leads out.
        assertThat(ConfinedPath.writeEscapes(out, Path.of("loop/out/x.html"))).isFalse();
        assertThat(check.writeEscapes(Path.of("loop/out/x.html"))).isTrue();
    }

    @Test
    void answersAsTheOneOffCheckIntoAFolderNotMadeYet() {
        Path out = tmp.resolve("not/yet/out");
        ConfinedPath.WriteCheck check = new ConfinedPath.WriteCheck(out);
        for (String target : TARGETS) {
            assertThat(check.writeEscapes(Path.of(target))).as(target)
                    .isEqualTo(ConfinedPath.writeEscapes(out, Path.of(target)));
        }
    }
}
