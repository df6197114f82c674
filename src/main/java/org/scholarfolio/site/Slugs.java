package org.scholarfolio.site;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** File-system- and URL-safe names for generated folders, unique within one export. */
final class Slugs {
    private final Set<String> taken = new HashSet<>();

    Slugs(Set<String> reserved) {
        taken.addAll(reserved);
    }

    static String slugify(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    /** A slug of {@code text} not handed out before, falling back to {@code fallback}. */
    String unique(String text, String fallback) {
        String base = slugify(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
