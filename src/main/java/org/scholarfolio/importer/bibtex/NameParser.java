package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.bibtex.ExtendedNames;
import org.scholarfolio.bibtex.Latex;
import org.scholarfolio.bibtex.NameWords;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.UnknownFields;

/**
 * BibTeX author lists: "and"-separated names in the forms "First von Last", "von Last, First" and
 * "von Last, Jr, First", brace-protected corporate names kept whole, plus al-folio's markers
 * written onto a name ({@code *} equal contribution, {@code †} corresponding, others kept), and biblatex's
 * extended format ({@code family=Brown, given=Brian, prefix=de}), read as biber reads it.
 */
final class NameParser {

    static final String MARKERS = "*†‡§¶‖&^+";

    /** Markers written as LaTeX superscripts, e.g. {@code $^\dagger$} or {@code \textsuperscript{*}}. */
    private static final Pattern SUPERSCRIPT_MARK = Pattern.compile(
            "\\$\\s*\\^\\s*\\{?\\s*(\\\\dagger|\\\\ddagger|\\\\ast|\\*|†|‡|§|¶)\\s*}?\\s*\\$"
                    + "|\\\\textsuperscript\\s*\\{\\s*(\\\\dagger|\\\\ddagger|\\*|†|‡|§|¶)\\s*}");

    /** {@code extendedForm} tells, name by name, which were written in biblatex's extended format. */
    record Names(List<Author> authors, boolean andOthers, List<Boolean> extendedForm) {
    }

    /** One name read, and whether it was written in biblatex's extended format. */
    private record ParsedName(Author author, boolean extendedForm) {
    }

    private NameParser() {
    }

    static Names parse(String latex) {
        String text = Latex.toUnicode(normaliseSuperscripts(latex)).replace('\u00A0', ' ');
        List<Author> authors = new ArrayList<>();
        List<Boolean> extended = new ArrayList<>();
        boolean others = false;
        for (String name : splitOnAnd(text)) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.toLowerCase(Locale.ROOT).equals("others")) {
                others = true;
                continue;
            }
            ParsedName parsed = parseName(trimmed);
            authors.add(parsed.author());
            extended.add(parsed.extendedForm());
        }
        return new Names(authors, others, List.copyOf(extended));
    }

    private static String normaliseSuperscripts(String latex) {
        Matcher m = SUPERSCRIPT_MARK.matcher(latex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String mark = m.group(1) != null ? m.group(1) : m.group(2);
            String symbol = switch (mark) {
                case "\\dagger" -> "†";
                case "\\ddagger" -> "‡";
                case "\\ast" -> "*";
                default -> mark;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(symbol));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static List<String> splitOnAnd(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(ch) && i + 4 < s.length()
                    && s.regionMatches(true, i + 1, "and", 0, 3) && Character.isWhitespace(s.charAt(i + 4))) {
                parts.add(s.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static ParsedName parseName(String name) {
        StringBuilder marks = new StringBuilder();
        String clean = stripMarks(name, marks);
        List<String> commaParts = splitDepthZero(clean, ',');
        String m = marks.toString();
        boolean equal = m.indexOf('*') >= 0;
        boolean corresponding = m.indexOf('†') >= 0;
        String other = m.replace("*", "").replace("†", "");
        Optional<Map<String, String>> extended = ExtendedNames.parts(commaParts);
        if (extended.isPresent()) {
            return new ParsedName(ExtendedNames.author(extended.get(), equal, corresponding, other), true);
        }
        String given = "";
        String von = "";
        String family;
        String jr = "";
        if (commaParts.size() == 1) {
            List<String> words = NameWords.words(commaParts.get(0));
            int n = words.size();
            int firstLower = -1;
            int lastLower = -1;
            for (int i = 0; i < n - 1; i++) {
                if (NameWords.isLowerCase(words.get(i))) {
                    if (firstLower < 0) {
                        firstLower = i;
                    }
                    lastLower = i;
                }
            }
            if (firstLower < 0) {
                given = String.join(" ", words.subList(0, Math.max(0, n - 1)));
                family = n == 0 ? "" : words.get(n - 1);
            } else {
                given = String.join(" ", words.subList(0, firstLower));
                von = String.join(" ", words.subList(firstLower, lastLower + 1));
                family = String.join(" ", words.subList(lastLower + 1, n));
            }
        } else {
            List<String> words = NameWords.words(commaParts.get(0));
            // as BibTeX: von runs from a lower-case first word to the last lower-case word before the family name
            int lastLower = -1;
            for (int i = 0; i < words.size() - 1 && NameWords.isLowerCase(words.get(0)); i++) {
                if (NameWords.isLowerCase(words.get(i))) {
                    lastLower = i;
                }
            }
            von = String.join(" ", words.subList(0, lastLower + 1));
            family = String.join(" ", words.subList(lastLower + 1, words.size()));
            if (commaParts.size() == 2) {
                given = commaParts.get(1).strip();
            } else {
                jr = commaParts.get(1).strip();
                given = String.join(",", commaParts.subList(2, commaParts.size())).strip();
            }
        }
        return new ParsedName(new Author(given, von, family, jr, equal, corresponding, other, "", UnknownFields.NONE), false);
    }

    /** Removes markers at the end of words (outside braces), collecting them in order. */
    private static String stripMarks(String name, StringBuilder marks) {
        StringBuilder out = new StringBuilder(name.length());
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            }
            if (depth == 0 && (ch == '∗' || MARKERS.indexOf(ch) >= 0)
                    && (atWordEnd(name, i) || atWordStart(out))) {
                marks.append(ch == '∗' ? '*' : ch); // U+2217, a look-alike pasted from PDFs
            } else {
                out.append(ch);
            }
        }
        return out.toString().strip();
    }

    /** A marker before a name, as in {@code *Pang, Ce}; {@code out} holds the name read so far. */
    private static boolean atWordStart(StringBuilder out) {
        int n = out.length();
        return n == 0 || Character.isWhitespace(out.charAt(n - 1)) || out.charAt(n - 1) == ',';
    }

    private static boolean atWordEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (MARKERS.indexOf(s.charAt(j)) >= 0 || s.charAt(j) == '∗')) {
            j++;
        }
        return j == s.length() || Character.isWhitespace(s.charAt(j)) || s.charAt(j) == ',';
    }

    private static List<String> splitDepthZero(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (ch == separator && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
