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

    /**
     * What a reader found; {@code warnings} use the same file/line convention as the importer;
     * {@code preambles} are the file's {@code @preamble} texts (LaTeX macros), kept for export.
     */
    record Result(List<Publication> publications, List<Diagnostic> warnings, List<String> preambles) {
        public Result {
            publications = List.copyOf(publications);
            warnings = List.copyOf(warnings);
            preambles = List.copyOf(preambles);
        }

        public Result(List<Publication> publications, List<Diagnostic> warnings) {
            this(publications, warnings, List.of());
        }
    }
}
