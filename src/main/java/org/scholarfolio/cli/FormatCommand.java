package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioLock;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.store.WriteFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Loads a portfolio, migrates it to the current file format and saves it in canonical form.",
                "The previous file is kept as portfolio.json.bak. Unknown fields are kept."})
final class FormatCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = TerminalText.writer(spec.commandLine().getOut());
        var err = TerminalText.writer(spec.commandLine().getErr());
        if (!Files.isRegularFile(PortfolioStore.resolveFile(portfolio))) {
            PortfolioArgument.load(portfolio, err); // says why it cannot be read
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio loaded;
        try (PortfolioLock lock = PortfolioLock.acquire(PortfolioStore.resolveFile(portfolio), "format")) {
            lock.takeover().ifPresent(note -> err.println("note: " + note));
            var result = PortfolioArgument.load(portfolio, err);
            if (result.isEmpty()) {
                return ScholarfolioCommand.EXIT_UNREADABLE;
            }
            loaded = result.get();
            if (PortfolioStore.holdsCanonicalJson(loaded.file(), loaded.portfolio())) {
                out.println(loaded.file() + ": already in canonical form");
                return 0;
            }
            PortfolioStore.saveOver(loaded, loaded.portfolio());
        } catch (IOException e) {
            err.println("error: " + WriteFailure.sentence(PortfolioStore.resolveFile(portfolio), e, "the file was left unchanged"));
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        out.println(loaded.file() + ": formatted" + (loaded.wasMigrated()
                ? " (migrated from file format version " + loaded.migratedFrom() + ")" : "")
                + "; previous version kept as " + loaded.file().getFileName() + ".bak");
        return 0;
    }
}
