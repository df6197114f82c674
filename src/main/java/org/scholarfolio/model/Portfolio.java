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
        // Kept as they are when already record lists: an edit of one record shares the others (RecordList).
        news = records(news);
        publications = records(publications);
        pages = records(pages);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    private static <T> List<T> records(List<T> list) {
        return list == null ? RecordList.empty() : RecordList.of(list);
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

    // Written out (the generated ones are linked on their first call, costly in a fresh process: the
    // editor compares its portfolio while its first window is built), with the generated methods' results.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Portfolio p && schemaVersion == p.schemaVersion
                && same(profile, p.profile) && same(site, p.site) && same(news, p.news)
                && same(publications, p.publications) && same(pages, p.pages) && same(unknownFields, p.unknownFields);
    }

    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    @Override
    public int hashCode() {
        return (((((schemaVersion * 31 + profile.hashCode()) * 31 + site.hashCode()) * 31 + news.hashCode()) * 31
                + publications.hashCode()) * 31 + pages.hashCode()) * 31 + unknownFields.hashCode();
    }
}
