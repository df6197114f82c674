package org.scholarfolio.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the al-folio reader: fuzzed {@code _config.yml}, front matter, news
 * and socials files give a portfolio with warnings, or an {@link IOException}, never another exception.
 */
class AlfolioSiteFuzzTest {
    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "8h")
    void anySiteIsImportedOrRefusedWithATypedError(FuzzedDataProvider data) {
        String config = data.consumeString(400);
        String about = "---\n" + data.consumeString(400) + "\n---\n" + data.consumeString(200);
        String news = (data.consumeBoolean() ? "---\n" : "") + data.consumeString(300);
        String socials = data.consumeRemainingAsString();
        try {
            FuzzSites.importSite(config, about, news, socials);
        } catch (IOException e) {
            // a typed refusal is fine
        }
    }
}
