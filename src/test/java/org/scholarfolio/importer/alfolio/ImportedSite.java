package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Publication;

/** A fixture site imported once for a test class, with the look-ups its tests make. */
record ImportedSite(AlfolioImport result) {

    /** Imports with the default options: no bibliography reader, so .bib files are left alone. */
    static ImportedSite of(Path site) throws IOException {
        return new ImportedSite(AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults()));
    }

    /** Imports with the BibTeX reader, as the command line does. */
    static ImportedSite withBibliography(Path site) throws IOException {
        return new ImportedSite(AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults()
                .withBibliographyReader(new BibtexBibliographyReader())));
    }

    List<String> warnings() {
        return result.warnings().stream().map(Diagnostic::toString).toList();
    }

    Page page(String slug) {
        return result.portfolio().pages().stream().filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + slug));
    }

    String body(String slug) {
        return page(slug).body();
    }

    Publication paper(String key) {
        return result.portfolio().publications().stream().filter(p -> p.citationKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no publication " + key));
    }
}
