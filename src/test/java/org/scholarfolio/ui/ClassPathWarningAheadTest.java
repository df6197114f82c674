package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ClassLoadLog;

class ClassPathWarningAheadTest {
    /** The packages of what the first warning sets up: the logger's finder, java.util.logging, the formatter's date and zone. */
    private static final List<String> SET_UP = List.of("jdk.internal.logger.", "java.util.logging.", "sun.util.logging.",
            "java.time.");

    /**
     * In JVMs of their own, so that nothing has logged yet: after the set-up, a warning logged as JavaFX logs its own
     * loads none of the logging, finder or date classes, which without it the warning loads itself.
     */
    @Test
    void theWarningAfterTheSetUpLoadsNoLoggingClass(@TempDir Path folder) throws Exception {
        assertThat(classesLoadedByTheWarning(true, folder).stream().filter(ClassPathWarningAheadTest::setUpAhead)).isEmpty();
        assertThat(classesLoadedByTheWarning(false, folder).stream().filter(ClassPathWarningAheadTest::setUpAhead)).isNotEmpty();
    }

    /** The set-up prints nothing; the warning is still printed, once, after it. */
    @Test
    void theSetUpPrintsNothingAndTheWarningStillShows(@TempDir Path folder) throws Exception {
        classesLoadedByTheWarning(true, folder);
        String err = Files.readString(folder.resolve("err"), StandardCharsets.UTF_8);
        assertThat(err.split("Unsupported JavaFX configuration", -1)).as(err).hasSize(2);
        assertThat(err).contains("WARNING: " + PrepareThenWarn.WARNING);
        assertThat(Files.readString(folder.resolve("out"), StandardCharsets.UTF_8)).startsWith("set up");
    }

    private static boolean setUpAhead(String classLoad) {
        return SET_UP.stream().anyMatch(prefix -> classLoad.contains("] " + prefix));
    }

    private static List<String> classesLoadedByTheWarning(boolean setUpAhead, Path folder) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + folder.resolve("classes"), "-cp", System.getProperty("java.class.path"),
                PrepareThenWarn.class.getName(), Boolean.toString(setUpAhead));
        Process child = new ProcessBuilder(command).redirectOutput(folder.resolve("out").toFile())
                .redirectError(folder.resolve("err").toFile()).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(folder.resolve("out"), StandardCharsets.UTF_8);
        assertThat(out).as(out).contains("warning logged");
        return ClassLoadLog.between(folder.resolve("classes"), PrepareThenWarn.Begin.class, PrepareThenWarn.End.class);
    }

    /** Sets up ahead or not, then logs a warning as JavaFX's PlatformLogger does, between two marker classes' loads. */
    public static final class PrepareThenWarn {
        static final String WARNING = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'";

        public static void main(String[] args) {
            if (Boolean.parseBoolean(args[0])) {
                ClassPathWarningAhead.prepare();
                System.out.println("set up");
            }
            Begin.mark();
            System.getLogger(ClassPathWarningAhead.JAVAFX_LOGGER).log(System.Logger.Level.WARNING, WARNING);
            End.mark();
            System.out.println("warning logged");
        }

        static final class Begin {
            static void mark() {
            }
        }

        static final class End {
            static void mark() {
            }
        }
    }
}
