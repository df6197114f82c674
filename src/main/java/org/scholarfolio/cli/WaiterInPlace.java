package org.scholarfolio.cli;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.StringArray;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar}'s first JVM, waiting for the editor's JVM it started ({@link EditorRelaunch}), turns itself into a
 * small program that does only that: the process is replaced ({@code execve}: the same process id, so still the
 * shell's child with the terminal, and still the editor's parent) by perl waiting for the editor and ending with its
 * exit code, about 7 MB resident (5.6 MB proportional) where the JVM held about 40 (23 proportional: the JDK's class
 * archive it relocated, its heap's first region, its share of libjvm). A stop it is sent (INT, TERM, HUP) is passed
 * on to the editor as a TERM and ends it with 128 and the signal's number once the editor has ended, as the JVM's
 * shutdown hook did ({@link JvmRelaunch}).
 * <p>
 * It happens {@link #DELAY_MILLIS} after the editor's start, on a thread of least priority: the native access
 * ({@code execve} through JNA) takes a JVM without an archive of its classes 155–400 ms on a busy machine, which would
 * otherwise come before the editor's start or compete with its first window for a core. Only on Linux, with a perl where Debian and its
 * derivatives always have one; elsewhere, when the editor has ended already, when the first JVM writes the editor's
 * class archive (it must settle it after the editor's exit: {@link ClassArchive}), or when anything in the way fails,
 * the JVM waits itself as before. {@code -Dscholarfolio.waiterInPlace=false} keeps it waiting (ADR
 * {@code java-jar-first-jvm-replaced-by-a-waiter.md}).
 */
final class WaiterInPlace {
    static final String PROPERTY = "scholarfolio.waiterInPlace";
    /** How long after the editor's start the first JVM replaces itself. */
    static final long DELAY_MILLIS = 10_000;
    /** Where the waiter's program may be, first found first taken. */
    static final List<Path> PERLS = List.of(Path.of("/usr/bin/perl"), Path.of("/bin/perl"));
    /**
     * The waiter, given the editor's process id: names itself in the process list, waits for it, ends with its exit code (a signal's as 128 and its
     * number, as Java's {@code Process.exitValue} gives it); a stop passes on to the editor, and the waiter ends as a
     * JVM stopped so would. 1 when the editor cannot be waited for.
     */
    static final String SCRIPT = String.join("\n",
            "use POSIX ();",
            // named in the process list as what it is, not as a perl one-liner
            "$0 = 'scholarfolio (waiting for its editor, process ' . $ARGV[0] . ')';",
            "my ($editor, $stopped) = (shift, '');",
            "my %number = (HUP => 1, INT => 2, TERM => 15);",
            "$SIG{$_} = sub { $stopped ||= shift; kill 'TERM', $editor } for keys %number;",
            // blocked by the JVM before its execve: a stop sent before the handlers were in place waited, and comes now
            "POSIX::sigprocmask(POSIX::SIG_UNBLOCK(), POSIX::SigSet->new(values %number));",
            "exit 1 if waitpid($editor, 0) < 0;",
            "exit 128 + $number{$stopped} if $stopped;",
            "exit(($? & 127) ? 128 + ($? & 127) : $? >> 8);");
    /** {@code fcntl}'s command to set a descriptor's flags and its close-on-exec flag (Linux and the BSDs alike). */
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;
    /** {@code pthread_sigmask}'s how (Linux's values). */
    private static final int SIG_BLOCK = 0;
    private static final int SIG_UNBLOCK = 1;
    /** HUP (1), INT (2) and TERM (15) as bits of a {@code sigset_t}'s first word, bit n - 1 for signal n. */
    private static final long STOPS = 1L | 1L << 1 | 1L << 14;
    /** glibc's {@code sigset_t}: 1,024 bits. */
    private static final int SIGSET_BYTES = 128;

    private WaiterInPlace() {
    }

    /** Replaces this JVM by the waiter {@link #DELAY_MILLIS} from now, if it can and {@code editor} still runs then. */
    static void startAfterDelay(Process editor) {
        Path perl = perl();
        if (perl == null || !Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
                || !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return;
        }
        // A class of its own, not a lambda: a lambda's class is spun at its first use in this JVM, before the editor's start.
        Thread thread = new Thread(new Replace(editor, perl), "waiter-in-place");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The first of {@link #PERLS} that can be run, or null. */
    static Path perl() {
        for (Path perl : PERLS) {
            if (Files.isExecutable(perl)) {
                return perl;
            }
        }
        return null;
    }

    /** The waiter's command line for the editor of process id {@code editor}. */
    static List<String> command(Path perl, long editor) {
        return List.of(perl.toString(), "-e", SCRIPT, Long.toString(editor));
    }

    /**
     * Replaces this process by {@code command} with {@code environment} if {@code editor} still runs; returns only when it
     * did not (no native access, an {@code execve} refused, the editor ended), and then changed nothing this JVM needs.
     * The JVM's own files (its runtime image, the jar) are closed in the waiter: they are left open without
     * close-on-exec.
     */
    static void replace(Process editor, List<String> command, Map<String, String> environment) {
        try {
            Function execve = Function.getFunction("c", "execve");
            closeOnExec(Function.getFunction("c", "fcntl"));
            List<String> variables = new ArrayList<>(environment.size());
            for (Map.Entry<String, String> variable : environment.entrySet()) {
                variables.add(variable.getKey() + "=" + variable.getValue());
            }
            if (!editor.isAlive()) {
                return; // it ended while the native access loaded: the JVM has its exit code
            }
            System.out.flush();
            System.err.flush();
            // A stop that comes after the execve but before perl's handlers would end the waiter alone and leave the
            // editor running: this thread's mask, kept across execve, holds it until the waiter unblocks it. One that
            // comes before goes to another thread of this JVM, whose shutdown hook passes it on as before.
            Function sigmask = Function.getFunction("c", "pthread_sigmask");
            Memory stops = new Memory(SIGSET_BYTES);
            stops.clear();
            stops.setLong(0, STOPS);
            sigmask.invokeInt(new Object[] {SIG_BLOCK, stops, null});
            execve.invokeInt(new Object[] {command.get(0), new StringArray(command.toArray(new String[0])),
                    new StringArray(variables.toArray(new String[0]))});
            sigmask.invokeInt(new Object[] {SIG_UNBLOCK, stops, null}); // refused: this thread goes on as it was
        } catch (LinkageError | RuntimeException e) {
            // no native access here (JNA's library for another system, say): the JVM waits itself
        }
    }

    /** Marks this process's descriptors past stderr close-on-exec. */
    private static void closeOnExec(Function fcntl) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors) {
                int fd = Integer.parseInt(descriptor.getFileName().toString());
                if (fd > 2) {
                    fcntl.invokeInt(new Object[] {fd, F_SETFD, FD_CLOEXEC});
                }
            }
        } catch (IOException | NumberFormatException e) {
            // left open in the waiter: harmless, only held
        }
    }

    /** The delayed replacement. */
    private record Replace(Process editor, Path perl) implements Runnable {
        @Override
        public void run() {
            try {
                Thread.sleep(DELAY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            replace(editor, command(perl, editor.pid()), System.getenv());
        }
    }
}
