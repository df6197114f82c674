package org.scholarfolio.importer.alfolio;

import java.util.List;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Publication;

/**
 * Turns the text of a {@code .bib} file into publications. The importer does not parse BibTeX
 * itself; whoever runs it passes a reader in (see {@link AlfolioSiteImporter.Options}).
 */
@FunctionalInterface
public interface BibliographyReader {

    /**
     * @param text     the whole file, including al-folio's leading front-matter dashes
     * @param fileName the file name relative to the site, for messages
     */
    Result read(String text, String fileName);

    /** What a reader found; {@code warnings} use the same file/line convention as the importer. */
    record Result(List<Publication> publications, List<Diagnostic> warnings) {
        public Result {
            publications = List.copyOf(publications);
            warnings = List.copyOf(warnings);
        }
    }
}
