package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedValuesTest {
    @Test
    void anEqualValueIsAnsweredWithTheFirstOne() {
        SharedValues shared = new SharedValues();
        String first = new String("Proceedings of NeurIPS");
        String again = new String("Proceedings of NeurIPS");

        assertThat(shared.of(first)).isSameAs(first);
        assertThat(shared.of(again)).isSameAs(first);
    }

    @Test
    void aValueNotSeenBeforeIsItself() {
        SharedValues shared = new SharedValues();
        shared.of("2024");
        String other = new String("2023");

        assertThat(shared.of(other)).isSameAs(other);
    }
}
