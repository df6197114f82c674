package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.importer.alfolio.AlfolioExport;
import org.scholarfolio.importer.csl.CslJsonWriter;
import org.scholarfolio.model.Text;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.WriteFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that write a portfolio in another tool's format, so that nobody is locked in. */
final class ExportFormatCommands {
    /** Exit code when the output exists and may not be replaced, or cannot be written. */
    static final int EXIT_REFUSED = 1;

    private ExportFormatCommands() {
    }

    /** What the three commands share: the portfolio argument, --out, --force and the exit codes. */
    abstract static class FormatExport implements Callable<Integer> {
        @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
        Path portfolio;

        @Option(names = "--force", description = "replace an existing output file, or write into a folder holding other files")
        boolean force;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract Path out();

        /** Writes the export; returns the line to print on success. */
        abstract String export(LoadedPortfolio loaded, PrintWriter err) throws IOException;

        /** Why the output may not be written, or null when it may. */
        String refusal(LoadedPortfolio loaded) throws IOException {
            return ExportFiles.refuseFile(out(), force).orElse(null);
        }

        @Override
        public Integer call() {
            PrintWriter stdout = TerminalText.writer(spec.commandLine().getOut());
            PrintWriter err = TerminalText.writer(spec.commandLine().getErr());
            var loaded = PortfolioArgument.load(portfolio, err);
            if (loaded.isEmpty()) {
                return ScholarfolioCommand.EXIT_UNREADABLE;
            }
            try {
                String refused = refusal(loaded.get());
                if (refused != null) {
                    err.println("error: " + refused);
                    return EXIT_REFUSED;
                }
                stdout.println(export(loaded.get(), err));
                return 0;
            } catch (IOException e) {
                err.println("error: " + WriteFailure.sentence(out(), e, "nothing was changed there"));
                return EXIT_REFUSED;
            }
        }
    }

    @Command(name = "export-bibtex", mixinStandardHelpOptions = true,
            description = {"Writes every publication to one BibTeX file, with all its fields (al-folio's included), "
                    + "so that `import bibtex` reads it back unchanged.",
                    "Exit codes: 0 written, 1 refused (the file exists, no --force) or not writable, 2 the portfolio cannot be read."})
    static final class Bibtex extends FormatExport {
        @Option(names = "--out", required = true, paramLabel = "FILE.bib", description = "the BibTeX file to write")
        Path out;

        @Override
        Path out() {
            return out;
        }

        @Override
        String export(LoadedPortfolio loaded, PrintWriter err) throws IOException {
            var publications = loaded.portfolio().publications();
            ExportFiles.writeFile(out, BibtexWriter.complete().write(loaded.portfolio().site().bibtexPreamble(), publications));
            return "Wrote " + publications.size() + (publications.size() == 1 ? " entry" : " entries") + " to " + out + ".";
        }
    }

    @Command(name = "export-csl", mixinStandardHelpOptions = true,
            description = {"Writes every publication as CSL-JSON (for Zotero, Pandoc and other citeproc tools).",
                    "Exit codes: 0 written, 1 refused (the file exists, no --force) or not writable, 2 the portfolio cannot be read."})
    static final class Csl extends FormatExport {
        @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "the CSL-JSON file to write")
        Path out;

        @Override
        Path out() {
            return out;
        }

        @Override
        String export(LoadedPortfolio loaded, PrintWriter err) throws IOException {
            var publications = loaded.portfolio().publications();
            ExportFiles.writeFile(out, new CslJsonWriter().write(publications));
            return "Wrote " + Text.count(publications.size(), "item") + " to " + out + ".";
        }
    }

    @Command(name = "export-alfolio", mixinStandardHelpOptions = true,
            description = {"Writes the portfolio as the content of an al-folio (Jekyll) site: _config.yml, "
                    + "_pages/about.md, _news, _pages, _bibliography/papers.bib, _data/socials.yml and assets. "
                    + "A folder holding other files is only written into with --force, and then only the "
                    + "site's own files are replaced.",
                    "Exit codes: 0 written (notes may be printed), 1 refused or not writable, 2 the portfolio cannot be read."})
    static final class Alfolio extends FormatExport {
        @Option(names = "--out", required = true, paramLabel = "SITE_DIR", description = "the site folder to write")
        Path out;

        @Override
        Path out() {
            return out;
        }

        @Override
        String refusal(LoadedPortfolio loaded) throws IOException {
            var refused = AlfolioExport.refusal(out, loaded.folder());
            if (refused.isPresent()) {
                return refused.get();
            }
            return !force && AlfolioExport.holdsOtherFiles(out) ? out + " already holds files that Scholarfolio did not"
                    + " write; use --force to write the site's files into it (other files are left alone)" : null;
        }

        @Override
        String export(LoadedPortfolio loaded, PrintWriter err) throws IOException {
            AlfolioExport.Report report = AlfolioExport.export(loaded.portfolio(), loaded.folder(), out, force);
            report.notCarried().forEach(n -> err.println("note: " + n));
            int removed = report.written().filesRemoved().size();
            return "Wrote " + Text.count(report.files(), "file") + " and copied "
                    + Text.count(report.assets(), "asset") + " to " + out
                    + (removed == 0 ? "" : "; removed " + Text.count(removed, "file")
                    + " an earlier export wrote that the portfolio no longer has") + ".";
        }
    }
}
