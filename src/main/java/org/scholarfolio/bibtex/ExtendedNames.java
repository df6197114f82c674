package org.scholarfolio.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.UnknownFields;

/**
 * biblatex's extended name format, as biber reads it: {@code family=Brown, given=Brian, prefix=de, useprefix=true},
 * each part named, so a name BibTeX's classic forms cannot say (a capitalised prefix, a family name that starts in
 * lower case) says itself. The four name parts go to the author's given, von, family and jr; the name's options
 * ({@code useprefix}, initials such as {@code given-i}) are kept on the author, so an export writes them back.
 */
public final class ExtendedNames {
    /** The author's member that keeps the name's biblatex options, key to value, in the order written. */
    public static final String OPTIONS = "biblatexNameOptions";
    private static final Pattern PART = Pattern.compile("\\s*([A-Za-z][A-Za-z-]*)\\s*=(.*)", Pattern.DOTALL);
    private static final List<String> NAME_PARTS = List.of("family", "given", "prefix", "suffix");
    private static final Pattern NEEDS_BRACES = Pattern.compile("[,=\"]|\\s(?i:and)\\s|^\\s|\\s$");

    private ExtendedNames() {
    }

    /**
     * The named parts of a name (keys in lower case, values without their braces or quotes), if every part between
     * the commas outside braces is {@code key=value} and one of them names a name part; empty for a classic name.
     */
    public static Optional<Map<String, String>> parts(List<String> commaParts) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : commaParts) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            parts.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), unwrapped(m.group(2).strip()));
        }
        return parts.keySet().stream().anyMatch(NAME_PARTS::contains) ? Optional.of(parts) : Optional.empty();
    }

    /** The author of a name's named parts: its options, the parts that name none of the four, kept on it. */
    public static Author author(Map<String, String> parts, boolean equalContribution, boolean corresponding, String otherMarks) {
        Map<String, Object> options = new LinkedHashMap<>();
        parts.forEach((key, value) -> {
            if (!NAME_PARTS.contains(key)) {
                options.put(key, value);
            }
        });
        return new Author(parts.getOrDefault("given", ""), parts.getOrDefault("prefix", ""),
                parts.getOrDefault("family", ""), parts.getOrDefault("suffix", ""), equalContribution, corresponding,
                otherMarks, "", options.isEmpty() ? null : new UnknownFields(Map.of(OPTIONS, options)));
    }

    /**
     * Whether BibTeX's classic form ("von Family, Jr, Given") reads back as this author's parts: not when the prefix
     * starts or ends in upper case, a family name has a lower-case word before its last, a given name or suffix
     * holds a comma, or a name with no given name has more than one word (BibTeX would take the first as given).
     */
    public static boolean classicReadsBack(Author a) {
        if (a.given().contains(",") || a.jr().contains(",")) {
            return false;
        }
        List<String> von = NameWords.words(a.von());
        List<String> family = NameWords.words(a.family());
        if (a.given().isBlank()) {
            return a.jr().isBlank() && von.isEmpty() && family.size() <= 1;
        }
        for (int i = 0; i < family.size() - 1; i++) {
            if (NameWords.isLowerCase(family.get(i))) {
                return false;
            }
        }
        return von.isEmpty() || NameWords.isLowerCase(von.get(0)) && NameWords.isLowerCase(von.get(von.size() - 1))
                && !family.isEmpty();
    }

    /** Whether the author's name is to be written in the extended format: it has options, or no classic form says it. */
    public static boolean needed(Author a) {
        return !options(a).isEmpty() || !classicReadsBack(a);
    }

    /** The name in the extended format, markers (al-folio's {@code *}, {@code †}) after the family name. */
    public static String write(Author a, String markers) {
        List<String> parts = new ArrayList<>();
        parts.add("family=" + value(a.family()) + markers);
        if (!a.given().isBlank()) {
            parts.add("given=" + value(a.given()));
        }
        if (!a.von().isBlank()) {
            parts.add("prefix=" + value(a.von()));
        }
        if (!a.jr().isBlank()) {
            parts.add("suffix=" + value(a.jr()));
        }
        options(a).forEach((key, value) -> parts.add(key + "=" + value(String.valueOf(value))));
        return String.join(", ", parts);
    }

    private static Map<?, ?> options(Author a) {
        return a.unknownFields().values().get(OPTIONS) instanceof Map<?, ?> options ? options : Map.of();
    }

    private static String value(String text) {
        String bibtex = Latex.toBibtex(text);
        boolean wholeGroup = bibtex.startsWith("{") && bibtex.endsWith("}");
        return wholeGroup || NEEDS_BRACES.matcher(bibtex).find() ? "{" + bibtex + "}" : bibtex;
    }

    /** A value without the one pair of braces or quotes around all of it, as biber reads it. */
    private static String unwrapped(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).strip();
        }
        if (value.length() >= 2 && value.startsWith("{") && closingBrace(value) == value.length() - 1) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    private static int closingBrace(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
