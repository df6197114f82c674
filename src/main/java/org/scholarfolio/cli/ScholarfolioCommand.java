package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line front door: {@code scholarfolio <command> ...}. */
@Command(name = "scholarfolio",
        mixinStandardHelpOptions = true,
        versionProvider = ScholarfolioCommand.Version.class,
        description = "Keeps a researcher's homepage as a portfolio folder and publishes it as a static site.")
public final class ScholarfolioCommand implements Runnable {
    // In the order the help lists them; added in code, not in @Command, so that a run of one command
    // need not have picocli read every command's options (a second of a cold process's start).
    private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, FormatCommand.class,
            ExportCommand.class, PublishCommand.class, PublishWorkflowCommand.class, ImportCommand.class,
            AddCommand.class, MetricsCommand.class, GenerateCommand.class, ExportFormatCommands.Bibtex.class,
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
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> args.length > 0 && c.getAnnotation(Command.class).name().equals(args[0])).toList();
        // "help", a typo or no command at all: every command, for the usage and the suggestions.
        for (Class<?> command : named.isEmpty() || named.get(0) == CommandLine.HelpCommand.class ? SUBCOMMANDS : named) {
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        // A failure no command foresaw: its trace may quote what was read, so it is printed escaped.
        cl.setExecutionExceptionHandler(new EscapedTrace());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints an exception's trace escaped ({@link TerminalText}) and exits as picocli would. */
    private static final class EscapedTrace implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
            PrintWriter shown = TerminalText.writer(command.getErr());
            e.printStackTrace(shown);
            shown.flush();
            return command.getCommandSpec().exitCodeOnExecutionException();
        }
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
