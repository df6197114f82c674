package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoiTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.1000/xyz                          | 10.1000/xyz
            '  10.1000/XYZ  '                    | 10.1000/XYZ
            doi:10.1000/xyz                      | 10.1000/xyz
            DOI: 10.1000/xyz                     | 10.1000/xyz
            https://doi.org/10.1000/xyz          | 10.1000/xyz
            http://dx.doi.org/10.1000/xyz        | 10.1000/xyz
            doi.org/10.1000/xyz                  | 10.1000/xyz
            HTTPS://DOI.ORG/10.1000/xyz          | 10.1000/xyz
            http://doi.acm.org/10.1145/351827.384253 | 10.1145/351827.384253
            https://www.doi.org/10.1000/xyz      | 10.1000/xyz
            www.doi.org/10.1000/xyz              | 10.1000/xyz
            WWW.DOI.ORG/10.1000/xyz              | 10.1000/xyz
            Dx.Doi.Org/10.1000/xyz               | 10.1000/xyz
            ' doi: 10.1000/xyz'                  | 10.1000/xyz
            x doi:10.1000/xyz                    | x doi:10.1000/xyz
            https://example.org/10.1000/xyz      | https://example.org/10.1000/xyz
            """)
    void readsTheSpellingsPeoplePaste(String typed, String value) {
        assertThat(Doi.of(typed).value()).isEqualTo(value);
    }

    @Test
    void comparesIgnoringCaseButKeepsTheRegistrantsSpelling() {
        Doi doi = Doi.of("https://doi.org/10.1145/ABC.Def");
        assertThat(doi.value()).isEqualTo("10.1145/ABC.Def");
        assertThat(doi.key()).isEqualTo(Doi.of("10.1145/abc.def").key());
        assertThat(doi).hasToString("doi:10.1145/ABC.Def");
    }

    @Test
    void knowsArxivsDataciteDois() {
        Doi arxiv = Doi.ofArxiv("2101.00001");
        assertThat(arxiv.value()).isEqualTo("10.48550/arXiv.2101.00001");
        assertThat(arxiv.isArxiv()).isTrue();
        assertThat(arxiv.arxivId()).contains("2101.00001");
        assertThat(Doi.of("10.48550/ARXIV.math/0601001").arxivId()).contains("math/0601001");
        assertThat(Doi.of("10.1145/3442188").isArxiv()).isFalse();
        assertThat(Doi.of("10.1145/3442188").arxivId()).isEmpty();
    }

    @Test
    void tellsTheRegistrySyntaxFromAMerePrefix() {
        assertThat(Doi.of("10.1145/3442188.3445922").isWellFormed()).isTrue();
        assertThat(Doi.of("10.12/x").isWellFormed()).isFalse();
        assertThat(Doi.of("10.12/x").hasDoiPrefix()).isTrue();
        assertThat(Doi.of("ISBN 978-3").hasDoiPrefix()).isFalse();
        assertThat(Doi.of("").isEmpty()).isTrue();
    }

    /** The resolver address and arXiv's prefix are spelled once, here, and nowhere else in the code. */
    @Test
    void theDoiSpellingsStandOnlyInTheValueType() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org/scholarfolio/model/Doi.java"))).toList();
        }
        for (Path f : sources) {
            String code = Files.readString(f).replaceAll("(?m)^\\s*(\\*|/\\*\\*|//).*$", "");
            assertThat(code).as(f.toString()).doesNotContain("doi\\\\.org", "\"10.48550", "\"https://doi.org/");
        }
    }
}
