package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecentPortfoliosTest {
    private final List<List<Path>> stored = new ArrayList<>();

    private static Path p(String name) {
        return Path.of("/work", name, "portfolio.json");
    }

    @Test
    void openedFilesMoveToTheTopWithoutDuplicates() {
        RecentPortfolios recent = new RecentPortfolios(List.of(p("a"), p("b")), stored::add);

        recent.opened(p("b"));
        recent.opened(p("c"));

        assertThat(recent.paths()).containsExactly(p("c"), p("b"), p("a"));
        assertThat(stored).last().isEqualTo(List.of(p("c"), p("b"), p("a")));
    }

    @Test
    void theListKeepsTheNewestEight() {
        RecentPortfolios recent = new RecentPortfolios(List.of(), stored::add);
        for (int i = 0; i < 10; i++) {
            recent.opened(p("site" + i));
        }
        assertThat(recent.paths()).hasSize(RecentPortfolios.MAX).first().isEqualTo(p("site9"));
    }

    @Test
    void reopeningTheTopFileStoresNothing() {
        RecentPortfolios recent = new RecentPortfolios(List.of(p("a")), stored::add);
        recent.opened(p("a"));
        assertThat(stored).isEmpty();
    }

    @Test
    void aFileThatIsGoneCanBeForgotten() {
        RecentPortfolios recent = new RecentPortfolios(List.of(p("a"), p("b")), stored::add);
        recent.forget(p("a"));
        assertThat(recent.paths()).containsExactly(p("b"));
    }
}
