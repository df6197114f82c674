package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Publication;

class VenueCellTest {
    @Test
    void anAbbreviationWithAnOverrideLeftOpenDoesNotReverseTheVenueAfterIt() {
        Publication p = Publication.builder("k", "article").abbr("IC\u202eML").journal("Machine Learning").build();
        assertThat(PublicationsView.venueCell(p)).isEqualTo("\u2068IC\u202eML\u2069 \u00b7 Machine Learning");
    }

    @Test
    void aPlainAbbreviationAndVenueAreJoinedAsBefore() {
        Publication p = Publication.builder("k", "article").abbr("ICML").journal("Machine Learning").build();
        assertThat(PublicationsView.venueCell(p)).isEqualTo("ICML \u00b7 Machine Learning");
    }
}
