package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

class PortfolioComparisonTest {
    private static Publication pub(String key, String title) {
        return Publication.builder(key, "article").title(title).build();
    }

    @Test
    void namesThePublicationsOnlyOnDiskOnlyHereAndChanged() {
        Portfolio here = Portfolio.empty().withPublications(List.of(pub("a", "A"), pub("b", "B"), pub("mine", "M")));
        Portfolio disk = Portfolio.empty().withPublications(List.of(pub("a", "A"), pub("b", "B2"), pub("theirs", "T")));
        assertThat(PortfolioComparison.describe(here, disk))
                .containsExactly("Publications: 1 only on disk (theirs); 1 only here (mine); 1 changed (b)");
    }

    /** Compare said "Profile: differs" (two editors on one portfolio, Xvfb): which version to keep depends on which fields. */
    @Test
    void namesTheProfilesAndSiteSettingsFieldsThatDiffer() {
        Portfolio disk = Portfolio.empty();
        Portfolio here = disk.withProfile(disk.profile().toBuilder().subtitle("Computable numbers").bio("I work on machines.").build());
        assertThat(PortfolioComparison.describe(here, disk)).containsExactly("Profile: subtitle, bio differ");
        Portfolio renamed = disk.withSite(disk.site().toBuilder().title("Turing's page").build());
        assertThat(PortfolioComparison.describe(renamed, disk)).containsExactly("Site settings: title differs");
    }

    @Test
    void theSameContentIsSaidSo() {
        assertThat(PortfolioComparison.describe(Portfolio.empty(), Portfolio.empty()))
                .containsExactly("The same content (only the file's layout differs)");
    }
}
