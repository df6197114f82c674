package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.SparsePortfolio;

/** Which large portfolios a running editor hands to a new one, and how that one is started. */
class EditorForLargePortfolioTest {
    @TempDir
    Path dir;

    private Path portfolioOf(String name, long size) throws Exception {
        return SparsePortfolio.in(dir, name, size);
    }

    @Test
    void theNewEditorIsStartedAsThisOneWas() {
        Path java = Path.of("/jdk/bin/java");
        assertThat(EditorForLargePortfolio.launcherOf("/opt/scholarfolio/bin/Scholarfolio", "/opt/scholarfolio/lib/app/x.jar", java))
                .contains(List.of("/opt/scholarfolio/bin/Scholarfolio"));
        assertThat(EditorForLargePortfolio.launcherOf(null, "/home/me/scholarfolio.jar", java))
                .contains(List.of("/jdk/bin/java", "-jar", "/home/me/scholarfolio.jar"));
        assertThat(EditorForLargePortfolio.launcherOf(null, "target/classes" + File.pathSeparator + "lib/a.jar", java)).isEmpty();
        assertThat(EditorForLargePortfolio.launcherOf("", "target/classes", java)).isEmpty();
    }

    @Test
    void onlyALargePortfolioIsHandedOffAndOnlyWhenThisJvmShouldNotReadIt() throws Exception {
        Path large = portfolioOf("large", 64L << 20);
        Path small = portfolioOf("small", 4096);
        AtomicInteger asked = new AtomicInteger();
        List<List<String>> started = new ArrayList<>();
        EditorForLargePortfolio handing = new EditorForLargePortfolio(Optional.of(List.of("/bin/Scholarfolio")),
                () -> asked.incrementAndGet() > 0, started::add);
        EditorForLargePortfolio keeping = new EditorForLargePortfolio(Optional.of(List.of("/bin/Scholarfolio")), () -> false,
                started::add);
        EditorForLargePortfolio noLauncher = new EditorForLargePortfolio(Optional.empty(), () -> true, started::add);

        assertThat(handing.openedElsewhere(small)).isFalse();
        assertThat(asked).as("the JVM is asked about its collector only for a large portfolio").hasValue(0);
        assertThat(handing.openedElsewhere(large)).isTrue();
        assertThat(keeping.openedElsewhere(large)).isFalse();
        assertThat(noLauncher.openedElsewhere(large)).isFalse();
        assertThat(started).containsExactly(List.of("/bin/Scholarfolio", "open", large.toAbsolutePath().toString()));
    }

    @Test
    void anEditorThatCannotBeStartedLeavesTheOpenToThisWindow() throws Exception {
        Path large = portfolioOf("large", 64L << 20);
        EditorForLargePortfolio broken = new EditorForLargePortfolio(Optional.of(List.of(dir.resolve("no-such-launcher").toString())),
                () -> true, EditorForLargePortfolio::start);

        assertThat(broken.openedElsewhere(large)).isFalse();
    }
}
