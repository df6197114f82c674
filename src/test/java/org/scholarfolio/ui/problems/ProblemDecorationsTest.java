package org.scholarfolio.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemDecorationsTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            publications[3].year,        publications[3].year,               true
            publications[3].year,        publications[2].year,               false
            publications[3].year,        publications[3].yearly,             false
            publications[0].authors[1],  publications[0].authors[1].family,  true
            publications[0].authors[1],  publications[0].authors,            true
            publications[0].authors[1],  publications[0].authors[0].family,  false
            profile.email,               profile.name,                       false
            """)
    void aProblemConcernsItsFieldItsRecordsFieldsAndTheListHoldingIt(String problem, String field, boolean concerns) {
        assertThat(ProblemDecorations.concerns(problem, field)).isEqualTo(concerns);
    }
}
