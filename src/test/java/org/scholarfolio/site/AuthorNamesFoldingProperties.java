package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A name compared character by character ({@link AuthorNames#normal}, a table for Latin text) is what the Unicode
 * decomposition, the marks' removal, the lower case and the white space's runs make of it
 * ({@link AuthorNames#normalByDecomposition}), for every character and for names made of the awkward ones.
 */
class AuthorNamesFoldingProperties {
    private static final String AWKWARD = " \t\n\u000B\f\r\u00A0\u00A8\u00AD\u00B4\u00B8\u00AF\u00BC\u00B2\u00B5\u0130\u00DF"
            + "\u0141\u00D8\u00C6\u0149\u01C4\u01F1\u017F\u0301\u0308\u0345\u03A3\u2003\u2160\uFB01{}.-,'Aaz\u00E9\u00CB"
            + "\u0001\u001C\u0085\u0250\uD835\uDC00";

    @Test
    void everyCharacterOnItsOwnIsFoldedAsTheDecompositionFoldsIt() {
        for (char c = 0; c < 0x300; c++) {
            String s = String.valueOf(c);
            assertThat(AuthorNames.normal(s)).as("U+%04X", (int) c).isEqualTo(AuthorNames.normalByDecomposition(s));
            String inName = " Zo" + c + "\u00EB  M" + c + "ller ";
            assertThat(AuthorNames.normal(inName)).as("U+%04X in a name", (int) c)
                    .isEqualTo(AuthorNames.normalByDecomposition(inName));
        }
    }

    @Test
    void accentedLatinNamesAreFoldedWithoutTheirMarks() {
        assertThat(AuthorNames.normal("  {Ł}ukasz   Ørsted-Zoë ")).isEqualTo("łukasz ørsted-zoe");
        assertThat(AuthorNames.normal("Ἀθηνᾶ")).isEqualTo(AuthorNames.normalByDecomposition("Ἀθηνᾶ"));
    }

    @Property(tries = 5000)
    void initialsRunTogetherAreFoundAsTheExpressionFindsThem(@ForAll("names") String name) {
        for (String given : new String[] {name, name.toUpperCase(java.util.Locale.ROOT), name.strip()}) {
            assertThat(AuthorNames.isTwoOrThreeCapitals(given)).as(given)
                    .isEqualTo(java.util.regex.Pattern.compile("\\p{Lu}{2,3}").matcher(given).matches());
        }
    }

    @Test
    void twoOrThreeCapitalsAreInitials() {
        for (String given : new String[] {"AA", "YH", "ŁØÆ", "\uD835\uDC00\uD835\uDC01", "A", "AAAA", "Aa", "A.", "A B", ""}) {
            assertThat(AuthorNames.isTwoOrThreeCapitals(given)).as(given)
                    .isEqualTo(java.util.regex.Pattern.compile("\\p{Lu}{2,3}").matcher(given).matches());
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> awkward = Arbitraries.of(AWKWARD.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<Character> latin = Arbitraries.chars().range('\u0000', '\u0260');
        return Arbitraries.oneOf(awkward, latin, awkward).list().ofMaxSize(12)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 5000)
    void aNameIsFoldedAsTheDecompositionFoldsIt(@ForAll("names") String name) {
        assertThat(AuthorNames.normal(name)).as(name).isEqualTo(AuthorNames.normalByDecomposition(name));
    }
}
