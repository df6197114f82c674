package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.List;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Publication;

/**
 * The publications read from one BibTeX file, in file order, what went wrong on the way, and the
 * file's {@code @preamble}s (LaTeX macros its entries may use), each one as BibTeX hands it to LaTeX.
 */
public record BibtexImportResult(List<Publication> publications, List<Diagnostic> warnings, List<String> preambles) {
    public BibtexImportResult {
        publications = List.copyOf(publications);
        warnings = List.copyOf(warnings);
        preambles = List.copyOf(preambles);
    }

    public BibtexImportResult(List<Publication> publications, List<Diagnostic> warnings) {
        this(publications, warnings, List.of());
    }

    /**
     * A portfolio's preamble with this file's added: each of its preambles not there yet goes on a
     * line of its own after what is there, so importing one file twice adds nothing the second time.
     */
    public String preambleAfter(String existing) {
        List<String> lines = new ArrayList<>(existing.isBlank() ? List.of() : List.of(existing.strip()));
        for (String p : preambles) {
            if (!existing.contains(p) && !lines.contains(p)) {
                lines.add(p);
            }
        }
        return String.join("\n", lines);
    }
}
