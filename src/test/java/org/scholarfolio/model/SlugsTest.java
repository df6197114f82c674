package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void keepsLettersAndDigitsJoinedBySingleHyphens() {
        assertThat(Slugs.slugify("  Élan vital: Über Straße (2024)! ")).isEqualTo("elan-vital-uber-stra-e-2024");
        assertThat(Slugs.slugify("ﬁrst ﬂoor")).isEqualTo("first-floor");
        assertThat(Slugs.slugify("!!!")).isEmpty();
        assertThat(Slugs.slugify(null)).isEmpty();
    }

    @Test
    void cutsLongSlugsAtTheLimitWithoutATrailingHyphen() {
        assertThat(Slugs.slugify("abcd efgh", 5)).isEqualTo("abcd");
        assertThat(Slugs.slugify("abcd efgh", 6)).isEqualTo("abcd-e");
    }

    @Test
    void fallsBackWhenTheTextHasNoSlug() {
        assertThat(Slugs.slugOr("???", "page")).isEqualTo("page");
        assertThat(Slugs.slugOr("Teaching", "page")).isEqualTo("teaching");
    }

    @Test
    void numbersRepeatsAndRemembersWhatItHandedOut() {
        Set<String> used = new HashSet<>(Set.of("news"));
        assertThat(Slugs.firstFree("news", used)).isEqualTo("news-2");
        assertThat(Slugs.firstFree("news", used)).isEqualTo("news-3");
        assertThat(used).contains("news", "news-2", "news-3");
    }

    @Test
    void anInstanceAvoidsReservedNamesAndItsOwnSlugs() {
        Slugs slugs = new Slugs(Set.of("publications"), 80);
        assertThat(slugs.unique("Publications", "page")).isEqualTo("publications-2");
        assertThat(slugs.unique("", "page")).isEqualTo("page");
        assertThat(slugs.unique("!", "page")).isEqualTo("page-2");
    }
}
