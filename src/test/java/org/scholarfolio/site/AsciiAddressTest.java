package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.org/~me/                 | https://example.org/~me/
            https://example.org/z%C3%A9/             | https://example.org/z%C3%A9/
            https://example.org/zé/                  | https://example.org/z%C3%A9/
            https://bücher.example/                  | https://xn--bcher-kva.example/
            http://bücher.example:8080/über/         | http://xn--bcher-kva.example:8080/%C3%BCber/
            https://user@bücher.example/             | https://user@xn--bcher-kva.example/
            https://example.org/张/?q=é#ü            | https://example.org/%E5%BC%A0/?q=%C3%A9#%C3%BC
            https://example.org/😀/                  | https://example.org/%F0%9F%98%80/
            https://bücher.example                   | https://xn--bcher-kva.example
            """)
    void writesTheHostInPunycodeAndPercentEncodesTheRest(String typed, String written) {
        assertThat(AsciiAddress.of(typed)).isEqualTo(written);
    }
}
