package org.scholarfolio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * An import of a site or a BibTeX file started by {@code java -jar} runs in a second JVM started with the command-line
 * launcher's options, as a full export does ({@link ExportRelaunch}): the quick compiler only, the serial collector and a
 * small first heap. Run in the first JVM, the import asked that JVM for them on a thread of its own ({@link QuickCompilation},
 * {@link SmallHeap}) through a diagnostic command's class that only the jar's manifest opened to it ({@code Add-Opens}),
 * and applying that opening cost every {@code java -jar} start 15 ms of processor time before {@code main}, the editor's and
 * the export's included, which do not need it. Only for a JVM started as {@code java -jar} with no options of its own
 * ({@link JvmRelaunch}); a run given JVM options imports in its own JVM. Standard input, output and error are the
 * terminal's, and the exit code is the import's. The second JVM maps no class archive: an import is a one-off, and
 * writing the archive at the first one's exit would cost it more than the later ones would save.
 */
public final class ImportRelaunch {
    private ImportRelaunch() {
    }

    /**
     * Is the command an import of a site or a BibTeX file (the imports that ask for the quick compiler, and that
     * {@link DirectImport} runs)? Asked here, not of {@link QuickCompilation}, so that the first JVM of an export or the
     * editor does not load that class (its verification reads {@code JMException} from the runtime's image, and its
     * {@code AtomicBoolean} sets up the var handles: some twenty classes before the second JVM's start).
     */
    public static boolean isImport(String... args) {
        return args.length >= 2 && args[0].equals("import") && (args[1].equals("alfolio") || args[1].equals("bibtex"));
    }

    /** The import's exit code when it ran in a second JVM, empty when this JVM should run it. */
    public static OptionalInt run(String[] args) {
        String classPath = System.getProperty("java.class.path", "");
        if (!isImport(args) || !JvmRelaunch.oneJar(classPath)
                || !Boolean.parseBoolean(System.getProperty(JvmRelaunch.PROPERTY, "true"))) {
            return OptionalInt.empty(); // the app image's launchers, a test, the second JVM: no need to ask for the JVM's options
        }
        return JvmRelaunch.run("import", command(args, JvmRelaunch.jvmOptions(), classPath, System.getProperty("sun.java.command", ""),
                System.getProperty(JvmRelaunch.PROPERTY, "true")), (Path) null);
    }

    /**
     * The second JVM's command line ({@code -cp <jar> org.scholarfolio.app.Launcher import …}, with the options of
     * {@code packaging/jpackage-cli.cfg}), or an empty list when this JVM imports: not an import of a site or a BibTeX file,
     * or {@link JvmRelaunch#command} says this JVM runs it.
     */
    static List<String> command(String[] args, List<String> jvmOptions, String classPath, String javaCommand, String property) {
        if (!isImport(args)) {
            return List.of();
        }
        return JvmRelaunch.command(ExportRelaunch.OPTIONS, args, jvmOptions, classPath, javaCommand, property, EditorRelaunch.MAIN_CLASS);
    }
}
