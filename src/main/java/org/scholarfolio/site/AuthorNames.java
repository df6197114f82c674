package org.scholarfolio.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.Profile;

/**
 * Decides whether an author in a list is the researcher, from the profile's name and name
 * variants: "Yihua Zhang" matches "Zhang, Yihua" and the abbreviated "Y. Zhang"; a variant
 * "Y. Zhang" matches authors written "Y. Zhang". Accents and case are ignored.
 */
public final class AuthorNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private record Variant(String given, String family) {
    }

    private final List<Variant> variants = new ArrayList<>();

    public AuthorNames(Profile profile) {
        List<String> spellings = new ArrayList<>(profile.nameVariants());
        if (!profile.name().last().isBlank()) {
            // "Family, Given": a family name of several words ("da Costa") stays whole
            spellings.add(profile.name().last() + ", " + profile.name().first());
        }
        for (String s : spellings) {
            String v = s.strip();
            int comma = v.indexOf(',');
            String given;
            String family;
            if (comma >= 0) {
                family = v.substring(0, comma);
                given = v.substring(comma + 1);
            } else {
                int space = v.lastIndexOf(' ');
                given = space < 0 ? "" : v.substring(0, space);
                family = space < 0 ? v : v.substring(space + 1);
            }
            if (!normal(family).isEmpty()) {
                variants.add(new Variant(normal(given), normal(family)));
            }
        }
    }

    public boolean isResearcher(Author author) {
        String family = normal((author.von() + " " + author.family()).strip());
        String familyOnly = normal(author.family());
        String given = normal(author.given());
        for (Variant v : variants) {
            if (!(v.family.equals(family) || v.family.equals(familyOnly))) {
                continue;
            }
            if (v.given.isEmpty() || v.given.equals(given) || initialsAgree(v.given, given)) {
                return true;
            }
        }
        return false;
    }

    /** An author's "y." agrees with the variant "yihua", "y. h." with "yi hua". */
    private static boolean initialsAgree(String a, String b) {
        String[] as = a.split("[\\s.\\-]+");
        String[] bs = b.split("[\\s.\\-]+");
        if (as.length == 0 || bs.length == 0 || as[0].isEmpty() || bs[0].isEmpty()) {
            return false;
        }
        // Only the author list may abbreviate: "Y. Zhang" in a paper is the researcher, but the
        // variant "Y. Zhang" must not claim a co-author called Yiming Zhang.
        if (!isAbbreviated(b)) {
            return false;
        }
        int n = Math.min(as.length, bs.length);
        for (int i = 0; i < n; i++) {
            if (as[i].isEmpty() || bs[i].isEmpty() || as[i].charAt(0) != bs[i].charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbbreviated(String given) {
        for (String part : given.split("[\\s\\-]+")) {
            String p = part.replace(".", "");
            if (!p.isEmpty() && (p.length() == 1 || part.endsWith("."))) {
                return true;
            }
        }
        return false;
    }

    static String normal(String s) {
        return Normalizer.normalize(s.replace("{", "").replace("}", ""), Normalizer.Form.NFKD)
                .transform(t -> MARKS.matcher(t).replaceAll("")).toLowerCase(Locale.ROOT)
                .transform(t -> SPACES.matcher(t).replaceAll(" ")).strip();
    }
}
