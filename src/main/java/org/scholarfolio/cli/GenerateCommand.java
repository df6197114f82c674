package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.store.WriteFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a made-up portfolio of any size to try the app with (and to benchmark it): "
                + "publications with abstracts, BibTeX fields and links, and news. The same seed gives the same file.",
                "Exit codes: 0 written, 1 refused (DIR already holds a portfolio) or not writable."})
final class GenerateCommand implements Callable<Integer> {
    static final int EXIT_REFUSED = 1;

    @Option(names = "--publications", required = true, paramLabel = "N", description = "how many publications")
    int publications;

    @Option(names = "--news", required = true, paramLabel = "M", description = "how many news items")
    int news;

    @Option(names = "--seed", paramLabel = "S", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed = PortfolioGenerator.DEFAULT_SEED;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the portfolio folder to create")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = TerminalText.writer(spec.commandLine().getErr());
        if (publications < 0 || news < 0) {
            err.println("error: --publications and --news cannot be negative");
            return EXIT_REFUSED;
        }
        Path file = out.resolve(PortfolioStore.FILE_NAME);
        if (Files.exists(file)) {
            err.println("error: " + file + " already exists; choose an empty folder, nothing was changed");
            return EXIT_REFUSED;
        }
        Portfolio portfolio = PortfolioGenerator.generate(publications, news, seed);
        boolean made = !Files.isDirectory(out);
        try {
            PortfolioStore.save(Files.createDirectories(out), portfolio);
        } catch (IOException e) {
            if (made) {
                // A failed save (a full disk) left the folder it made empty: not left behind as if written.
                try {
                    Files.deleteIfExists(out);
                } catch (IOException notEmpty) {
                    // something else was put there meanwhile: kept
                }
            }
            err.println("error: " + WriteFailure.sentence(file, e, "nothing was written"));
            return EXIT_REFUSED;
        }
        TerminalText.writer(spec.commandLine().getOut()).printf("%s: %,d publications and %,d news items (seed %d)%n",
                file, publications, news, seed);
        return 0;
    }
}
