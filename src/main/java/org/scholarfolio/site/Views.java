package org.scholarfolio.site;

import java.util.List;
import java.util.Objects;

/**
 * What the pages show: plain values, already decided. Strings ending in {@code Html} are
 * sanitised HTML; every other string is text that the pages escape. A {@code href} that is
 * {@code local} is relative to the site root and gets the page's {@code root} prefix.
 */
public final class Views {
    private Views() {
    }

    /** {@code own}: one of the person's own buttons, never read as the paper's PDF or page. */
    public record Link(String label, String href, boolean local, boolean own) {
        public Link(String label, String href, boolean local) {
            this(label, href, local, false);
        }
    }

    public record NavItem(String title, String href, boolean current) {
    }

    /** {@code name} is the plain name; {@code nameHtml} the same with its inline markup. */
    public record AuthorView(String name, boolean me, String marks, String url, String nameHtml) {
        // Written out rather than generated: a site model looks up every author of every paper by
        // them ({@code SharedValues}), and the generated ones go through method handles, slow
        // until the compiler has seen them.
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof AuthorView a && me == a.me && Objects.equals(name, a.name)
                    && Objects.equals(marks, a.marks) && Objects.equals(url, a.url) && Objects.equals(nameHtml, a.nameHtml);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(name);
            h = 31 * h + Boolean.hashCode(me);
            h = 31 * h + Objects.hashCode(marks);
            h = 31 * h + Objects.hashCode(url);
            return 31 * h + Objects.hashCode(nameHtml);
        }
    }

    public record PublicationView(String key, String anchor, String titleHtml, String titleText,
                                  List<AuthorView> authors, boolean andOthers, String venueName, String venue,
                                  String venueDetails, String venueHtml, String venueDetailsHtml,
                                  String additionalInfoHtml, String annotationHtml,
                                  String abbr, String year, String awardName, String awardHtml, String noteHtml,
                                  String abstractHtml, String bibtex, boolean bibtexShow, List<Link> links,
                                  List<MetricBadge> metrics, String citedBy, String preview,
                                  String previewWidth, String previewHeight,
                                  String pageHref, boolean selected,
                                  boolean math) {
    }

    /** A link to the paper's page at a metrics service; {@code description} is the tooltip. */
    public record MetricBadge(String label, String description, String href) {
    }

    public record YearGroup(String year, List<PublicationView> publications) {
    }

    /** A list of its own after the main publications, e.g. Talks; {@code id} is its anchor. */
    public record PublicationSection(String title, String id, List<YearGroup> groups) {
    }

    /** {@code bodyHtml} is for the news list or the item's page; {@code homeHtml} for pages at the site root. */
    public record NewsView(String id, String isoDate, String displayDate, boolean inline, String title,
                           String bodyHtml, String homeHtml, String pageHref, boolean math) {
    }

    public record SocialView(String label, String iconId, Link link, String text) {
    }
}
