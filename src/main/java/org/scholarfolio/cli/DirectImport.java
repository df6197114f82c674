package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code import alfolio} and {@code import bibtex} in their plain forms, run before picocli starts:
 * setting up picocli's model of a command from its annotations costs a fresh process ~0.4 s of
 * processor time, a third of a 350-entry import. The command objects are the same ones picocli
 * fills ({@link ImportCommand.Alfolio}, {@link ImportBibtexCommand}); only their fields are set
 * here. Any other form (help, an unknown or repeated option, a missing value, {@code @file}s) is
 * left to picocli, which says what it has to. References no picocli type, so that none loads.
 */
public final class DirectImport {
    private DirectImport() {
    }

    /** The exit code of the import the arguments name; empty, with nothing run, for anything else. */
    public static OptionalInt run(String[] args, PrintWriter stdout, PrintWriter err) {
        Optional<Parsed> parsed = parse(args);
        if (parsed.isEmpty()) {
            return OptionalInt.empty();
        }
        Parsed p = parsed.get();
        try {
            if (p.command().equals("alfolio")) {
                ImportCommand.Alfolio command = new ImportCommand.Alfolio();
                command.siteDir = Path.of(p.parameter());
                command.out = Path.of(p.values().get("--out"));
                command.dropTemplateLeftovers = p.flags().contains("--drop-template-leftovers");
                command.force = p.flags().contains("--force");
                return OptionalInt.of(command.run(stdout, err));
            }
            ImportBibtexCommand command = new ImportBibtexCommand();
            command.bibFile = Path.of(p.parameter());
            command.portfolio = Path.of(p.values().get("--into"));
            command.dryRun = p.flags().contains("--dry-run");
            return OptionalInt.of(command.run(stdout, err));
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    /** What the arguments hold when they are one of the plain forms. */
    record Parsed(String command, String parameter, Map<String, String> values, Set<String> flags) {
    }

    /** The options of each command: those taking a value (all required), and the switches. */
    private record Form(Set<String> valued, Set<String> switches) {
    }

    private static final Map<String, Form> FORMS = Map.of(
            "alfolio", new Form(Set.of("--out"), Set.of("--drop-template-leftovers", "--force")),
            "bibtex", new Form(Set.of("--into"), Set.of("--dry-run")));

    static Optional<Parsed> parse(String[] args) {
        if (args.length < 3 || !args[0].equals("import") || !FORMS.containsKey(args[1])) {
            return Optional.empty();
        }
        Form form = FORMS.get(args[1]);
        String parameter = null;
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> rest = List.of(args).subList(2, args.length);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.isEmpty() || arg.startsWith("@")) {
                return Optional.empty(); // picocli reads arguments from an @file
            }
            String option = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (form.valued().contains(option)) {
                String value;
                if (option.length() < arg.length()) {
                    value = arg.substring(option.length() + 1);
                } else if (i + 1 < rest.size() && !rest.get(i + 1).startsWith("-")) {
                    value = rest.get(++i);
                } else {
                    return Optional.empty();
                }
                if (value.isEmpty() || values.put(option, value) != null) {
                    return Optional.empty();
                }
            } else if (form.switches().contains(arg)) {
                if (!flags.add(arg)) {
                    return Optional.empty();
                }
            } else if (arg.startsWith("-") || parameter != null) {
                return Optional.empty();
            } else {
                parameter = arg;
            }
        }
        if (parameter == null || !values.keySet().equals(form.valued())) {
            return Optional.empty();
        }
        try {
            Path.of(parameter);
            values.values().forEach(Path::of);
        } catch (RuntimeException e) {
            return Optional.empty(); // not a path here: picocli's message says so
        }
        return Optional.of(new Parsed(args[1], parameter, Map.copyOf(values), Set.copyOf(flags)));
    }
}
