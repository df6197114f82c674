package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.Autosave;
import org.scholarfolio.ui.EditorViewModel;

/** Issue 13, point 3: edits made one second before a kill -9 are offered back on the next start. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void anEditOneSecondBeforeAKillIsOfferedBackOnTheNextStart() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());

        editInAChildAndKillIt("Reader in Logic");

        Autosave autosave = reopen();
        Optional<Autosave.Recovery> offered = autosave.pending();
        assertThat(offered).isPresent();
        assertThat(offered.get().portfolio().profile().position()).isEqualTo("Reader in Logic");
        assertThat(autosave.summary(offered.get())).containsExactly("Profile \u203a position changed");
    }

    @Test
    void twoHundredEditsMadeUpToOneSecondBeforeAKillAreAllOfferedBack() throws Exception {
        Portfolio saved = PortfolioGenerator.generate(12, 3, 5);
        PortfolioStore.save(dir, saved);
        saved = PortfolioStore.load(dir).portfolio();
        Portfolio expected = saved;
        for (UnaryOperator<Portfolio> edit : EditThenCrash.manyEdits()) {
            expected = edit.apply(expected);
        }
        expected = EditThenCrash.position("Reader in Logic").apply(expected);

        editInAChildAndKillIt("Reader in Logic", "many");

        // Appended change by change, not the whole portfolio each time; made while the open's check
        // for a journal ran (slow on a loaded machine), they are in its follow-on.
        Path journal = Autosave.recoveryFileFor(dir.resolve("portfolio.json"));
        List<Path> followOns = new StoreRecoveryFiles().followOns(journal);
        List<String> lines = Files.readAllLines(Files.exists(journal) ? journal : followOns.get(followOns.size() - 1));
        assertThat(lines.size()).isGreaterThanOrEqualTo(2);
        Autosave.Recovery offered = reopen().pending().orElseThrow();
        assertThat(offered.portfolio()).isEqualTo(expected);
        assertThat(offered.notes()).isEmpty();
    }

    @Test
    void editsMadeWhileTheQuestionIsOpenSurviveASecondKillAndAreOfferedBackWithTheFirst() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        editInAChildAndKillIt("Reader in Logic");
        Map<Path, String> firstCrashs = recoveryFiles();

        editInAChildAndKillIt("King's College", "while-asked");

        Map<Path, String> secondCrashs = recoveryFiles();
        assertThat(secondCrashs).as("not written over while unanswered").containsAllEntriesOf(firstCrashs)
                .hasSize(firstCrashs.size() + 1);
        Autosave autosave = reopen();
        Autosave.Recovery offered = autosave.pending().orElseThrow();
        assertThat(offered.portfolio().profile().position()).isEqualTo("Reader in Logic");
        assertThat(offered.portfolio().profile().affiliation()).isEqualTo("King's College");
        assertThat(offered.journals()).hasSize(2);
        assertThat(autosave.summary(offered)).startsWith("Profile \u203a position, affiliation changed");
    }

    /** The journal beside the portfolio and its follow-ons (where a check that had not ended left the edits). */
    private Map<Path, String> recoveryFiles() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path f : all.filter(f -> f.getFileName().toString().startsWith("portfolio.json.recovery")).toList()) {
                files.put(f, Files.readString(f));
            }
        }
        return files;
    }

    private Autosave reopen() throws Exception {
        EditorViewModel next = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        next.open(dir);
        return new Autosave(next, new StoreRecoveryFiles(), dir.resolve("untitled.json"));
    }

    private void editInAChildAndKillIt(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(EditThenCrash.class.getName());
        command.add(dir.toString());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("edited")) {
                System.out.println("child: " + line);
            }
            assertThat(line).as("the child made its edits").isEqualTo("edited");
            Thread.sleep(1000);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
    }
}
