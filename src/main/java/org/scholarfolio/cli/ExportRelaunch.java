package org.scholarfolio.cli;

import java.util.List;
import java.util.OptionalInt;

/**
 * A full export started by {@code java -jar} runs in a second JVM started with the command-line
 * launcher's options ({@code packaging/jpackage-cli.cfg}): the quick compiler only, the serial
 * collector and a small first heap. {@code java -jar} names no JVM options, and a running JVM can
 * change neither its collector nor how G1 grows its heap ({@link SmallHeap}); measured, the second
 * start costs far less than those save (ADR {@code command-line-launcher-with-its-own-options.md}).
 * Asked only after the export was found to have pages to write ({@link UnchangedExport}), only for
 * a JVM started as {@code java -jar} with no options of its own ({@link JvmRelaunch}). The second
 * JVM maps a class-data archive of the export's classes from the user's cache folder, which the
 * first such export writes ({@link ClassArchive}).
 */
public final class ExportRelaunch {
    /**
     * The command-line launcher's options, as {@code packaging/jpackage-cli.cfg} lists them. The young
     * generation is held to 128 MB: the serial collector gives it a third of the heap, so at 100,000
     * publications, whose pages are written from 700-800 MB of live data, the old generation of a
     * 1 GB heap was too small to hold it and the export collected in full for many minutes; an export
     * of 10,000 grows its young generation to 66 MB, under the cap. The last
     * two tell the JVM's own code that its options were chosen for it: nothing to ask of the running
     * JVM ({@link QuickCompilation}) and no JVM to start again, so neither reads the process's
     * arguments (a thread and ~30 classes of {@code ProcessHandle}) to learn them. Reflection through native
     * accessors (Java 18+; Java 17 ignores the property): from Java 18 a reflective call is made of method
     * handles, and the process's first one (the first {@code EnumMap} or {@code EnumSet} of an enum reads its
     * constants so, the first stream makes one) made a method-handle class at run time with the JDK's class-file
     * writer, all interpreted, on the main thread before the portfolio's read; an export makes a few dozen
     * reflective calls, where a native call's cost per call does not count.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:InitialHeapSize=32m",
            "-XX:MaxNewSize=128m", "-Dfile.encoding=UTF-8", "-D" + QuickCompilation.PROPERTY + "=false", "-D" + JvmRelaunch.PROPERTY + "=false",
            "-Djdk.reflect.useNativeAccessorOnly=true");

    private ExportRelaunch() {
    }

    /** The export's exit code when it ran in a second JVM, empty when this JVM should run it. */
    public static OptionalInt run(String[] args) {
        String classPath = System.getProperty("java.class.path", "");
        if (!JvmRelaunch.oneJar(classPath) || !Boolean.parseBoolean(System.getProperty(JvmRelaunch.PROPERTY, "true"))) {
            return OptionalInt.empty(); // the app image's launchers, a test, the second JVM: no need to ask for the JVM's options
        }
        return JvmRelaunch.run("export", command(args, JvmRelaunch.jvmOptions(), classPath,
                System.getProperty("sun.java.command", ""), System.getProperty(JvmRelaunch.PROPERTY, "true")));
    }

    /**
     * The second JVM's command line, or an empty list when this JVM exports: not an export, or
     * {@link JvmRelaunch#command} says this JVM runs it. The jar and its main class are named
     * ({@code -cp <jar> org.scholarfolio.app.Launcher}), as for the editor's second JVM, not {@code -jar <jar>}:
     * {@code -jar} makes Java's launcher read the jar's manifest for the main class (and, while the
     * manifest had {@code Add-Opens}, open the package it named: 11 classes of the export JVM's start,
     * two of them lambdas spun before {@code main}). The jar's {@code Class-Path} applies either way,
     * and the class archive is named and mapped as before.
     */
    static List<String> command(String[] args, List<String> jvmOptions, String classPath, String javaCommand, String property) {
        if (args.length == 0 || !args[0].equals("export")) {
            return List.of();
        }
        return JvmRelaunch.command(OPTIONS, args, jvmOptions, classPath, javaCommand, property, EditorRelaunch.MAIN_CLASS);
    }
}
