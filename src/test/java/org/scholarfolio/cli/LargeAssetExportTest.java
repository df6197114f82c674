package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.app.Launcher;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.testing.ChildJvm;

/**
 * A 200 MB PDF goes through {@code export} and {@code export-alfolio} in a process whose heap is far
 * smaller than the file, so it can only pass when the PDF is hashed, compared and copied in chunks.
 * The PDF is a sparse file: it takes no disk space to make, but reads as 200 MB.
 */
class LargeAssetExportTest {
    private static final long PDF_SIZE = 200L * 1024 * 1024;
    private static final String SMALL_HEAP = "-Xmx64m";
    private static final String PDF = "assets/on-computable-numbers.pdf";

    @TempDir
    Path dir;

    @Test
    void a200MegabytePdfIsExportedByAProcessWithA64MegabyteHeap() throws Exception {
        Path portfolio = portfolioWithLargePdf();
        Path site = dir.resolve("site");

        run("export", portfolio.toString(), "--out", site.toString());
        Path copied = site.resolve("publications/turing1936/on-computable-numbers.pdf");
        assertThat(Files.size(copied)).isEqualTo(PDF_SIZE);
        assertThat(Files.mismatch(copied, portfolio.resolve(PDF))).isEqualTo(-1L);

        // Again, unchanged: the PDF is recognised as in place and not copied a second time.
        FileTime before = Files.getLastModifiedTime(copied);
        Thread.sleep(1100);
        run("export", portfolio.toString(), "--out", site.toString());
        assertThat(Files.getLastModifiedTime(copied)).isEqualTo(before);
    }

    @Test
    void a200MegabytePdfIsExportedAsAnAlfolioSiteByAProcessWithA64MegabyteHeap() throws Exception {
        Path portfolio = portfolioWithLargePdf();
        Path site = dir.resolve("alfolio");

        run("export-alfolio", portfolio.toString(), "--out", site.toString());
        Path copied = site.resolve("assets/pdf/on-computable-numbers.pdf");
        assertThat(Files.size(copied)).isEqualTo(PDF_SIZE);
        assertThat(Files.mismatch(copied, portfolio.resolve(PDF))).isEqualTo(-1L);
    }

    private Path portfolioWithLargePdf() throws Exception {
        Path portfolio = Files.createDirectories(dir.resolve("homepage"));
        Files.createDirectories(portfolio.resolve("assets"));
        try (RandomAccessFile pdf = new RandomAccessFile(portfolio.resolve(PDF).toFile(), "rw")) {
            pdf.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            pdf.setLength(PDF_SIZE);
        }
        Publication paper = Publication.builder("turing1936", "article").title("On Computable Numbers").year(1936)
                .links(PublicationLinks.NONE.with(LinkKind.PDF, "on-computable-numbers.pdf")).build();
        PortfolioStore.save(portfolio, Portfolio.empty().withPublications(List.of(paper)));
        return portfolio;
    }

    private void run(String... args) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = ChildJvm.start(Launcher.class.getName(), List.of(SMALL_HEAP), out, err, args);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the export finishes").isTrue();
        assertThat(p.exitValue()).as("%s%n%s", Files.readString(out), Files.readString(err)).isZero();
    }
}
