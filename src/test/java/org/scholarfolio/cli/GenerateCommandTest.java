package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesAPortfolioThatValidatesAndIsTheSameForTheSameSeed() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CommandRun first = CommandRun.of("generate", "--publications", "50", "--news", "20", "--seed", "4", "--out", a.toString());
        CommandRun second = CommandRun.of("generate", "--publications", "50", "--news", "20", "--seed", "4", "--out", b.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).isZero();
        assertThat(first.out()).contains("50 publications and 20 news items");
        assertThat(Files.readAllBytes(b.resolve("portfolio.json"))).isEqualTo(Files.readAllBytes(a.resolve("portfolio.json")));
        CommandRun validate = CommandRun.of("validate", a.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("0 errors, 0 warnings");
    }

    @Test
    void refusesAFolderThatHoldsAPortfolio() throws Exception {
        Path file = Files.createDirectories(tmp.resolve("mine")).resolve("portfolio.json");
        Files.writeString(file, "{\"schemaVersion\": 1}");
        CommandRun run = CommandRun.of("generate", "--publications", "1", "--news", "1", "--out", file.getParent().toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("{\"schemaVersion\": 1}");
    }
}
