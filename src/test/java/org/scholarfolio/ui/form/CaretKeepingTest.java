package org.scholarfolio.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaretKeepingTest {
    @Test
    void aValueArrivingInAnEmptyFieldShowsFromItsStart() {
        // An address of four lines in a box of three rows opened scrolled to its last line.
        assertThat(CaretKeeping.caretAfter("", "Computing Machine Laboratory\nManchester", false)).isZero();
        assertThat(CaretKeeping.caretAfter("Alan", "Grace", false)).isZero();
    }

    @Test
    void anUndoneOrRedoneChangeKeepsTheCaretWhereItWas() {
        assertThat(CaretKeeping.caretAfter("Reader in logic", "Reader", true)).isEqualTo(6);
        assertThat(CaretKeeping.caretAfter("Reader", "Reader in logic", false)).isEqualTo(15);
        assertThat(CaretKeeping.caretAfter("", "Ada", true)).isEqualTo(3);
    }
}
