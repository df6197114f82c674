package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The main class that {@code FirstJvmClassesTest} runs in a JVM of its own: makes the decisions {@code java -jar}'s first
 * JVM makes before it starts the editor's (the relaunch's command, the collector, the software rendering, the class
 * archive with this process's id, as a start after the first finds it), then prints how the relaunch came out. Its class path is no plain jar, so nothing
 * is started. Arguments: the portfolio's folder, the archives' folder, a file standing for the jar.
 */
public final class FirstJvmProbe {
    private FirstJvmProbe() {
    }

    public static void main(String[] args) throws IOException {
        OptionalInt editor = EditorRelaunch.run(new String[] {"open", args[0]});
        ClassArchive archive = ClassArchive.in("editor", Path.of(args[1]), Path.of(args[2]), System.getProperty("java.vm.info", ""),
                "probe", ThisProcess.pid()).orElse(null);
        if (archive != null) {
            // a later start's: the archive a first one wrote is there (a first start clears abandoned ones before writing)
            Files.createDirectories(archive.file().getParent());
            Files.write(archive.file(), new byte[] {1});
        }
        List<String> options = archive == null ? List.of() : archive.options();
        System.out.println("relaunched " + editor.isPresent() + ", archive options " + options.size());
    }
}
