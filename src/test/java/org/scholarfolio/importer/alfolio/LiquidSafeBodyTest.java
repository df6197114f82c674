package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiquidSafeBodyTest {
    @Test
    void typedLiquidOpenersAreWrittenInsideRawTags() {
        assertThat(AlfolioSiteWriter.liquidSafe("see {{ site.url }}/x and {% cite k %}"))
                .isEqualTo("see {% raw %}{{{% endraw %} site.url }}/x and {% raw %}{%{% endraw %} cite k %}");
    }

    @Test
    void textWithoutLiquidIsUnchanged() {
        assertThat(AlfolioSiteWriter.liquidSafe("a {single} brace and 100% sure")).isEqualTo("a {single} brace and 100% sure");
    }
}
