package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1952-01-09       | en-US
            1/9/1952         | en-US
            Jan 9, 1952      | en-US
            January 9, 1952  | en-US
            9 Jan 1952       | en-US
            9 January 1952   | en-GB
            09/01/1952       | en-GB
            9 Jan 1952       | de-DE
            9. Januar 1952   | de-DE
            09.01.1952       | de-DE
            1952-01-09       | de-DE
            """)
    void readsIsoTheLocalesFormsAndDayMonthYear(String typed, String locale) {
        assertThat(TypedDates.parse(typed, Locale.forLanguageTag(locale))).contains(LocalDate.of(1952, 1, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "1952-02-30", "31 Feb 1952", "13/13/1952"})
    void refusesWhatIsNoDate(String typed) {
        assertThat(TypedDates.parse(typed, Locale.US)).isEmpty();
    }
}
