package org.scholarfolio.model;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File-system- and URL-safe names made from titles, ids and file names: lower-case ASCII letters
 * and digits joined by single hyphens, accents dropped. The site's folders, the al-folio export's
 * file names and the al-folio import's ids are all made here, so they agree. An instance hands out
 * slugs unique within one export.
 */
public final class Slugs {
    private final Set<String> taken = new HashSet<>();
    private final int maxLength;

    /** Hands out slugs of at most {@code maxLength} characters, none of them in {@code reserved}. */
    public Slugs(Set<String> reserved, int maxLength) {
        taken.addAll(reserved);
        this.maxLength = maxLength;
    }

    /** The slug of {@code text}, of any length; empty when nothing in it is a letter or digit. */
    public static String slugify(String text) {
        return slugify(text, Integer.MAX_VALUE);
    }

    /** The slug of {@code text}, cut at a hyphen-free end to at most {@code maxLength} characters. */
    public static String slugify(String text, int maxLength) {
        if (text != null && isAscii(text)) {
            return asciiSlug(text, maxLength);
        }
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-+$", "") : slug;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #slugify(String, int)} of ASCII text without regular expressions (it has nothing to
     * normalise): every site export makes a slug of each record, a tenth of a warm re-export's time.
     */
    private static String asciiSlug(String text, int maxLength) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 64));
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        if (out.length() > maxLength) {
            out.setLength(maxLength);
            while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
                out.setLength(out.length() - 1);
            }
        }
        return out.toString();
    }

    /** The slug of {@code text}, or {@code fallback} when it has none. */
    public static String slugOr(String text, String fallback) {
        String slug = slugify(text);
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... when taken; the result is added to {@code used}. */
    public static String firstFree(String base, Set<String> used) {
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** A slug of {@code text} not handed out before, falling back to {@code fallback}. */
    public String unique(String text, String fallback) {
        String base = slugify(text, maxLength);
        return firstFree(base.isEmpty() ? fallback : base, taken);
    }
}
