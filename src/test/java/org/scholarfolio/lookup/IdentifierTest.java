package org.scholarfolio.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            doi:10.1000/xyz123                                  | doi:10.1000/xyz123
            DOI: 10.1000/xyz123                                 | doi:10.1000/xyz123
            10.1000/xyz123                                      | doi:10.1000/xyz123
            https://doi.org/10.1000/xyz123                      | doi:10.1000/xyz123
            http://dx.doi.org/10.1000/xyz123                    | doi:10.1000/xyz123
            doi.org/10.1000/ABC(1999)2:3<45::AID-X>3.0.CO;2-Y   | doi:10.1000/ABC(1999)2:3<45::AID-X>3.0.CO;2-Y
            https://doi.org/10.1002%2F%28SICI%291097            | doi:10.1002/(SICI)1097
            arxiv:2101.00001                                    | arxiv:2101.00001
            arXiv:2101.00001v3                                  | arxiv:2101.00001v3
            2101.00001                                          | arxiv:2101.00001
            1501.0001                                           | arxiv:1501.0001
            https://arxiv.org/abs/2101.00001v2                  | arxiv:2101.00001v2
            https://arxiv.org/pdf/2101.00001.pdf                | arxiv:2101.00001
            http://export.arxiv.org/abs/math/0601001            | arxiv:math/0601001
            math/0601001v2                                      | arxiv:math/0601001v2
            arxiv:hep-th/9901001                                | arxiv:hep-th/9901001
            arxiv:math.GT/0309136                               | arxiv:math.GT/0309136
            10.48550/arXiv.2101.00001                           | arxiv:2101.00001
            https://doi.org/10.48550/arXiv.math/0601001         | arxiv:math/0601001
            pmid:31452104                                       | pmid:31452104
            PMID: 31452104                                      | pmid:31452104
            https://pubmed.ncbi.nlm.nih.gov/31452104/           | pmid:31452104
            """)
    void readsEverySpellingToOneCanonicalForm(String text, String canonical) {
        assertThat(Identifier.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "10.12/short-prefix", "doi:", "doi:11.1000/x", "arxiv:2101.1",
        "arxiv:21010.00001", "pmid:abc", "pmid:0123", "https://example.org/paper", "math/060100"})
    void refusesWhatIsNoIdentifierWithASentenceSayingWhatWasExpected(String text) {
        assertThatThrownBy(() -> Identifier.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .message().matches(m -> m.contains("DOI") || m.contains("arXiv") || m.contains("PubMed") || m.contains("PMID"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0000-0002-1825-0097, 0000-0002-1825-0097
            https://orcid.org/0000-0002-1825-0097, 0000-0002-1825-0097
            0000-0002-1694-233x, 0000-0002-1694-233X
            """)
    void readsOrcidIdsAndChecksTheirCheckDigit(String text, String value) {
        assertThat(OrcidId.parse(text).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0098", "0000-0002-1825", "orcid", "https://orcid.org/"})
    void refusesOrcidIdsThatAreMistyped(String text) {
        assertThatThrownBy(() -> OrcidId.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ORCID iD");
    }
}
