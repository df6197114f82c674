package org.scholarfolio.ui.preview;

/**
 * Which page of the site the preview shows. Each kind's {@code equals} and {@code hashCode} are
 * written out: the generated ones are linked on their first call, costly in a fresh process, and the
 * window compares its first target while its first frame is built.
 */
public sealed interface PreviewTarget {
    /** The about page: profile, news, selected publications. */
    record Home() implements PreviewTarget {
        @Override
        public boolean equals(Object o) {
            return o instanceof Home;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    record Publications() implements PreviewTarget {
        @Override
        public boolean equals(Object o) {
            return o instanceof Publications;
        }

        @Override
        public int hashCode() {
            return 2;
        }
    }

    record NewsList() implements PreviewTarget {
        @Override
        public boolean equals(Object o) {
            return o instanceof NewsList;
        }

        @Override
        public int hashCode() {
            return 3;
        }
    }

    /** The page of one news item, by its index in the portfolio's news. */
    record NewsItem(int index) implements PreviewTarget {
        @Override
        public boolean equals(Object o) {
            return o instanceof NewsItem n && index == n.index;
        }

        @Override
        public int hashCode() {
            return 4 * 31 + index;
        }
    }

    /** An extra page, by its index in the portfolio's pages. */
    record Page(int index) implements PreviewTarget {
        @Override
        public boolean equals(Object o) {
            return o instanceof Page p && index == p.index;
        }

        @Override
        public int hashCode() {
            return 5 * 31 + index;
        }
    }
}
