package org.scholarfolio.model;

import java.util.Locale;
import java.util.Set;

/**
 * A link button of the person's own on a publication ("Talk", "Dataset", "ePrint"): the button's
 * text and its address, an absolute URL or a file in the portfolio as the {@link LinkKind} links.
 * Shown after the nine kinds' buttons, in the order the person gave them. In {@code portfolio.json}
 * the publication's {@code ownLinks} list ({@link PublicationField#OWN_LINKS}).
 */
public record OwnLink(String label, String url, UnknownFields unknownFields) {
    public OwnLink {
        label = Text.orEmpty(label).strip();
        url = Text.orEmpty(url);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public static OwnLink of(String label, String url) {
        return new OwnLink(label, url, UnknownFields.NONE);
    }

    public OwnLink withLabel(String value) {
        return new OwnLink(value, url, unknownFields);
    }

    public OwnLink withUrl(String value) {
        return new OwnLink(label, value, unknownFields);
    }

    /** BibTeX fields with a meaning of their own outside the registry: a link written there would be read as that. */
    private static final Set<String> TAKEN = Set.of("altmetric", "dimensions", "google_scholar_id", "inspirehep_id",
            "crossref", "eprint", "eprinttype", "archiveprefix", "url", "key", "keywords", "editor", "series", "edition",
            "isbn", "issn", "pmid", "hal", "file", "date", "urldate", "type", "howpublished", "organization", "address",
            "chapter");

    /**
     * The BibTeX field the link is written to: the label in lower case when it is a field name
     * BibTeX and al-folio's layouts read (a letter, then letters, digits, {@code _} or {@code -})
     * and no field of the portfolio or of BibTeX already means something else by it; else empty:
     * "Talk" is {@code talk}; "Talk (video)", "Note" and "URL" have none.
     */
    public String bibtexName() {
        String name = label.toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9_-]*") || TAKEN.contains(name) || LinkKind.byKey(name).isPresent()
                || PublicationField.byBibtexKey(name).isPresent()
                || java.util.Arrays.stream(PublicationField.values()).anyMatch(f -> f.jsonKey().equalsIgnoreCase(name))) {
            return "";
        }
        return name;
    }
}
