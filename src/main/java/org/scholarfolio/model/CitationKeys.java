package org.scholarfolio.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Citation keys made the way JabRef's default pattern makes them ({@code [auth][year][shorttitle]}
 * cut to the first title word): first author's family name, year, first significant title word,
 * ASCII letters and digits only, made unique with a, b, c… ({@code Turing1936a}).
 */
public final class CitationKeys {

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "and",
            "to", "at", "by", "with", "from", "is", "are", "der", "die", "das", "le", "la", "les", "el", "un", "une");

    private CitationKeys() {
    }

    /** A key for {@code p} that is not in {@code taken} (compared ignoring case). */
    public static String generate(Publication p, Set<String> taken) {
        StringBuilder base = new StringBuilder();
        if (!p.authors().isEmpty()) {
            base.append(capitalised(ascii(p.authors().get(0).family())));
        }
        if (p.year() != null) {
            base.append(p.year());
        }
        base.append(capitalised(firstWord(p.title())));
        String key = base.length() == 0 ? "entry" : base.toString();
        if (!contains(taken, key)) {
            return key;
        }
        for (int n = 0; ; n++) {
            String candidate = key + suffix(n);
            if (!contains(taken, candidate)) {
                return candidate;
            }
        }
    }

    /** a … z, aa, ab, … as JabRef continues. */
    private static String suffix(int n) {
        return n < 26 ? String.valueOf((char) ('a' + n)) : suffix(n / 26 - 1) + (char) ('a' + n % 26);
    }

    private static boolean contains(Set<String> taken, String key) {
        return taken.stream().anyMatch(k -> k.equalsIgnoreCase(key));
    }

    private static String firstWord(String title) {
        for (String word : ascii(title.replaceAll("\\\\[a-zA-Z]+|\\$[^$]*\\$", " ")).split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return word;
            }
        }
        return "";
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
                .replace("Ł", "L"), Normalizer.Form.NFKD).replaceAll("[^A-Za-z0-9 ]", "");
    }

    private static String capitalised(String s) {
        String word = s.replace(" ", "");
        return word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
