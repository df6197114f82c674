package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.importer.alfolio.AlfolioImport;
import org.scholarfolio.importer.alfolio.AlfolioSiteImporter;
import org.scholarfolio.importer.alfolio.AssetFiles;
import org.scholarfolio.importer.alfolio.BibtexBibliographyReader;
import org.scholarfolio.importer.alfolio.ImportCounts;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.site.AuthorNames;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.store.WriteFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scholarfolio import <format> ...}: builds a portfolio from an existing site. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Builds a portfolio folder from an existing homepage.",
        subcommands = {ImportCommand.Alfolio.class, ImportBibtexCommand.class, ImportOrcidCommand.class})
final class ImportCommand implements Runnable {
    /** Exit code when the output folder already holds a portfolio and --force was not given. */
    static final int EXIT_REFUSED = 1;
    /** Exit code when the portfolio was written but does not validate: the last line names the fields to fix. */
    static final int EXIT_INVALID = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "alfolio", mixinStandardHelpOptions = true,
            description = {"Reads an al-folio (Jekyll) site folder: _config.yml, _pages/about.md, _news, "
                    + "_data/socials.yml, Markdown pages and _bibliography/papers.bib, and copies the photo and "
                    + "the PDFs and previews the entries name. Prints what was imported and every warning "
                    + "with file:line. The site folder is never changed.",
                    "Exit codes: 0 written, 1 refused (output already holds a portfolio), 2 cannot read or write, "
                    + "3 written but the new portfolio does not validate (the last line names the fields to fix)."})
    static final class Alfolio implements Callable<Integer> {
        @Parameters(paramLabel = "SITE_DIR", description = "the al-folio site folder (the one holding _config.yml)")
        Path siteDir;

        @Option(names = "--out", required = true, paramLabel = "PORTFOLIO_DIR",
                description = "the portfolio folder to create")
        Path out;

        @Option(names = "--drop-template-leftovers",
                description = "leave out text that is still the al-folio template's example (Einstein bio, template news, ...)")
        boolean dropTemplateLeftovers;

        @Option(names = "--force", description = "overwrite a portfolio.json already in the output folder")
        boolean force;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return run(TerminalText.writer(spec.commandLine().getOut()), TerminalText.writer(spec.commandLine().getErr()));
        }

        /** The command with its fields set, by picocli or by {@link DirectImport}. */
        int run(PrintWriter stdout, PrintWriter err) {
            // A second or two of work: the optimising compiler costs more than it gains (the launcher asked already).
            QuickCompilation.requestInBackground();
            Path target = out.resolve(PortfolioStore.FILE_NAME);
            if (Files.exists(target) && !force) {
                err.println("error: " + target + " already exists; use --force to overwrite it");
                return EXIT_REFUSED;
            }
            AlfolioImport result;
            try {
                result = AlfolioSiteImporter.importSite(siteDir,
                        AlfolioSiteImporter.Options.defaults().withDropTemplateLeftovers(dropTemplateLeftovers)
                                .withBibliographyReader(new BibtexBibliographyReader()));
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return ScholarfolioCommand.EXIT_UNREADABLE;
            }
            try {
                Files.createDirectories(out);
                for (String note : AssetFiles.copyAll(result.assets(), siteDir, out)) {
                    err.println("warning: " + note);
                }
                PortfolioStore.save(out, result.portfolio());
            } catch (IOException e) {
                err.println("error: " + WriteFailure.sentence(out, e, "no portfolio.json was written there"));
                return ScholarfolioCommand.EXIT_UNREADABLE;
            }
            report(stdout, result);
            List<Diagnostic> problems = PortfolioValidator.validate(result.portfolio(), out);
            long errors = problems.stream().filter(Diagnostic::isError).count();
            stdout.printf("validation of the new portfolio: %,d error%s, %,d warning%s%n", errors, errors == 1 ? "" : "s",
                    problems.size() - errors, problems.size() - errors == 1 ? "" : "s");
            for (Diagnostic p : problems) {
                stdout.println("  " + p.describe());
            }
            if (errors > 0) {
                List<String> fields = problems.stream().filter(Diagnostic::isError).map(d -> String.valueOf(d.field())).distinct().toList();
                stdout.println("The new portfolio does not validate; fix " + String.join(", ", fields)
                        + " (exit code " + EXIT_INVALID + ")");
                return EXIT_INVALID;
            }
            return 0;
        }

        /** How many publications show the researcher among the authors; none on a site with papers is worth a warning. */
        private static String ownerCount(AlfolioImport r) {
            AuthorNames owner = new AuthorNames(r.portfolio().profile());
            long mine = r.portfolio().publications().stream()
                    .filter(p -> p.authors().stream().anyMatch(owner::isResearcher)).count();
            return mine + " show you among the authors";
        }

        private void report(PrintWriter w, AlfolioImport r) {
            ImportCounts c = r.counts();
            w.println("Imported " + siteDir + " into " + out.resolve(PortfolioStore.FILE_NAME));
            w.printf("  news items: %,d imported, %,d skipped%n", c.newsImported(), c.newsSkipped());
            w.printf("  pages: %,d imported, %,d skipped%n", c.pagesImported(), c.pagesSkipped());
            w.printf("  social links: %,d%n", c.socialLinks());
            String owner = ownerCount(r);
            w.printf("  publications: %,d (%s)%n", c.publications(), owner);
            if (c.publications() > 0 && owner.startsWith("0 ")) {
                w.println("  warning: no publication shows you among the authors; check your name and its variants"
                        + " (scholar.first_name / last_name in _config.yml) in the portfolio's profile");
            }
            w.printf("  files copied into assets: %,d%n", c.assets());
            w.printf("  template leftovers: %,d found, %,d dropped%n", c.templateLeftovers(), c.templateLeftoversDropped());
            w.printf("%,d warning%s%n", r.warnings().size(), r.warnings().size() == 1 ? "" : "s");
            for (Diagnostic warning : r.warnings()) {
                w.println("  " + warning);
            }
        }
    }
}
