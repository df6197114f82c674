package org.scholarfolio.model;

/** Identifiers for al-folio's metric badges (Altmetric, Dimensions, Google Scholar, INSPIRE). */
public record PublicationBadges(String altmetric, String dimensions, String googleScholarId,
                                String inspirehepId, UnknownFields unknownFields) {
    public static final PublicationBadges NONE = new PublicationBadges("", "", "", "");

    public PublicationBadges(String altmetric, String dimensions, String googleScholarId,
                             String inspirehepId) {
        this(altmetric, dimensions, googleScholarId, inspirehepId, UnknownFields.NONE);
    }

    public PublicationBadges {
        altmetric = Text.orEmpty(altmetric);
        dimensions = Text.orEmpty(dimensions);
        googleScholarId = Text.orEmpty(googleScholarId);
        inspirehepId = Text.orEmpty(inspirehepId);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }
}
