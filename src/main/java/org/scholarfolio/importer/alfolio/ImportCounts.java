package org.scholarfolio.importer.alfolio;

/** How much of the site made it into the portfolio and how much was left behind. */
public record ImportCounts(int newsImported, int newsSkipped, int pagesImported, int pagesSkipped,
                           int socialLinks, int publications, int assets, int templateLeftovers,
                           int templateLeftoversDropped) {
}
