package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.StyledClasses;

/** Every class the importer keeps on a block of Markdown has a rule in the site's stylesheet. */
class StyledClassesTest {

    @Test
    void theStylesheetStylesEveryClassABlockMayCarry() throws IOException {
        String css;
        try (InputStream in = StyledClassesTest.class.getResourceAsStream("/org/scholarfolio/site/theme/default/assets/css/site.css")) {
            assertThat(in).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> all = Set.copyOf(Stream.concat(StyledClasses.ALIGNMENT.stream(), StyledClasses.QUOTE_BOXES.stream()).toList());
        assertThat(all).allSatisfy(c -> {
            assertThat(StyledClasses.onBlock(c)).isTrue();
            assertThat(css).containsPattern("(?m)^\\." + c + "[ >{]");
        });
        assertThat(StyledClasses.onBlock("lead")).isFalse();
    }
}
