package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ChildJvm;

class QuickCompilationTest {
    @Test
    void theRunningJvmTakesTheDirectiveThatLeavesOutTheOptimisingCompiler(@TempDir Path dir) throws Exception {
        // In a child: the directive holds for the rest of the process, which must not be this one.
        String printed = printedBy(Probe.class, List.of(), dir);
        assertThat(printed).startsWith("wanted: false\ntaken: true");
        assertThat(printed).containsPattern("c2 directives:\\s*inline: -\\s*Enable:\\w+ Exclude:true");
    }

    @Test
    void theJarsOwnWayAsksTheJvmWithoutTheManagementServer(@TempDir Path dir) throws Exception {
        // The jar's manifest opens the diagnostic command's class; the child is given the same.
        String printed = printedBy(DirectProbe.class,
                List.of("--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED"), dir);
        assertThat(printed).startsWith("taken: true");
        assertThat(printed).containsPattern("c2 directives:\\s*inline: -\\s*Enable:\\w+ Exclude:true");
    }

    @Test
    void theEditorsRequestWithoutTheOpenedClassLeavesTheCompilersAlone(@TempDir Path dir) throws Exception {
        // Not through the management server: its start would cost the first window more than C1 saves.
        String printed = printedBy(EditorProbe.class, List.of(), dir);
        assertThat(printed).startsWith("taken: false");
        assertThat(printed).doesNotContain("Exclude:true");
    }

    /** What {@code probe}'s main printed in a child JVM started with {@code options}. */
    private static String printedBy(Class<?> probe, List<String> options, Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(probe.getName(), options, out, dir.resolve("err"));
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(out);
    }

    @Test
    void theDirectWayIsKnownToBeShutWithoutTryingIt() {
        // this test JVM, like a java -jar one now, does not open the diagnostic command's class
        assertThat(QuickCompilation.directWayOpen()).isFalse();
        assertThat(QuickCompilation.runDirectly("VM.version")).isNull();
    }

    @Test
    void withoutTheOpenedClassTheDirectWayDeclines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("directive.json"), "[]");
        assertThat(QuickCompilation.askDirectly(file)).isFalse();
    }

    @Test
    void theLauncherAsksForTheImportsOnly() {
        assertThat(QuickCompilation.isImport("import", "alfolio", "site", "--out", "p")).isTrue();
        assertThat(QuickCompilation.isImport("import", "bibtex", "a.bib", "--into", "p")).isTrue();
        assertThat(QuickCompilation.isImport("import", "orcid", "0000-0002-1825-0097")).isFalse();
        assertThat(QuickCompilation.isImport("validate", "p")).isFalse();
        assertThat(QuickCompilation.isImport("import")).isFalse();
    }

    @Test
    void aJvmWithTheCompilersItChoseItselfIsAsked() {
        // The test JVM is started as `java -jar` starts one: no compiler options (the build turns
        // the property off for it, so that in-process exports leave its compilers alone).
        assertThat(withProperty("true", QuickCompilation::wanted)).isTrue();
    }

    @Test
    void aJvmTurnedOffByThePropertyIsNotAsked() {
        assertThat(withProperty("false", QuickCompilation::wanted)).isFalse();
    }

    private static boolean withProperty(String value, java.util.function.BooleanSupplier check) {
        String before = System.getProperty(QuickCompilation.PROPERTY);
        System.setProperty(QuickCompilation.PROPERTY, value);
        try {
            return check.getAsBoolean();
        } finally {
            if (before == null) {
                System.clearProperty(QuickCompilation.PROPERTY);
            } else {
                System.setProperty(QuickCompilation.PROPERTY, before);
            }
        }
    }

    /** Asks the JVM the jar's way, then prints what it now holds. */
    public static final class DirectProbe {
        public static void main(String[] args) throws Exception {
            if (!QuickCompilation.directWayOpen()) {
                throw new AssertionError("the option opens the direct way's class");
            }
            Path file = Files.createTempFile("directive", ".json");
            Files.writeString(file, "[{match: \"*.*\", c2: {Exclude: true}}]");
            boolean taken = QuickCompilation.askDirectly(file);
            Files.delete(file);
            System.out.println("taken: " + taken);
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        }
    }

    /** Asks the editor's way (the jar's way only), then prints what the JVM now holds. */
    public static final class EditorProbe {
        public static void main(String[] args) throws Exception {
            boolean taken = QuickCompilation.requestDirectly();
            System.out.println("taken: " + taken);
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        }
    }

    /** Asks for the directive, then prints what the JVM now holds. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            // ChildJvm starts it C1-only, as the app image's launcher does: not asked then.
            System.out.println("wanted: " + QuickCompilation.wanted());
            boolean taken = QuickCompilation.request();
            Object directives = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            System.out.println("taken: " + taken);
            System.out.println(directives);
        }
    }

    @Test
    void theEditorUnderTheAppImagesLauncherAsksNothing() {
        assertThat(QuickCompilation.underAppImage("/opt/scholarfolio/bin/Scholarfolio")).isTrue();
        assertThat(QuickCompilation.underAppImage(null)).isFalse();
        assertThat(QuickCompilation.underAppImage("")).isFalse();
    }
}
