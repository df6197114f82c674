package org.scholarfolio.importer.bibtex;

import java.util.List;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Publication;

/** The publications read from one BibTeX file, in file order, and what went wrong on the way. */
public record BibtexImportResult(List<Publication> publications, List<Diagnostic> warnings) {
    public BibtexImportResult {
        publications = List.copyOf(publications);
        warnings = List.copyOf(warnings);
    }
}
