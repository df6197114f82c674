package org.scholarfolio.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.scholarfolio.importer.bibtex.BibtexImporter;

/**
 * Coverage-guided fuzzing of the BibTeX importer: any text gives publications and warnings, never
 * an exception. The default suite replays the inputs kept in {@code BibtexImporterFuzzTestInputs};
 * {@code mvn -Pstress verify} fuzzes (docs/security.md).
 */
class BibtexImporterFuzzTest {
    private static final BibtexImporter IMPORTER = new BibtexImporter();

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "2h")
    void anyTextIsReadWithoutAnException(byte[] input) {
        IMPORTER.read(new String(input, java.nio.charset.StandardCharsets.UTF_8), "fuzz.bib");
    }
}
