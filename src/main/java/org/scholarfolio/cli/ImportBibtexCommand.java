package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioLock;
import org.scholarfolio.store.PortfolioStore;
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
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
        if (!Files.isRegularFile(PortfolioStore.resolveFile(portfolio))) {
            PortfolioArgument.load(portfolio, err); // says why it cannot be read
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        if (dryRun) {
            return importInto(null, bytes, out, err, started);
        }
        // The whole read, merge and save holds the portfolio's lock: a second import waits for this
        // one and then merges into its result, so neither loses the other's entries.
        try (PortfolioLock lock = PortfolioLock.acquire(PortfolioStore.resolveFile(portfolio), "import bibtex")) {
            lock.takeover().ifPresent(note -> err.println("note: " + note));
            return importInto(lock, bytes, out, err, started);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int importInto(PortfolioLock lock, byte[] bytes, PrintWriter out, PrintWriter err, long started) {
        var loaded = PortfolioArgument.load(portfolio, err);
        if (loaded.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio target = loaded.get();
        String fileName = bibFile.getFileName().toString();
        BibtexImportResult read = new BibtexImporter().read(bytes, fileName);
        for (Diagnostic w : read.warnings()) {
            err.println("warning: " + w);
        }
        if (read.publications().isEmpty()) {
            err.println("error: " + fileName + " holds no entry that could be read; " + target.file() + " is unchanged");
            return 1;
        }
        BibtexMergePlan plan = BibtexMerge.plan(target.portfolio().publications(), read.publications());
        print(out, plan, started);
        if (dryRun) {
            out.println("Dry run: nothing was written.");
            return 0;
        }
        if (!plan.changesSomething()) {
            out.println("Nothing to change; " + target.file() + " was not written.");
            return 0;
        }
        try {
            PortfolioStore.saveOver(target, target.portfolio().withPublications(plan.publications()));
        } catch (IOException e) {
            err.println("error: cannot write " + target.file() + ": " + e.getMessage() + "; it is as it was");
            return 1;
        }
        out.println("Saved " + target.file() + " (the previous version is kept as "
                + target.file().getFileName() + ".bak).");
        return 0;
    }

    private void print(PrintWriter out, BibtexMergePlan plan, long started) {
        Map<String, String> titles = new HashMap<>();
        plan.publications().forEach(p -> titles.putIfAbsent(p.citationKey(), p.title()));
        for (BibtexMergePlan.Entry e : plan.entries()) {
            switch (e.outcome()) {
                case ADDED -> out.println("added    " + e.citationKey() + shortTitle(titles.get(e.citationKey())));
                case UPDATED -> out.println("updated  " + describe(e) + ": " + String.join(", ", e.changedFields()));
                case UNCHANGED -> { }
            }
        }
        out.printf("%s%s: %d added, %d updated, %d unchanged (read and matched in %d ms).%n",
                dryRun ? "Would import " : "Imported ", bibFile.getFileName(), plan.added().size(),
                plan.updated().size(), plan.unchanged().size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static String shortTitle(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        return ": " + (title.length() > 72 ? title.substring(0, 71) + "\u2026" : title);
    }

    private static String describe(BibtexMergePlan.Entry e) {
        if (e.match() == BibtexMergePlan.Match.CITATION_KEY) {
            return e.targetKey();
        }
        return e.targetKey() + " (" + e.citationKey() + " in the file, same " + e.match().label() + ")";
    }
}
