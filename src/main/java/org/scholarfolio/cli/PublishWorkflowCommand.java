package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.publish.PagesWorkflow;
import org.scholarfolio.store.PortfolioStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish-workflow", mixinStandardHelpOptions = true,
        description = {"Makes the portfolio a repository that GitHub builds: writes a GitHub Actions workflow ("
                + PagesWorkflow.FILE + ") that installs Scholarfolio, exports the site and deploys it to GitHub Pages.",
                "Without --out the workflow is added to the portfolio folder; with --out the portfolio is copied into DIR first.",
                "An existing, different workflow file is never overwritten.",
                "Exit codes: 0 written, 1 refused, 2 the portfolio cannot be read."})
final class PublishWorkflowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Option(names = "--out", paramLabel = "DIR", description = "a new or empty folder for the repository (default: the portfolio folder)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var loaded = PortfolioArgument.load(portfolio, TerminalText.writer(spec.commandLine().getErr()));
        if (loaded.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        Path folder = PortfolioStore.resolveFile(portfolio).toAbsolutePath().getParent();
        String version = PublishWorkflowCommand.class.getPackage().getImplementationVersion();
        try {
            Path workflow = PagesWorkflow.write(folder, out == null ? folder : out, version == null ? "(development build)" : version);
            TerminalText.writer(spec.commandLine().getOut()).println("Wrote " + workflow + ". Push the folder to a GitHub repository, choose"
                    + " \"GitHub Actions\" under Settings > Pages, and set the variable SCHOLARFOLIO_DEB_URL (see docs/publish.md).");
            return 0;
        } catch (IOException e) {
            TerminalText.writer(spec.commandLine().getErr()).println("error: " + e.getMessage());
            return 1;
        }
    }
}
