package org.scholarfolio.importer.alfolio;

import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;

/** Reads an al-folio {@code papers.bib} with the BibTeX importer; its warnings carry file, line and field. */
public final class BibtexBibliographyReader implements BibliographyReader {
    private final BibtexImporter importer = new BibtexImporter();

    @Override
    public Result read(String text, String fileName) {
        BibtexImportResult result = importer.read(text, fileName);
        return new Result(result.publications(), result.warnings(), result.preambles());
    }
}
