package org.scholarfolio.site;

import org.scholarfolio.model.Diagnostic;
import java.util.List;

/**
 * What an export did. Paths are relative to the output folder, with forward slashes. A warning
 * names the record and what was wrong ({@code publications[smith2020].pdf: ...}); an error means
 * the site was not (completely) written.
 */
public record ExportReport(List<String> pagesWritten, List<String> pagesUnchanged,
                           List<String> filesCopied, List<String> filesRemoved,
                           List<Diagnostic> warnings, List<String> errors) {
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
