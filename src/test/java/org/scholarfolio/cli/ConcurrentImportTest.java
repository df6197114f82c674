package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.app.Launcher;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.testing.ChildJvm;

/** Two {@code import bibtex} processes started together into one portfolio: both land, or one refuses naming the lock. */
class ConcurrentImportTest {
    @TempDir
    Path dir;

    @Test
    void twoImportsStartedTogetherBothLandOrOneRefusesNamingTheLock() throws Exception {
        Path portfolio = dir.resolve("homepage");
        Files.createDirectories(portfolio);
        PortfolioStore.save(portfolio, Portfolio.empty());
        Path first = bib("first", 600);
        Path second = bib("second", 300);

        Process a = ChildJvm.start(Launcher.class, dir.resolve("a.out"), dir.resolve("a.err"),
                "import", "bibtex", first.toString(), "--into", portfolio.toString());
        Process b = ChildJvm.start(Launcher.class, dir.resolve("b.out"), dir.resolve("b.err"),
                "import", "bibtex", second.toString(), "--into", portfolio.toString());
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();

        Set<String> keys = PortfolioStore.load(portfolio).portfolio().publications().stream()
                .map(Publication::citationKey).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>();
        for (Run run : List.of(new Run(a, "a", "first", 600), new Run(b, "b", "second", 300))) {
            String err = Files.readString(dir.resolve(run.name() + ".err"));
            if (run.process().exitValue() == 0) {
                for (int i = 0; i < run.entries(); i++) {
                    expected.add(run.prefix() + i);
                }
            } else {
                assertThat(run.process().exitValue()).as(err).isEqualTo(1);
                assertThat(err).contains("is being written by import bibtex (process").contains("portfolio.json.lock");
            }
        }
        assertThat(expected).as("at least one import lands").isNotEmpty();
        assertThat(keys).isEqualTo(expected);
    }

    private record Run(Process process, String name, String prefix, int entries) {
    }

    private Path bib(String prefix, int entries) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            sb.append("@article{").append(prefix).append(i).append(",\n  title = {").append(prefix)
                    .append(" study number ").append(i).append("},\n  author = {Doe, Jane and Roe, Richard},\n")
                    .append("  journal = {Journal of Tests},\n  year = {2020}\n}\n\n");
        }
        Path file = dir.resolve(prefix + ".bib");
        Files.writeString(file, sb);
        return file;
    }
}
