package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.files.ContentHash;

/** The origin line a published manifest carries tells portfolios apart here and names no path elsewhere. */
class SiteOriginTest {
    private static final String KEY = "0f".repeat(32);
    private static final String OTHER_KEY = "a1".repeat(32);

    @TempDir
    Path temp;

    @Test
    void aPathGuessedWithoutTheKeyIsNotConfirmedByTheLine() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("homepage")).toRealPath();

        String line = SiteOrigin.of(folder);

        // What someone who guesses the path can compute: its hash bare or after any fixed, public text
        // (until session 29 the line was the latter, so a guess could be confirmed).
        for (String publicPrefix : new String[] {"", "scholarfolio portfolio folder\n"}) {
            String guessed = ContentHash.of((publicPrefix + folder).getBytes(StandardCharsets.UTF_8));
            assertThat(line).doesNotContain(guessed.substring(0, 16));
        }
        assertThat(line).matches("portfolio [0-9a-f]{16}");
    }

    @Test
    void underOneKeyTheSameFolderHasOneOriginAndAnotherFolderAnother() throws Exception {
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));

        assertThat(SiteOrigin.of(first, KEY)).isEqualTo(SiteOrigin.of(first.resolve("../first"), KEY));
        assertThat(SiteOrigin.of(second, KEY)).isNotEqualTo(SiteOrigin.of(first, KEY));
    }

    @Test
    void anotherKeyGivesTheSameFolderAnotherOrigin() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("homepage"));

        assertThat(SiteOrigin.of(folder, OTHER_KEY)).isNotEqualTo(SiteOrigin.of(folder, KEY));
    }
}
