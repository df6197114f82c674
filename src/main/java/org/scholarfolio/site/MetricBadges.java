package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.site.Views.MetricBadge;

/**
 * al-folio's metric badges (Altmetric, Dimensions, Google Scholar, INSPIRE) as plain links to the
 * paper's page at each service. al-folio embeds each service's badge script; the exported site
 * makes no request to another host, so the numbers are one click away instead of on the page.
 */
final class MetricBadges {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,20}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final boolean enabled;
    private final String scholarUser;
    private final List<Diagnostic> warnings;

    /** {@code enabled}: the site's switch; the Scholar badge needs the profile's Google Scholar id. */
    MetricBadges(boolean enabled, Profile profile, List<Diagnostic> warnings) {
        this.enabled = enabled;
        this.scholarUser = scholarUser(profile);
        this.warnings = warnings;
    }

    /**
     * The profile's first usable Google Scholar id, or "". A loop, not a stream: made for every paper's views,
     * whose first ones both page threads make at once, and a lambda call site both reach at once is linked
     * twice, the second time by a class made at run time instead of the class archive's.
     */
    private static String scholarUser(Profile profile) {
        for (SocialLink l : profile.socialLinks()) {
            if (l.kind().equals(SocialKind.SCHOLAR_USERID.key())) {
                String v = l.value().strip();
                if (ID.matcher(v).matches()) {
                    return v;
                }
            }
        }
        return "";
    }

    List<MetricBadge> badges(Publication p, String record) {
        if (!enabled) {
            return List.of();
        }
        PublicationBadges b = p.badges();
        String doi = Doi.of(p.doi()).value();
        List<MetricBadge> badges = new ArrayList<>();
        lookUp(b.altmetric(), doi, NUMBER, record + ".badges.altmetric",
                "https://www.altmetric.com/details/doi/", "https://www.altmetric.com/details/")
                .ifPresent(href -> badges.add(new MetricBadge("Altmetric", "Altmetric attention for this paper", href)));
        lookUp(b.dimensions(), doi, ID, record + ".badges.dimensions",
                "https://badge.dimensions.ai/details/doi/", "https://badge.dimensions.ai/details/id/")
                .ifPresent(href -> badges.add(new MetricBadge("Dimensions", "Citations on Dimensions", href)));
        String scholar = b.googleScholarId().strip();
        if (!scholar.isEmpty()) {
            if (!ID.matcher(scholar).matches()) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record + ".badges.googleScholarId"), "\"" + scholar + "\" is not a Google Scholar id; no badge"));
            } else if (scholarUser.isEmpty()) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record + ".badges.googleScholarId"), "the profile has no Google Scholar id (scholar_userid); no badge"));
            } else {
                badges.add(new MetricBadge("Scholar", "Citations on Google Scholar",
                        "https://scholar.google.com/citations?view_op=view_citation&hl=en&user=" + scholarUser
                                + "&citation_for_view=" + scholarUser + ":" + scholar));
            }
        }
        String inspire = b.inspirehepId().strip();
        if (!inspire.isEmpty()) {
            if (NUMBER.matcher(inspire).matches()) {
                badges.add(new MetricBadge("INSPIRE", "Citations on INSPIRE",
                        "https://inspirehep.net/literature/" + inspire));
            } else {
                warnings.add(Diagnostic.warning(FieldPath.parse(record + ".badges.inspirehepId"), "\"" + inspire + "\" is not an INSPIRE record number; no badge"));
            }
        }
        return badges;
    }

    /** A service's page for the paper: by DOI when the value is "true", else by the service's own id. */
    private Optional<String> lookUp(String value, String doi, Pattern idPattern, String field,
                                              String byDoi, String byId) {
        String v = value.strip();
        if (v.isEmpty() || v.equalsIgnoreCase("false")) {
            return Optional.empty();
        }
        if (v.equalsIgnoreCase("true")) {
            if (doi.isEmpty()) {
                warnings.add(Diagnostic.warning(FieldPath.parse(field), "looks the paper up by its DOI, but it has none; no badge"));
                return Optional.empty();
            }
            return Optional.of(byDoi + SiteAssets.encodeUrlPart(doi));
        }
        if (!idPattern.matcher(v).matches()) {
            warnings.add(Diagnostic.warning(FieldPath.parse(field), "\"" + v + "\" is neither true nor an id of the service; no badge"));
            return Optional.empty();
        }
        return Optional.of(byId + v);
    }
}
