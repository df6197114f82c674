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

    /** The page of one news item, by its id. */
    record NewsItem(String id) implements PreviewTarget {
    }

    /** An extra page, by its slug. */
    record Page(String slug) implements PreviewTarget {
    }
}
