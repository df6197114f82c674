package org.scholarfolio.model;

import java.util.List;
import java.util.Locale;

/**
 * A paper's state written where its year goes, before it has one: "in press", "forthcoming", "submitted"
 * (in a .bib as {@code year = {in press}}, or typed into the form's Year). It is kept as written, like any
 * year that is not a number, but it is a normal state rather than a mistake: the checks report no problem,
 * the site shows it as written and lists the paper above the newest year, and BibTeX and CSL-JSON carry it
 * (docs/decisions/publication-status-in-the-year.md). Any other text ("abc", "2O19") is a year typed wrong.
 */
public final class PublicationStatus {
    /** What researchers and reference managers write; compared ignoring case, extra spaces and a final full stop. */
    private static final List<String> STATES = List.of("in press", "forthcoming", "to appear", "accepted",
            "accepted for publication", "in review", "under review", "under submission", "submitted",
            "in preparation", "in prep", "preprint");

    private PublicationStatus() {
    }

    /** Whether {@code typed} (a year as written) names a state of publication rather than a year typed wrong. */
    public static boolean names(String typed) {
        if (typed == null) {
            return false;
        }
        String words = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (words.endsWith(".")) {
            words = words.substring(0, words.length() - 1).stripTrailing();
        }
        return STATES.contains(words);
    }

    /** The states recognised, in lower case, for messages and documentation. */
    public static List<String> states() {
        return STATES;
    }
}
