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

    @Test
    void plainAsciiTextGetsTheSlugTheRulesGive() {
        // ASCII text takes a quicker way than the rules (normalise, drop marks, replace, trim): same result.
        java.util.Random random = new java.util.Random(18);
        String alphabet = "aZ09 -_.,:;!?()[]{}'\"/\\\t\n+*&%$#@~`|<>=^";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 'A' + random.nextInt(26)));
            }
            int max = 1 + random.nextInt(30);
            assertThat(Slugs.slugify(text.toString(), max)).as("slug of \"%s\" within %d", text, max)
                    .isEqualTo(byTheRules(text.toString(), max));
        }
    }

    private static String byTheRules(String text, int maxLength) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-+$", "") : slug;
    }
}
