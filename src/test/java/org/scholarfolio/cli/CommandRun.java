package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the command line in-process, with what it printed on each stream. */
public record CommandRun(int code, String out, String err) {

    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ScholarfolioCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** A run that sees these environment variables (service addresses, cache folder) instead of the real ones. */
    public static CommandRun withEnvironment(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ScholarfolioCommand.run(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
