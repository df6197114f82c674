package org.scholarfolio.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Citation keys made the way JabRef's {@code [auth:lower][year][veryshorttitle:lower]} pattern
 * makes them (and Google Scholar writes them): the first author's family name, the year and the
 * first significant word of the title, lower-case ASCII, e.g. {@code turing1950computing}. A key
 * already taken gets JabRef's suffixes a, b, ..., z, aa, ab, ...
 */
public final class CitationKeys {
    /** Articles, prepositions and conjunctions that JabRef skips when it picks the title word. */
    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the",
            "about", "above", "across", "after", "against", "along", "among", "around", "as", "at",
            "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "down",
            "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off",
            "on", "onto", "out", "over", "past", "per", "since", "through", "throughout", "to",
            "toward", "towards", "under", "until", "up", "upon", "via", "with", "within", "without",
            "and", "but", "nor", "or", "so", "yet", "if", "than", "that", "whether", "while");

    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("ł", "l"), Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"),
            Map.entry("ı", "i"), Map.entry("ŋ", "n"));

    private CitationKeys() {
    }

    /** The key for this publication, before it is made unique. Never empty: "unknown" stands in. */
    public static String base(Publication publication) {
        String author = publication.authors().isEmpty() ? "" : ascii(publication.authors().get(0).family());
        String year = publication.year() == null ? "" : String.valueOf(publication.year());
        String key = author + year + firstSignificantWord(publication.title());
        return key.isEmpty() ? "unknown" : key;
    }

    /** The key for this publication, with a suffix when {@code taken} already holds the base. */
    public static String unique(Publication publication, Collection<String> taken) {
        return unique(base(publication), taken);
    }

    /** {@code base} itself when free, else base + a, b, ..., z, aa, ab, ... (the first one free). */
    public static String unique(String base, Collection<String> taken) {
        Set<String> used = Set.copyOf(taken);
        if (!used.contains(base)) {
            return base;
        }
        for (int n = 0; ; n++) {
            String candidate = base + suffix(n);
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** 0 → a, 25 → z, 26 → aa, 27 → ab, ... as JabRef counts. */
    static String suffix(int n) {
        StringBuilder s = new StringBuilder();
        int rest = n;
        do {
            s.insert(0, (char) ('a' + rest % 26));
            rest = rest / 26 - 1;
        } while (rest >= 0);
        return s.toString();
    }

    static String firstSignificantWord(String title) {
        for (String word : plain(title).split("[^\\p{L}\\p{N}]+")) {
            String ascii = ascii(word);
            if (!ascii.isEmpty() && !SMALL_WORDS.contains(ascii)) {
                return ascii;
            }
        }
        return "";
    }

    /**
     * Lower-case ASCII letters and digits only: accents dropped, ß → ss, braces and LaTeX gone. The
     * one way the app spells a name in a key (the generator's keys too).
     */
    public static String ascii(String text) {
        String lower = plain(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        decomposed.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                out.append(ch);
            } else if (LETTERS.containsKey(ch)) {
                out.append(LETTERS.get(ch));
            }
        });
        return out.toString();
    }

    /** The text without BibTeX's protective braces and LaTeX command names ({@code \emph{x}} → x). */
    private static String plain(String text) {
        return Text.orEmpty(text).replaceAll("\\\\[a-zA-Z]+\\s*", " ").replaceAll("\\\\.", "")
                .replace("{", "").replace("}", "");
    }
}
