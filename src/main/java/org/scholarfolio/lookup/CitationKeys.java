package org.scholarfolio.lookup;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.scholarfolio.model.Publication;

/**
 * Citation keys for fetched records, in the form Google Scholar's BibTeX uses and many
 * researchers' files already have: first author's family name, year, first word of the title
 * that is not a small word ({@code vaswani2017attention}); a second {@code vaswani2017attention}
 * becomes {@code vaswani2017attentionb}. The key names the paper's page on the site.
 */
public final class CitationKeys {
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and",
            "with", "at", "by", "from", "is", "are", "as", "via", "towards", "toward", "into");

    private final Set<String> taken = new HashSet<>();

    /** @param existing the keys already in the portfolio (compared ignoring case, as BibTeX does) */
    public CitationKeys(Iterable<String> existing) {
        existing.forEach(k -> taken.add(k.toLowerCase(Locale.ROOT)));
    }

    /** The record with a fresh key, unless it already has one. */
    public Publication assign(Publication p) {
        if (!p.citationKey().isBlank()) {
            taken.add(p.citationKey().toLowerCase(Locale.ROOT));
            return p;
        }
        String family = p.authors().isEmpty() ? "anonymous" : ascii(p.authors().get(0).family());
        if (family.isEmpty()) {
            family = "anonymous";
        }
        String word = "";
        for (String w : ascii(p.title().replaceAll("[^\\p{L}\\p{N}]+", " ").strip(), " ").split(" ")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
                word = w;
                break;
            }
        }
        String base = family + (p.year() == null ? "" : p.year().toString()) + word;
        String key = base;
        for (int n = 1; taken.contains(key); n++) {
            key = base + (n <= 25 ? String.valueOf((char) ('a' + n)) : String.valueOf(n + 1));
        }
        taken.add(key);
        return p.toBuilder().citationKey(key).build();
    }

    private static String ascii(String s) {
        return ascii(s, "");
    }

    private static String ascii(String s, String keep) {
        String folded = Normalizer.normalize(s.replace("ß", "ss").replace("ø", "o").replace("ł", "l"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9" + keep + "]", "");
    }
}
