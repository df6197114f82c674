package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {Energy}-Neutral                  | Energy-Neutral
            {den Hertog}                      | den Hertog
            \\emph{Homo} {\\textsc{Sapiens}}  | Homo Sapiens
            In\\textsubscript{x}Ga            | InxGa
            $\\alpha$-helix                   | $\\alpha$-helix
            a } b { c \\foo{d}                | a } b { c \\foo{d}
            {x} and \\foo{d}                 | x and \\food
            Thin \\{{GaN}\\} and \\{112\\}     | Thin {GaN} and {112}
            {BERT} and a lone \\{           | BERT and a lone {
            """)
    void plainTextHasNoBracesNorMarkupCommands(String model, String plain) {
        assertThat(InlineText.plain(model)).isEqualTo(plain);
    }

    @Test
    void parsesMarkupBracesAndMathIntoATree() {
        assertThat(InlineText.parse("\\emph{a {B}} $x^2$").nodes()).containsExactly(
                new InlineText.Styled(InlineText.Style.EMPHASIS, List.of(new InlineText.Plain("a "),
                        new InlineText.Protected(List.of(new InlineText.Plain("B"))))),
                new InlineText.Plain(" "),
                new InlineText.Math("x^2", false));
    }

    @Test
    void deepNestingIsBoundedAndKeptAsText() {
        String deep = "{".repeat(10_000) + "x" + "}".repeat(10_000);
        assertThat(InlineText.plain(deep)).contains("x");
    }

    /** Text with no markup, brace or dollar is found so without the parse, and is what the parse makes of it. */
    @Test
    void textWithoutMarkupIsOnePieceOfTextOrNone() {
        assertThat(InlineText.parse("Proceedings of the 12th Conference — on Learning, 2026").nodes())
                .containsExactly(new InlineText.Plain("Proceedings of the 12th Conference — on Learning, 2026"));
        assertThat(InlineText.parse("").nodes()).isEmpty();
        assertThat(InlineText.parse(null).nodes()).isEmpty();
        assertThat(InlineText.parse("a {B} c").nodes()).hasSize(3);
        assertThat(InlineText.parse("x $y$").containsMath()).isTrue();
        assertThat(InlineText.parse("a \\& b").nodes()).containsExactly(new InlineText.Plain("a \\& b"));
    }
}
