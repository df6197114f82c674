package org.scholarfolio.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class KatexMathMlTest {
    private final KatexMathMl katex = KatexMathMl.shared();

    @Test
    void inlineFormulaIsOneMathElementWithItsSource() {
        String mathMl = katex.toMathMl("\\lambda x. x^2", false);
        var doc = Jsoup.parse(mathMl, Parser.xmlParser());
        assertThat(doc.children()).hasSize(1);
        assertThat(doc.child(0).tagName()).isEqualTo("math");
        assertThat(doc.child(0).hasAttr("display")).isFalse();
        assertThat(doc.select("mi").eachText()).contains("λ", "x");
        assertThat(doc.select("msup")).hasSize(1);
        assertThat(doc.select("annotation[encoding=application/x-tex]").text()).isEqualTo("\\lambda x. x^2");
    }

    @Test
    void displayFormulaIsABlock() {
        String mathMl = katex.toMathMl("\\int_0^1 f(x)\\,dx", true);
        assertThat(mathMl).startsWith("<math display=\"block\">").endsWith("</math>");
    }

    @Test
    void invalidTexIsReportedWithKatexsReason() {
        assertThatThrownBy(() -> katex.toMathMl("\\frac{1}{", false))
                .isInstanceOf(MathSyntaxException.class).hasMessageContaining("expected '}'");
        assertThatThrownBy(() -> katex.toMathMl("\\undefinedmacro", false))
                .isInstanceOf(MathSyntaxException.class).hasMessageContaining("\\undefinedmacro");
    }

    @Test
    void noMarkupInTheSourceBecomesAnElement() {
        String mathMl = katex.toMathMl("\\text{<img src=x onerror=alert(1)>}", false);
        assertThat(Jsoup.parse(mathMl, Parser.xmlParser()).select("img")).isEmpty();
        assertThat(mathMl).doesNotContain("<img");
    }

    @Test
    void manyThreadsGetTheSameAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = IntStream.range(0, 40)
                    .<Callable<String>>mapToObj(i -> () -> katex.toMathMl("x_{" + (i % 5) + "}", false)).toList();
            List<String> results = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i)).contains("<mn>" + (i % 5) + "</mn>");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
