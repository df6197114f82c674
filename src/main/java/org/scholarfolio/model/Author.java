package org.scholarfolio.model;

/**
 * One author of a publication, split the way BibTeX splits names (given, von, family, jr), with
 * al-folio's markers as flags: {@code *} equal contribution, {@code †} corresponding author.
 * {@code otherMarks} keeps any further marker characters ({@code ‡ § ¶ ‖ & ^ +}) in order.
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

    // Written out rather than generated: the generated ones link method handles at their first call, on the JavaFX
    // thread at the first key typed into a large portfolio (BENCHMARKS.md, session 22).
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Author a && equalContribution == a.equalContribution && corresponding == a.corresponding
                && family.equals(a.family) && given.equals(a.given) && von.equals(a.von) && jr.equals(a.jr)
                && otherMarks.equals(a.otherMarks) && url.equals(a.url) && unknownFields.equals(a.unknownFields);
    }

    @Override
    public int hashCode() {
        int h = given.hashCode();
        h = 31 * h + von.hashCode();
        h = 31 * h + family.hashCode();
        h = 31 * h + jr.hashCode();
        h = 31 * h + Boolean.hashCode(equalContribution);
        h = 31 * h + Boolean.hashCode(corresponding);
        h = 31 * h + otherMarks.hashCode();
        h = 31 * h + url.hashCode();
        return 31 * h + unknownFields.hashCode();
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

    public Author withUrl(String page) {
        return new Author(given, von, family, jr, equalContribution, corresponding, otherMarks, page, unknownFields);
    }

    /** "Given von Family, Jr." as it reads in an author list. */
    public String displayName() {
        // By hand, not a stream of the parts: asked for several times for every author of every
        // paper an export shows, the stream was a fifth of making an author's view.
        StringBuilder name = new StringBuilder(given.length() + von.length() + family.length() + jr.length() + 4);
        for (String part : new String[] {given, von, family}) {
            if (!part.isBlank()) {
                if (!name.isEmpty()) {
                    name.append(' ');
                }
                name.append(part);
            }
        }
        if (!jr.isBlank()) {
            name.append(", ").append(jr);
        }
        return name.toString();
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
