package org.scholarfolio.model;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One author of a publication, split the way BibTeX splits names (given, von, family, jr), with
 * al-folio's markers as flags: {@code *} equal contribution, {@code †} corresponding author.
 * {@code otherMarks} keeps any further marker characters ({@code ‡ § ¶ ‖ & ^}) in order.
 */
public record Author(String given, String von, String family, String jr,
                     boolean equalContribution, boolean corresponding, String otherMarks, String url,
                     UnknownFields unknownFields) {

    public Author {
        given = Text.orEmpty(given);
        von = Text.orEmpty(von);
        family = Text.orEmpty(family);
        jr = Text.orEmpty(jr);
        otherMarks = Text.orEmpty(otherMarks);
        url = Text.orEmpty(url);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public static Author of(String given, String family) {
        return new Author(given, "", family, "", false, false, "", "", UnknownFields.NONE);
    }

    public Author withEqualContribution(boolean flag) {
        return new Author(given, von, family, jr, flag, corresponding, otherMarks, url, unknownFields);
    }

    public Author withCorresponding(boolean flag) {
        return new Author(given, von, family, jr, equalContribution, flag, otherMarks, url, unknownFields);
    }

    /** "Given von Family, Jr." as it reads in an author list. */
    public String displayName() {
        String main = Stream.of(given, von, family).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" "));
        return jr.isBlank() ? main : main + ", " + jr;
    }

    /** "von Family, Jr, Given" as BibTeX writes it unambiguously. */
    public String bibtexName() {
        String last = von.isBlank() ? family : von + " " + family;
        if (jr.isBlank()) {
            return given.isBlank() ? last : last + ", " + given;
        }
        return last + ", " + jr + ", " + given;
    }
}
