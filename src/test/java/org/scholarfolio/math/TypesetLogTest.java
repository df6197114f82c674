package org.scholarfolio.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.files.UserCache;

class TypesetLogTest {
    @TempDir
    Path dir;

    @Test
    void aLaterProcessTakesFormulasFromTheLogWithoutLoadingKatex() {
        TypesetLog log = new TypesetLog(dir.resolve("math.log"));
        KatexMathMl first = new KatexMathMl(log);
        String inline = first.toMathMl("\\lambda x. x^2", false);
        String display = first.toMathMl("\\int_0^1 f(x)\\,dx", true);
        assertThat(first.scriptLoaded()).isTrue();

        KatexMathMl later = new KatexMathMl(new TypesetLog(dir.resolve("math.log")));
        assertThat(later.toMathMl("\\lambda x. x^2", false)).isEqualTo(inline);
        assertThat(later.toMathMl("\\int_0^1 f(x)\\,dx", true)).isEqualTo(display);
        assertThat(later.scriptLoaded()).isFalse();
        // Inline and display of the same TeX are different answers.
        assertThat(later.toMathMl("\\lambda x. x^2", true)).isNotEqualTo(inline).startsWith("<math display=\"block\">");
        assertThat(later.scriptLoaded()).isTrue();
    }

    @Test
    void aRejectedFormulaIsRejectedAgainWithTheSameReason() {
        KatexMathMl first = new KatexMathMl(new TypesetLog(dir.resolve("math.log")));
        assertThatThrownBy(() -> first.toMathMl("\\frac{1}{", false)).hasMessageContaining("expected '}'");
        KatexMathMl later = new KatexMathMl(new TypesetLog(dir.resolve("math.log")));
        assertThatThrownBy(() -> later.toMathMl("\\frac{1}{", false))
                .isInstanceOf(MathSyntaxException.class).hasMessageContaining("expected '}'");
        assertThat(later.scriptLoaded()).isFalse();
    }

    @Test
    void aTornOrAlteredEntryIsNeverReadAndTheLogStartsAgain() throws IOException {
        Path file = dir.resolve("math.log");
        TypesetLog log = new TypesetLog(file);
        log.append("Ia", new TypesetLog.Answer("<math><mi>a</mi></math>", null));
        log.append("Ib", new TypesetLog.Answer("<math><mi>b</mi></math>", null));
        byte[] bytes = Files.readAllBytes(file);
        // A crash in the middle of the second entry.
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertThat(new TypesetLog(file).read()).containsOnlyKeys("Ia");
        assertThat(file).doesNotExist();

        log.append("Ia", new TypesetLog.Answer("<math><mi>a</mi></math>", null));
        bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 1;
        Files.write(file, bytes);
        assertThat(new TypesetLog(file).read()).isEmpty();

        Files.write(file, new byte[] {(byte) 0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9}, StandardOpenOption.CREATE);
        assertThat(new TypesetLog(file).read()).isEmpty();
        // The typesetter still answers right from a broken log.
        Files.write(file, new byte[] {0, 0, 0, 3, 1, 2});
        assertThat(new KatexMathMl(new TypesetLog(file)).toMathMl("x", false)).contains("<mi>x</mi>");
    }

    @Test
    void theLogIsPerKatexVersionInTheUsersCacheFolder() {
        Path home = Path.of("/home/ada");
        assertThat(UserCache.home(Map.of(), "Linux", home)).isEqualTo(home.resolve(".cache"));
        assertThat(UserCache.home(Map.of("XDG_CACHE_HOME", "/var/cache/ada"), "Linux", home))
                .isEqualTo(Path.of("/var/cache/ada"));
        assertThat(UserCache.home(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home))
                .isEqualTo(home.resolve(".cache"));
        assertThat(UserCache.home(Map.of(), "Mac OS X", home)).isEqualTo(home.resolve("Library/Caches"));
        assertThat(TypesetLog.userDefault("0.16.4").file().toString()).contains("katex-0.16.4-mathml");
    }
}
