package org.scholarfolio.model;

/** Identifiers for al-folio's metric badges (Altmetric, Dimensions, Google Scholar, INSPIRE). */
public record PublicationBadges(String altmetric, String dimensions, String googleScholarId,
                                String inspirehepId) {
    public static final PublicationBadges NONE = new PublicationBadges("", "", "", "");

    public PublicationBadges {
        altmetric = Text.orEmpty(altmetric);
        dimensions = Text.orEmpty(dimensions);
        googleScholarId = Text.orEmpty(googleScholarId);
        inspirehepId = Text.orEmpty(inspirehepId);
    }
}
