package org.scholarfolio.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;

/** Coverage-guided fuzzing of the JSON loader: any bytes load, or fail with a located {@link PortfolioLoadException}. */
class PortfolioJsonFuzzTest {
    private static final Path FILE = FuzzSites.scratchFolder("fuzz-json").resolve("portfolio.json");

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "4h")
    void anyBytesLoadOrGiveALocatedError(byte[] input) throws IOException {
        // Most random bytes are not JSON at all; starting like a portfolio takes the fuzzer inside.
        byte[] bytes = input.length > 0 && input[0] == '!' ? input
                : ("{\"schemaVersion\": 1, " + new String(input, java.nio.charset.StandardCharsets.UTF_8)).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8);
        Files.write(FILE, bytes);
        try {
            PortfolioStore.load(FILE);
        } catch (PortfolioLoadException e) {
            if (!e.getMessage().startsWith(FILE.toString())) {
                throw new AssertionError("the error does not name the file: " + e.getMessage());
            }
        }
    }
}
