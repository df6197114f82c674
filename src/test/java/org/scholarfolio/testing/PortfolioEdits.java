package org.scholarfolio.testing;

import org.scholarfolio.model.Portfolio;

/** Edits tests make to a portfolio, each as one expression. */
public final class PortfolioEdits {
    private PortfolioEdits() {
    }

    /** {@code p} with its profile's bio replaced by {@code bio}. */
    public static Portfolio withBio(Portfolio p, String bio) {
        return p.withProfile(p.profile().toBuilder().bio(bio).build());
    }
}
