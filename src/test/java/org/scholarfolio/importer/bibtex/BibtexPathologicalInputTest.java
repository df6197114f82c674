package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs that must neither throw nor hang; the timeouts only catch runaway (quadratic) behaviour. */
class BibtexPathologicalInputTest {

    private final BibtexImporter importer = new BibtexImporter();

    @Test
    @Timeout(30)
    void deeplyNestedBracesInATitle() {
        String title = "{".repeat(50_000) + "x" + "}".repeat(50_000);
        BibtexImportResult r = importer.read("@misc{deep, title = {" + title + "}}", "deep.bib");
        assertThat(r.publications()).hasSize(1);
        assertThat(r.publications().get(0).title()).contains("x");
    }

    @Test
    @Timeout(30)
    void hugeFileOfUnbalancedJunkIsReportedNotThrown() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("@article{junk").append(i).append(", title = {{{ no end\n");
            sb.append("}}} ) \" $ \\ @ # = , \n");
        }
        sb.append("@misc{survivor, title = {Still here}}\n");
        BibtexImportResult r = importer.read(sb.toString(), "junk.bib");
        assertThat(r.publications()).extracting(p -> p.citationKey()).contains("survivor");
        assertThat(r.warnings()).hasSizeGreaterThanOrEqualTo(20_000);
    }

    @Test
    @Timeout(30)
    void manyUnclosedMathAndBackslashesInOneValue() {
        String value = "$\\".repeat(100_000);
        BibtexImportResult r = importer.read("@misc{m, note = {" + value + "}}", "math.bib");
        assertThat(r.publications()).hasSize(1);
    }

    @Test
    @Timeout(30)
    void longChainsOfAccentsAndStyleCommands() {
        String value = "\\'".repeat(50_000) + "a " + "\\emph{".repeat(20_000) + "x" + "}".repeat(20_000);
        BibtexImportResult r = importer.read("@misc{a, title = {" + value + "}}", "accents.bib");
        assertThat(r.publications()).hasSize(1);
    }

    /** The BibTeX billion laughs: each line doubles the string; 60 of them asked for 2^60 characters (out of memory). */
    @Test
    @Timeout(30)
    void aStringDoubledFromItselfIsStoppedWithAWarningAtItsLine() {
        String bib = "@string{a = \"ha\"}\n" + "@string{a = a # a}\n".repeat(60)
                + "@article{kept,\n  author = {Ada Lovelace},\n  title = {Still here},\n  year = 1843\n}\n";
        BibtexImportResult r = importer.read(bib, "laughs.bib");
        assertThat(r.publications()).extracting(p -> p.citationKey()).containsExactly("kept");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.toString()).startsWith("laughs.bib:").contains("@string 'a'", "16,000,000 characters");
            assertThat(w.source().line()).isBetween(2, 61);
        });
    }

    @Test
    void emptyAndBinaryishInputsImportNothingQuietly() {
        assertThat(importer.read("", "empty.bib").publications()).isEmpty();
        assertThat(importer.read("---\n---\n", "fm.bib").publications()).isEmpty();
        BibtexImportResult r = importer.read("\u0000@\u0000{\uFFFF@@@{{{", "bin.bib");
        assertThat(r.publications()).isEmpty();
    }
}
