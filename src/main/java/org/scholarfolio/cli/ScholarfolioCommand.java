package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line front door: {@code scholarfolio <command> ...}. */
@Command(name = "scholarfolio",
        mixinStandardHelpOptions = true,
        versionProvider = ScholarfolioCommand.Version.class,
        description = "Keeps a researcher's homepage as a portfolio folder and publishes it as a static site.")
public final class ScholarfolioCommand implements Runnable {
    /**
     * The subcommands, in the order the help lists them. Added when the command line is built:
     * only the one named first on the command line, so that a run does not pay for picocli reading
     * the annotations of every command (a third of a short import's processor time); all of them
     * for help, the version and a name that is not a command.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(ValidateCommand.class, FormatCommand.class,
            ExportCommand.class, PublishCommand.class, PublishWorkflowCommand.class, ImportCommand.class, AddCommand.class,
            MetricsCommand.class, GenerateCommand.class, ExportFormatCommands.Bibtex.class,
            ExportFormatCommands.Alfolio.class, ExportFormatCommands.Csl.class, CommandLine.HelpCommand.class);

    /** Exit code when a portfolio cannot be read at all. */
    public static final int EXIT_UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment the commands see: service addresses and the cache folder come from it. */
    private Map<String, String> environment = System.getenv();

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with the given environment variables. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        ScholarfolioCommand root = new ScholarfolioCommand();
        root.environment = Map.copyOf(environment);
        CommandLine cl = new CommandLine(root);
        String named = args.length > 0 ? args[0] : "";
        SUBCOMMANDS.forEach((name, command) -> {
            if (!SUBCOMMANDS.containsKey(named) || named.equals("help") || name.equals(named)) {
                cl.addSubcommand(name, command);
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : commands) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return Collections.unmodifiableMap(byName);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ScholarfolioCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Scholarfolio " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
