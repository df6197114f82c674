package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.SiteSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scholarfolio import bibtex FILE.bib --into PORTFOLIO}: adds and updates publications. */
@Command(name = "bibtex", mixinStandardHelpOptions = true,
        description = {"Adds the entries of a BibTeX file to a portfolio's publications and updates the ones "
                + "it already has (matched by citation key, then DOI, then title). Fields the file leaves "
                + "empty keep their values. Prints each added and updated entry and every warning with file:line.",
                "Exit codes: 0 done (warnings may be printed), 1 nothing to import or the portfolio cannot be "
                        + "written, 2 the BibTeX file or the portfolio cannot be read."})
final class ImportBibtexCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.bib", description = "the BibTeX file to import (UTF-8, UTF-16 with a byte-order mark, JabRef's encoding header, else windows-1252 with a warning)")
    Path bibFile;

    @Option(names = "--into", required = true, paramLabel = "PORTFOLIO",
            description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Option(names = "--dry-run", description = "print what would change and write nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(TerminalText.writer(spec.commandLine().getOut()), TerminalText.writer(spec.commandLine().getErr()));
    }

    /** The command with its fields set, by picocli or by {@link DirectImport}. */
    int run(PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        QuickCompilation.requestInBackground();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(bibFile);
        } catch (NoSuchFileException e) {
            err.println("error: " + bibFile + ": there is no such file");
            return ScholarfolioCommand.EXIT_UNREADABLE;
        } catch (IOException e) {
            err.println("error: " + bibFile + ": cannot be read (" + e.getMessage() + ")");
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        String fileName = bibFile.getFileName().toString();
        return PortfolioUpdate.apply(portfolio, "import bibtex", dryRun, out, err, (target, o, e) -> {
            BibtexImportResult read = new BibtexImporter().read(bytes, fileName);
            for (Diagnostic w : read.warnings()) {
                err.println("warning: " + w);
            }
            if (read.publications().isEmpty()) {
                err.println("error: " + fileName + " holds no entry that could be read; " + target.file() + " is unchanged");
                return PortfolioUpdate.Change.stop(PortfolioUpdate.EXIT_FAILED);
            }
            BibtexMergePlan plan = BibtexMerge.plan(target.portfolio().publications(), read.publications());
            PortfolioUpdate.printPlan(out, plan, false, "in the file");
            out.printf("%s%s: %,d added, %,d updated, %,d unchanged (read and matched in %,d ms).%n",
                    dryRun ? "Would import " : "Imported ", bibFile.getFileName(), plan.added().size(),
                    plan.updated().size(), plan.unchanged().size(), (System.nanoTime() - started) / 1_000_000);
            SiteSettings site = target.portfolio().site();
            String preamble = read.preambleAfter(site.bibtexPreamble());
            boolean newPreamble = !preamble.equals(site.bibtexPreamble());
            if (newPreamble) {
                out.println("The file's @preamble (LaTeX macros its entries use) is kept and written back by export-bibtex.");
            }
            return PortfolioUpdate.Change.to(target.portfolio().withPublications(plan.publications())
                    .withSite(site.toBuilder().bibtexPreamble(preamble).build()), plan.changesSomething() || newPreamble);
        });
    }
}
