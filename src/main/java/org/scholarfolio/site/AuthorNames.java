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
    private static final java.util.Set<String> GENERATION = java.util.Set.of("junior", "jr", "jr.", "filho", "neto", "sobrinho");
    private record Variant(String given, String family) {
    }

    private final List<Variant> variants = new ArrayList<>();
    /**
     * Each author asked about, answered: a co-author is on many papers and the researcher on most,
     * and each answer takes four Unicode normalisations. Asked from several threads at once.
     */
    private final java.util.concurrent.ConcurrentHashMap<Name, Boolean> answered = new java.util.concurrent.ConcurrentHashMap<>();
    /** How many authors were decided, not found among those answered: for a test. */
    private final java.util.concurrent.atomic.AtomicInteger decisions = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * What a decision reads of an author: the same person with other marks or an address on another paper is
     * answered, not decided again (the 1,000 export's 1,277 distinct authors are 783 names). Equality written out, not
     * a record's: the generated methods link method handles at their first call.
     */
    private static final class Name {
        private final String given;
        private final String von;
        private final String family;

        Name(Author a) {
            given = a.given();
            von = a.von();
            family = a.family();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Name n && family.equals(n.family) && given.equals(n.given) && von.equals(n.von);
        }

        @Override
        public int hashCode() {
            return (31 * given.hashCode() + von.hashCode()) * 31 + family.hashCode();
        }
    }

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
        Name name = new Name(author);
        Boolean known = answered.get(name);
        if (known == null) {
            decisions.incrementAndGet();
            known = decide(author);
            answered.putIfAbsent(name, known);
        }
        return known;
    }

    int decisions() {
        return decisions.get();
    }

    private boolean decide(Author author) {
        String family = normal((author.von() + " " + author.family()).strip());
        String familyOnly = normal(author.family());
        String given = normal(runTogetherInitials(author.given(), author.family()));
        String full = normal(author.given() + " " + author.von() + " " + author.family());
        for (Variant v : variants) {
            if (!v.given.isEmpty() && (v.given + " " + v.family).equals(full)) {
                return true; // the same words split elsewhere: "Massolo, Fidel I. Schaposnik"
            }
            if (!(v.family.equals(family) || v.family.equals(familyOnly)
                    || v.family.equals(withoutSuffix(family)) || v.family.equals(withoutSuffix(familyOnly)))) {
                continue;
            }
            if (v.given.isEmpty() || v.given.equals(given) || initialsAgree(v.given, given) || leadingWords(v.given, given)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "melo" from "melo junior": a generation word BibTeX leaves in the family name (Portuguese and
     * Spanish names write Júnior, Filho, Neto, Sobrinho without a comma).
     */
    private static String withoutSuffix(String family) {
        int space = family.lastIndexOf(' ');
        return space > 0 && GENERATION.contains(family.substring(space + 1)) ? family.substring(0, space) : family;
    }

    /**
     * Whether {@code g} is two or three capital letters, {@code \\p{Lu}{2,3}}, found by a loop that stops at the first
     * letter that is not one: asked of every author, the expression's matcher was a match object and its node walk each.
     */
    static boolean isTwoOrThreeCapitals(String g) {
        if (g.length() < 2 || g.length() > 6) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < g.length(); i += Character.charCount(g.codePointAt(i))) {
            if (Character.getType(g.codePointAt(i)) != Character.UPPERCASE_LETTER) {
                return false;
            }
            letters++;
        }
        return letters >= 2 && letters <= 3;
    }

    /**
     * "A. A." for the given name "AA": initials run together without dots, as PubMed, Scopus and
     * Vancouver-style lists write them ("Peters, AA"). A family name in capitals too ("PETERS, AA")
     * is a list in capitals, whose given name may be a whole short name.
     */
    private static String runTogetherInitials(String given, String family) {
        String g = given.strip();
        if (!isTwoOrThreeCapitals(g) || family.equals(family.toUpperCase(Locale.ROOT))) {
            return given;
        }
        StringBuilder spaced = new StringBuilder();
        g.codePoints().forEach(c -> spaced.append(spaced.length() == 0 ? "" : " ").appendCodePoint(c).append('.'));
        return spaced.toString();
    }

    /** The variant "afrânio" is the first of the author's given names "afrânio josé", spelt out. */
    private static boolean leadingWords(String variant, String given) {
        String[] vs = variant.split(" ");
        String[] gs = given.split(" ");
        if (vs.length >= gs.length || vs[0].length() < 2 || vs[0].endsWith(".")) {
            return false;
        }
        for (int i = 0; i < vs.length; i++) {
            if (!vs[i].equals(gs[i])) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern INITIAL_BREAK = Pattern.compile("[\\s.\\-]+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

    /** An author's "y." agrees with the variant "yihua", "y. h." with "yi hua". */
    private static boolean initialsAgree(String a, String b) {
        String[] as = INITIAL_BREAK.split(a);
        String[] bs = INITIAL_BREAK.split(b);
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
        for (String part : WORD_BREAK.split(given)) {
            String p = part.replace(".", "");
            if (!p.isEmpty() && (p.length() == 1 || part.endsWith("."))) {
                return true;
            }
        }
        return false;
    }

    static String normal(String s) {
        String latin = foldedLatin(s);
        return latin != null ? latin : normalByDecomposition(s);
    }

    /** {@link #normal} by the Unicode decomposition itself: for any text. */
    static String normalByDecomposition(String s) {
        return Normalizer.normalize(s.replace("{", "").replace("}", ""), Normalizer.Form.NFKD)
                .transform(t -> MARKS.matcher(t).replaceAll("")).toLowerCase(Locale.ROOT)
                .transform(t -> SPACES.matcher(t).replaceAll(" ")).strip();
    }

    /** The Latin letters a character table holds: ASCII, Latin-1 and Latin Extended-A and -B. */
    private static final int LATIN_END = 0x250;
    /**
     * Each Latin character as {@link #normalByDecomposition} writes it, made at its first use; null for those not
     * written so (controls). A fifth of the generated co-authors ("Zoë", "Łukasz", "Ørsted") took four
     * decompositions and four regular expressions each, 3 % of the 1,000 export's page threads.
     */
    private static final String[] FOLDED = new String[LATIN_END];
    private static final String NOT_FOLDED = "\uFFFF";

    /**
     * {@link #normal} of text of Latin characters, one character at a time: the decomposition of such a character
     * is its own (none of them is a combining mark), and so is its lower case once the marks are gone; then runs of
     * white space as one space, stripped. Null for text with any other character (or a control), which the
     * decomposition itself writes.
     */
    private static String foldedLatin(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '}') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
                // Most of a name: appended without a look-up.
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
                continue;
            }
            String folded = c < LATIN_END ? folded(c) : NOT_FOLDED;
            if (folded == NOT_FOLDED) {
                return null;
            }
            for (int j = 0; j < folded.length(); j++) {
                char f = folded.charAt(j);
                if (f == ' ') {
                    space = true;
                    continue;
                }
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(f);
            }
        }
        return out.toString();
    }

    /** The table's entry for {@code c}, made and kept at the first ask (a race writes the same string twice). */
    private static String folded(char c) {
        String folded = FOLDED[c];
        if (folded == null) {
            folded = fold(c);
            FOLDED[c] = folded;
        }
        return folded;
    }

    private static String fold(char c) {
        if (Character.getType(c) == Character.CONTROL) {
            return NOT_FOLDED;
        }
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)
                .transform(t -> MARKS.matcher(t).replaceAll("")).toLowerCase(Locale.ROOT);
        for (int i = 0; i < folded.length(); i++) {
            char f = folded.charAt(i);
            boolean white = Character.isWhitespace(f) || Character.isSpaceChar(f) || f < 0x20;
            if (f != ' ' && white || Character.getType(f) == Character.NON_SPACING_MARK
                    || Character.getType(f) == Character.ENCLOSING_MARK || Character.getType(f) == Character.COMBINING_SPACING_MARK
                    || Character.isSurrogate(f) || f == '{' || f == '}') {
                return NOT_FOLDED;
            }
        }
        return folded;
    }
}
