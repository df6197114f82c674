package org.scholarfolio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.store.LoadedPortfolio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a portfolio and prints every problem with the field it is in.",
                "Exit codes: 0 no errors (warnings may be printed), 1 errors found, 2 the file cannot be read."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = TerminalText.writer(spec.commandLine().getOut());
        var err = TerminalText.writer(spec.commandLine().getErr());
        var result = PortfolioArgument.load(portfolio, err);
        if (result.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio loaded = result.get();
        List<Diagnostic> problems = PortfolioValidator.validate(loaded.portfolio(), loaded.folder());
        long errors = problems.stream().filter(Diagnostic::isError).count();
        for (Diagnostic p : problems) {
            (p.isError() ? err : out).println(loaded.file() + ": " + p.describe());
        }
        out.printf("%s: %,d error%s, %,d warning%s%n", loaded.file(), errors, errors == 1 ? "" : "s",
                problems.size() - errors, problems.size() - errors == 1 ? "" : "s");
        return errors == 0 ? 0 : 1;
    }
}
