package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The export's warm-up readies what the export then uses, and never fails the export. */
class RenderingWarmUpTest {

    @Test
    void theExportFindsTheTemplatesTheWarmUpCompiled() {
        RenderingWarmUp.run("default");
        assertThat(PebbleThemeTemplates.of("default")).isSameAs(PebbleThemeTemplates.of("default"));
    }

    @Test
    void aThemeWithoutTemplatesLeavesTheFailureToTheExport() {
        assertThatCode(() -> RenderingWarmUp.run("no-such-theme")).doesNotThrowAnyException();
    }
}
