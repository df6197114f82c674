package org.scholarfolio.importer.alfolio;

import java.util.List;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Portfolio;

/** The result of reading an al-folio site: the portfolio, what was noticed, and the files to copy. */
public record AlfolioImport(Portfolio portfolio, List<Diagnostic> warnings, ImportCounts counts,
                            List<AssetCopy> assets) {
    public AlfolioImport {
        warnings = List.copyOf(warnings);
        assets = List.copyOf(assets);
    }
}
