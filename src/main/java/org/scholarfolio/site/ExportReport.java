package org.scholarfolio.site;

import org.scholarfolio.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export did. Paths are relative to the output folder, with forward slashes. A warning
 * names the record and what was wrong ({@code publications[smith2020].pdf: ...}); an error means
 * the site was not (completely) written. {@code otherPortfoliosSite}: the export was refused, with
 * nothing written, because the folder holds a site made from another portfolio (the person may
 * choose to replace it, {@link SiteExporter.OtherPortfolioSite#REPLACE}).
 */
public record ExportReport(List<String> pagesWritten, List<String> pagesUnchanged,
                           List<String> filesCopied, List<String> filesRemoved,
                           List<Diagnostic> warnings, List<String> errors, boolean otherPortfoliosSite) {
    public ExportReport(List<String> pagesWritten, List<String> pagesUnchanged, List<String> filesCopied,
                        List<String> filesRemoved, List<Diagnostic> warnings, List<String> errors) {
        this(pagesWritten, pagesUnchanged, filesCopied, filesRemoved, warnings, errors, false);
    }

    public ExportReport {
        pagesWritten = List.copyOf(pagesWritten);
        pagesUnchanged = List.copyOf(pagesUnchanged);
        filesCopied = List.copyOf(filesCopied);
        filesRemoved = List.copyOf(filesRemoved);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    static ExportReport failed(List<Diagnostic> warnings, List<String> errors) {
        return new ExportReport(List.of(), List.of(), List.of(), List.of(), warnings, errors);
    }

    /** The refusal of an export into {@code outDir}, which holds a site made from another portfolio. */
    static ExportReport otherPortfoliosSite(Path outDir) {
        return new ExportReport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(outDir
                + " holds a site made from another portfolio; it was left as it is"), true);
    }

    /** One line for a status bar or a terminal. */
    public String summary() {
        if (!succeeded()) {
            return "export failed: " + errors.get(0);
        }
        return pagesWritten.size() + " pages written, " + pagesUnchanged.size() + " unchanged, "
                + filesCopied.size() + " files copied, " + filesRemoved.size() + " removed, "
                + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
