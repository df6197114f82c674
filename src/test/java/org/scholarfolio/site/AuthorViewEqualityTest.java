package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarfolio.site.Views.AuthorView;

/** The written-out equality of {@link AuthorView}: every component counts, equal ones hash alike. */
class AuthorViewEqualityTest {
    private static AuthorView view() {
        return new AuthorView("Ada Lovelace", true, "*", "https://a.example", "Ada <em>Lovelace</em>");
    }

    @Test
    void equalComponentsAreEqualWithOneHash() {
        assertThat(view()).isEqualTo(view()).hasSameHashCodeAs(view()).isNotSameAs(view());
        assertThat(new AuthorView(null, false, null, null, null)).isEqualTo(new AuthorView(null, false, null, null, null))
                .hasSameHashCodeAs(new AuthorView(null, false, null, null, null));
    }

    @Test
    void anyComponentApartMakesThemUnequal() {
        assertThat(List.of(new AuthorView("Ada Byron", true, "*", "https://a.example", "Ada <em>Lovelace</em>"),
                new AuthorView("Ada Lovelace", false, "*", "https://a.example", "Ada <em>Lovelace</em>"),
                new AuthorView("Ada Lovelace", true, "†", "https://a.example", "Ada <em>Lovelace</em>"),
                new AuthorView("Ada Lovelace", true, "*", "https://b.example", "Ada <em>Lovelace</em>"),
                new AuthorView("Ada Lovelace", true, "*", "https://a.example", "Ada Lovelace"),
                new AuthorView(null, true, "*", "https://a.example", "Ada <em>Lovelace</em>")))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(view()));
    }
}
