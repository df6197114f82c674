package org.scholarfolio.model;

import java.util.List;

/** Everything a researcher's homepage is made of; one {@code portfolio.json}. */
public record Portfolio(int schemaVersion, Profile profile, SiteSettings site, List<NewsItem> news,
                        List<Publication> publications, List<Page> pages, UnknownFields unknownFields) {

    /** The file format version this build writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    public Portfolio {
        profile = profile == null ? Profile.EMPTY : profile;
        site = site == null ? SiteSettings.DEFAULT : site;
        news = Text.listOf(news);
        publications = Text.listOf(publications);
        pages = Text.listOf(pages);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public static Portfolio empty() {
        return new Portfolio(CURRENT_SCHEMA_VERSION, Profile.EMPTY, SiteSettings.DEFAULT, List.of(),
                List.of(), List.of(), UnknownFields.NONE);
    }

    public Portfolio withProfile(Profile p) {
        return new Portfolio(schemaVersion, p, site, news, publications, pages, unknownFields);
    }

    public Portfolio withSite(SiteSettings s) {
        return new Portfolio(schemaVersion, profile, s, news, publications, pages, unknownFields);
    }

    public Portfolio withNews(List<NewsItem> n) {
        return new Portfolio(schemaVersion, profile, site, n, publications, pages, unknownFields);
    }

    public Portfolio withPublications(List<Publication> p) {
        return new Portfolio(schemaVersion, profile, site, news, p, pages, unknownFields);
    }

    public Portfolio withPages(List<Page> p) {
        return new Portfolio(schemaVersion, profile, site, news, publications, p, unknownFields);
    }
}
