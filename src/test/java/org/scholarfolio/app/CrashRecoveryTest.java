package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.Autosave;
import org.scholarfolio.ui.EditorViewModel;

/** Issue 13, point 3: an edit made one second before a kill -9 is offered back on the next start. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void anEditOneSecondBeforeAKillIsOfferedBackOnTheNextStart() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(EditThenCrash.class.getName(), dir.toString(), "Reader in Logic"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("edited")) {
                System.out.println("child: " + line);
            }
            assertThat(line).as("the child made its edit").isEqualTo("edited");
            Thread.sleep(1000);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }

        EditorViewModel next = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        next.open(dir);
        Autosave autosave = new Autosave(next, new StoreRecoveryFiles(), dir.resolve("untitled.json"));
        Optional<Autosave.Recovery> offered = autosave.pending();
        assertThat(offered).isPresent();
        assertThat(offered.get().portfolio().profile().position()).isEqualTo("Reader in Logic");
        assertThat(autosave.summary(offered.get())).containsExactly("Profile changed");
    }
}
