package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptFontsTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            Yihua Zhang,          false
            张逸骅,               true
            Yihua 张,             true
            ひらがな,             true
            한국어,               true
            Ünïcödé λ-calculus,   false
            """)
    void detectsCjkText(String text, boolean cjk) {
        assertThat(ScriptFonts.hasCjk(text)).isEqualTo(cjk);
    }
}
