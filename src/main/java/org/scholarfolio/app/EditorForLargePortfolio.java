package org.scholarfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.scholarfolio.cli.JvmRelaunch;
import org.scholarfolio.cli.LargePortfolioCollector;
import org.scholarfolio.ui.OtherEditor;

/**
 * Starts a new editor for a large portfolio opened from a running one whose JVM runs G1: the
 * launchers start an editor on such a portfolio with Shenandoah ({@link LargePortfolioCollector}),
 * and a running JVM cannot change its collector. The new editor is started the way this one was: the
 * app image's launcher ({@code jpackage.app-path}), or {@code java -jar} with this JVM's jar. Under
 * neither (a test's or an IDE's class path), or when the new editor could not take Shenandoah
 * either, the portfolio opens here.
 */
public final class EditorForLargePortfolio implements OtherEditor {
    /** Set in the new editor's environment: it opens everything itself, so that no editor ever starts another in turn. */
    static final String STARTED_FOR_LARGE = "SCHOLARFOLIO_STARTED_FOR_LARGE_PORTFOLIO";

    private final Optional<List<String>> launcher;
    private final BooleanSupplier handsOff;
    private final Predicate<List<String>> starter;

    /**
     * {@code handsOff} is asked only when a large portfolio is opened (it may load JMX's classes); {@code starter} starts a
     * command, false when it could not.
     */
    EditorForLargePortfolio(Optional<List<String>> launcher, BooleanSupplier handsOff, Predicate<List<String>> starter) {
        this.launcher = launcher;
        this.handsOff = handsOff;
        this.starter = starter;
    }

    /** For this JVM: hands off when it is not on Shenandoah, the runtime has it, and it was not itself started for a large portfolio. */
    public static OtherEditor forThisJvm() {
        // Only Linux's launcher script chooses the collector; the native launchers of macOS and Windows would start G1 again.
        boolean scriptLauncher = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return new EditorForLargePortfolio(launcherOf(scriptLauncher ? System.getProperty("jpackage.app-path") : null,
                System.getProperty("java.class.path", ""),
                Path.of(System.getProperty("java.home"), "bin", "java")), () -> System.getenv(STARTED_FOR_LARGE) == null
                && !LargePortfolioCollector.runsOnShenandoah() && LargePortfolioCollector.runtimeHasShenandoah(),
                EditorForLargePortfolio::start);
    }

    /**
     * The command that starts an editor as this one was started, without its arguments: the app image's launcher at
     * {@code appPath} (null: none that would choose the collector), else {@code java -jar} when the class path is one jar;
     * empty otherwise.
     */
    static Optional<List<String>> launcherOf(String appPath, String classPath, Path java) {
        if (appPath != null && !appPath.isBlank()) {
            return Optional.of(List.of(appPath));
        }
        if (JvmRelaunch.oneJar(classPath)) {
            return Optional.of(List.of(java.toString(), "-jar", classPath));
        }
        return Optional.empty();
    }

    @Override
    public boolean openedElsewhere(Path path) {
        if (launcher.isEmpty() || !LargePortfolioCollector.large(path.toString()) || !handsOff.getAsBoolean()) {
            return false;
        }
        return starter.test(command(launcher.get(), path));
    }

    /** {@code launcher}'s command opening {@code path}. */
    static List<String> command(List<String> launcher, Path path) {
        List<String> command = new ArrayList<>(launcher);
        command.add("open");
        command.add(path.toAbsolutePath().toString());
        return command;
    }

    /** Starts {@code command} with {@link #STARTED_FOR_LARGE} set; false when it could not be started. */
    static boolean start(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(Map.of(STARTED_FOR_LARGE, "1"));
        try {
            builder.start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // then this window opens it, on its own collector
        }
    }
}
