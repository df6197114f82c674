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
        Path out = dir.resolve("out");
        Process child = ChildJvm.start(Probe.class.getName(), List.of(), out, dir.resolve("err"));
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out);
        assertThat(printed).startsWith("wanted: false\ntaken: true");
        assertThat(printed).containsPattern("c2 directives:\\s*inline: -\\s*Enable:\\w+ Exclude:true");
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
}
