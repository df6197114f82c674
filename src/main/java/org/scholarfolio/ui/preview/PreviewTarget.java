package org.scholarfolio.ui.preview;

/** Which page of the site the preview shows. */
public sealed interface PreviewTarget {
    /** The about page: profile, news, selected publications. */
    record Home() implements PreviewTarget {
    }

    record Publications() implements PreviewTarget {
    }

    record NewsList() implements PreviewTarget {
    }

    /** The page of one news item, by its index in the portfolio's news. */
    record NewsItem(int index) implements PreviewTarget {
    }

    /** An extra page, by its index in the portfolio's pages. */
    record Page(int index) implements PreviewTarget {
    }
}
