package org.scholarfolio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;

/** Loads the PORTFOLIO argument of a command, reporting a file that cannot be read on stderr. */
final class PortfolioArgument {
    private PortfolioArgument() {
    }

    static Optional<LoadedPortfolio> load(Path portfolio, PrintWriter err) {
        try {
            return Optional.of(PortfolioStore.load(portfolio));
        } catch (PortfolioLoadException e) {
            err.println("error: " + e.getMessage());
            return Optional.empty();
        }
    }
}
