package org.scholarfolio.site;

import java.time.LocalDate;

import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.PublicationView;

/**
 * When each page's content last changed, for the sitemap's {@code lastmod}, taken from the content
 * and never from the day of the export: a news item's date, a paper's date (or the day its citation
 * count was fetched, which its page shows, when later), the newest news item for the news list,
 * and the day {@code portfolio.json} was saved for every other page. No date is later than that
 * day. Dates are as precise as the content knows them (W3C dates: {@code 1950}, {@code 1950-10},
 * {@code 1950-10-01}).
 */
final class SitemapDates {
    private SitemapDates() {
    }

    static String of(SiteModel site, String path) {
        LocalDate saved = site.options().lastUpdated();
        PublicationView pub = site.publicationFiles().get(path);
        if (pub != null) {
            return publication(site.sources().get(pub), saved);
        }
        if (path.equals(Routes.NEWS) && !site.news().isEmpty()) {
            return earlier(IsoDates.day(site.news().get(0).isoDate()), saved).toString();
        }
        Integer news = site.newsPages().get(path);
        return news == null ? saved.toString() : earlier(IsoDates.day(site.news().get(news).isoDate()), saved).toString();
    }

    static String publication(Publication p, LocalDate saved) {
        LocalDate fetched = p.citations() == null ? null : p.citations().fetched();
        if (p.year() == null || p.year() < 1 || p.year() > 9999) {
            return fetched == null ? saved.toString() : earlier(fetched, saved).toString();
        }
        boolean month = p.month() != null && p.month() >= 1 && p.month() <= 12;
        LocalDate published = LocalDate.of(p.year(), month ? p.month() : 1, 1);
        if (fetched != null && fetched.isAfter(published)) {
            return earlier(fetched, saved).toString();
        }
        if (published.isAfter(saved)) {
            return saved.toString();
        }
        return month ? IsoDates.yearMonth(p.year(), p.month()) : IsoDates.year(p.year());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
