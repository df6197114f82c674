package org.scholarfolio.ui.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.scholarfolio.files.DiskWriteException;
import org.scholarfolio.importer.alfolio.AlfolioExport;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.ExportReport;

/**
 * File > Export as al-folio site, as the export dialog runs it: the same al-folio export as
 * {@code export-alfolio}, told as an export report. A folder holding files Scholarfolio did not
 * write is refused (the command line's --force has no counterpart here: choose an empty folder).
 * What al-folio cannot carry is a warning.
 */
public final class AlfolioSiteExport implements ExportViewModel.SiteExport {

    @Override
    public ExportReport export(Portfolio portfolio, Path portfolioDir, Path outDir, DoubleConsumer progress) {
        try {
            var refusal = AlfolioExport.refusal(outDir, portfolioDir);
            if (refusal.isEmpty() && AlfolioExport.holdsOtherFiles(outDir)) {
                refusal = java.util.Optional.of(outDir + " already holds files that Scholarfolio did not write;"
                        + " choose an empty folder or one an earlier al-folio export wrote");
            }
            if (refusal.isPresent()) {
                return failed(refusal.get());
            }
            AlfolioExport.Report report = AlfolioExport.export(portfolio, portfolioDir, outDir, false);
            progress.accept(1.0);
            List<Diagnostic> notes = report.notCarried().stream()
                    .map(note -> Diagnostic.warning(FieldPath.NONE, "not carried to al-folio: " + note)).toList();
            return new ExportReport(report.written().pagesWritten(), report.written().pagesUnchanged(),
                    report.written().filesCopied(), report.written().filesRemoved(), notes, List.of());
        } catch (InterruptedIOException e) {
            return failed("the export was interrupted");
        } catch (IOException e) {
            return failed(DiskWriteException.of(outDir, e).getMessage());
        }
    }

    private static ExportReport failed(String error) {
        return new ExportReport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(error));
    }
}
