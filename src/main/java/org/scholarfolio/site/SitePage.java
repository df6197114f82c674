package org.scholarfolio.site;

/**
 * One page of the site, named by what it shows: the about page, the publication or news list, or
 * the page of one news item or extra page given by its index in the portfolio's list.
 */
public record SitePage(Kind kind, int index) {
    public enum Kind { HOME, PUBLICATIONS, NEWS, NEWS_ITEM, PAGE }

    public static SitePage home() {
        return new SitePage(Kind.HOME, -1);
    }

    public static SitePage publications() {
        return new SitePage(Kind.PUBLICATIONS, -1);
    }

    public static SitePage news() {
        return new SitePage(Kind.NEWS, -1);
    }

    public static SitePage newsItem(int index) {
        return new SitePage(Kind.NEWS_ITEM, index);
    }

    public static SitePage page(int index) {
        return new SitePage(Kind.PAGE, index);
    }
}
