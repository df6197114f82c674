package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** This process's id, program and arguments read without the process handles, and the same as theirs. */
class ThisProcessTest {
    @Test
    void aCommandLinesStringsAfterTheProgramsNameAreTheArguments() {
        byte[] commandLine = "java\0-Xmx1g\0-jar\0/tmp/a folder/scholarfolio.jar\0open\0Écrits\0".getBytes(StandardCharsets.UTF_8);

        assertThat(ThisProcess.fromCommandLine(commandLine, StandardCharsets.UTF_8))
                .containsExactly("-Xmx1g", "-jar", "/tmp/a folder/scholarfolio.jar", "open", "Écrits");
        assertThat(ThisProcess.fromCommandLine("java\0-jar\0x.jar".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .as("no last terminator").containsExactly("-jar", "x.jar");
        assertThat(ThisProcess.fromCommandLine("java\0".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEmpty();
        assertThat(ThisProcess.fromCommandLine(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theIdProgramAndArgumentsAreTheProcessHandles() {
        ProcessHandle self = ProcessHandle.current();

        assertThat(ThisProcess.pid()).isEqualTo(self.pid());
        assertThat(ThisProcess.command()).isEqualTo(self.info().command().orElseThrow());
        assertThat(ThisProcess.arguments()).hasValueSatisfying(arguments -> assertThat(arguments)
                .containsExactly(self.info().arguments().orElseThrow()));
    }
}
