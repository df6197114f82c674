package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scholarfolio.files.OutputFile;
import org.scholarfolio.files.OutputFolder;
import org.scholarfolio.model.Portfolio;

/**
 * Exports a portfolio as an al-folio site folder, for the command line and the editor alike: the
 * files {@link AlfolioSiteWriter} makes, written through the same guarded {@link OutputFolder} as the
 * site export. An al-folio folder is usually someone's clone of the theme, so a folder holding
 * files Scholarfolio did not write is only written into when the person says so, and then only the
 * site's own files are replaced.
 */
public final class AlfolioExport {
    /** The manifest of the files an al-folio export wrote (Jekyll skips dot files). */
    public static final OutputFolder.Manifest MANIFEST = new OutputFolder.Manifest(".scholarfolio-export",
            "# Files written by Scholarfolio's export-alfolio. One \"check path\" per line.");

    /**
     * What the export made (pages and data files, assets), what of it was written, left as it was or
     * removed as no longer written ({@code written}), and what the al-folio layout cannot carry.
     */
    public record Report(int files, int assets, OutputFolder.Result written, List<String> notCarried) {
    }

    private AlfolioExport() {
    }

    /** Why {@code out} may never be written (the portfolio itself, the home folder ...), or empty. */
    public static Optional<String> refusal(Path out, Path portfolioFolder) {
        return OutputFolder.refusal(out, portfolioFolder);
    }

    /** Whether {@code out} holds files, none of them written by an earlier al-folio export. */
    public static boolean holdsOtherFiles(Path out) throws IOException {
        return !new OutputFolder(out, MANIFEST).isEmptyOrOurs();
    }

    /**
     * Writes the site into {@code out}. Without {@code replaceOthers} a file this export would replace
     * that no earlier export wrote stops it before anything is written.
     *
     * @throws IOException naming the folder and the cause; the folder is then as it was
     */
    public static Report export(Portfolio portfolio, Path portfolioFolder, Path out, boolean replaceOthers)
            throws IOException {
        AlfolioSiteWriter.AlfolioSite site = AlfolioSiteWriter.write(portfolio, portfolioFolder);
        List<OutputFile> files = new ArrayList<>();
        for (AlfolioSiteWriter.SiteFile f : site.files()) {
            files.add(new OutputFile(f.path(), f.text().getBytes(StandardCharsets.UTF_8), true));
        }
        for (AssetCopy a : site.assets()) {
            // copied in chunks when written: a 200 MB PDF never sits in memory
            if (!Files.isRegularFile(a.source()) || !Files.isReadable(a.source())) {
                throw new IOException("cannot read " + a.source() + " to copy it to " + a.target());
            }
            files.add(OutputFile.copyOf(a.target(), a.source()));
        }
        OutputFolder folder = new OutputFolder(out, MANIFEST);
        List<String> foreign = replaceOthers ? List.of() : folder.foreignFiles(files);
        if (!foreign.isEmpty()) {
            throw new IOException("refusing to overwrite " + foreign.size() + " file(s) in " + out
                    + " that no earlier export wrote, e.g. " + foreign.get(0));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("the export was interrupted before anything was written");
        }
        OutputFolder.Result result = folder.write(files);
        return new Report(site.files().size(), site.assets().size(), result, site.notCarried());
    }
}
