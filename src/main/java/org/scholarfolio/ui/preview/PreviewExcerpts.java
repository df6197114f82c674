package org.scholarfolio.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.RecordList;
import org.scholarfolio.model.Text;

/**
 * The portfolio the preview renders: every Markdown text longer than {@link LongTextWindow#LIMIT}
 * (the bio, a news item's or a page's body, an abstract) replaced by the part of it around the last
 * change ({@link LongTextWindow}), so that the preview's time and the page WebKit lays out stay
 * bounded however long the text is. The export always renders the texts whole.
 */
final class PreviewExcerpts {
    /**
     * The portfolio to render and what it leaves out; {@code shown} is empty when no text is
     * shortened, {@code publications} null when every publication is rendered.
     */
    record Bounded(Portfolio portfolio, List<LongTextWindow.Shown> shown, PublicationWindow.Kept publications) {
        Bounded(Portfolio portfolio, List<LongTextWindow.Shown> shown) {
            this(portfolio, shown, null);
        }

        /** {@link #note(String, PreviewTarget)} for the publications page. */
        String note(String file) {
            return note(file, new PreviewTarget.Publications());
        }

        /**
         * The note above the preview of {@code page}, naming the file and the field ("portfolio.json ›
         * profile.bio is 10,000,000 characters long: …") or how many publications it shows, or "" when it
         * shows everything.
         */
        String note(String file, PreviewTarget page) {
            String texts = textsNote(file);
            if (publications == null) {
                return texts;
            }
            // One short line above the page (it took four, two in a 1,400-px window, and "Previewing 508 of
            // 1,200 publications; the export has all." still two beside the form in a 1,024-px one): the file
            // is the one open, and which ones it shows (the newest, the selected, the one edited last) is in
            // docs/editor-preview.md.
            PublicationWindow.Shown run = publications.shown();
            // The about page (and an extra page) lists the selected ones only, the first of them: its note counts
            // those. Both counts in one note ("Preview: 621 of 100,000 publications, 100 of 1,000 selected;
            // export: all.") took two lines beside the form in a 1,024-px window.
            boolean listsSelected = page instanceof PreviewTarget.Home || page instanceof PreviewTarget.Page;
            String list = listsSelected && run.selectedShown() < run.selected()
                    ? "Preview: " + number(run.selectedShown()) + " of " + number(run.selected())
                            + " selected; export: all."
                    : "Preview: " + number(run.newest() + run.others()) + " of " + number(run.total())
                            + " publications; export: all.";
            return texts.isEmpty() ? list : texts + " " + list;
        }

        private String textsNote(String file) {
            if (shown.isEmpty()) {
                return "";
            }
            LongTextWindow.Shown first = shown.get(0);
            String more = shown.size() == 1 ? "" : " (" + (shown.size() - 1) + " more long text"
                    + (shown.size() == 2 ? " is" : "s are") + " shortened too)";
            return file + " › " + first.field() + " is " + number(first.length()) + " characters long: the preview shows"
                    + " characters " + number(first.start() + 1) + "–" + number(first.end()) + ", around the last change"
                    + more + "; the export writes all of it.";
        }

        /** The rendered page, its rows naming each publication by its index in the whole portfolio. */
        String withWholeIndexes(String html) {
            return publications == null ? html : publications.withWholeIndexes(html);
        }
    }

    private final LongTextWindow window;
    private final PublicationWindow list;

    PreviewExcerpts() {
        this(new LongTextWindow());
    }

    PreviewExcerpts(LongTextWindow window) {
        this(window, new PublicationWindow());
    }

    PreviewExcerpts(LongTextWindow window, PublicationWindow list) {
        this.window = window;
        this.list = list;
    }

    /** Another document was opened: its long texts and its list of publications open at their start. */
    void reset() {
        window.reset();
        list.reset();
        abstractsOf = null;
    }

    /** The list {@link #longAbstracts} were found in, and the places of the abstracts longer than the window. */
    private List<Publication> abstractsOf;
    private final TreeSet<Integer> longAbstracts = new TreeSet<>();

    /**
     * The places of the publications whose abstract is longer than the window, in order. A snapshot of
     * the same lineage as the last one is looked at only where it replaced records: a key typed at
     * 100,000 publications looked at every abstract's length on each render.
     */
    private Set<Integer> longAbstracts(List<Publication> pubs) {
        int[] replaced = abstractsOf == null ? null : RecordList.replaced(abstractsOf, pubs, REPLACED_IN_PLACE);
        if (replaced == null) {
            longAbstracts.clear();
            for (int i = 0; i < pubs.size(); i++) {
                if (pubs.get(i).abstractText().length() > window.limit()) {
                    longAbstracts.add(i); // most records: no key made, no look-up
                }
            }
        } else {
            for (int i : replaced) {
                if (pubs.get(i).abstractText().length() > window.limit()) {
                    longAbstracts.add(i);
                } else {
                    longAbstracts.remove(i);
                }
            }
        }
        abstractsOf = pubs;
        return longAbstracts;
    }

    /** Above this many replaced records every abstract is looked at again. */
    private static final int REPLACED_IN_PLACE = 64;

    Bounded bound(Portfolio p) {
        List<LongTextWindow.Shown> shown = new ArrayList<>();
        Portfolio out = p;
        LongTextWindow.Excerpt bio = window.excerpt("profile.bio", p.profile().bio());
        if (bio != null) {
            shown.add(bio.shown());
            out = out.withProfile(p.profile().toBuilder().bio(bio.markdown()).build());
        }
        List<NewsItem> news = null;
        for (int i = 0; i < p.news().size(); i++) {
            NewsItem n = p.news().get(i);
            LongTextWindow.Excerpt body = window.excerpt("news[" + i + "].body", n.body());
            if (body != null) {
                news = news == null ? new ArrayList<>(p.news()) : news;
                news.set(i, n.withBody(body.markdown()));
                shown.add(body.shown());
            }
        }
        List<Page> pages = null;
        for (int i = 0; i < p.pages().size(); i++) {
            Page page = p.pages().get(i);
            LongTextWindow.Excerpt body = window.excerpt("pages[" + i + "].body", page.body());
            if (body != null) {
                pages = pages == null ? new ArrayList<>(p.pages()) : pages;
                pages.set(i, page.withBody(body.markdown()));
                shown.add(body.shown());
            }
        }
        RecordList<Publication> publications = null;
        for (int i : longAbstracts(p.publications())) {
            Publication pub = p.publications().get(i);
            LongTextWindow.Excerpt body = window.excerpt("publications[" + i + "].abstract", pub.abstractText());
            if (body != null) {
                publications = (publications == null ? RecordList.of(p.publications()) : publications)
                        .with(i, pub.toBuilder().abstractText(body.markdown()).build());
                shown.add(body.shown());
            }
        }
        if (news != null) {
            out = out.withNews(news);
        }
        if (pages != null) {
            out = out.withPages(pages);
        }
        PublicationWindow.Kept kept = list.keep(p.publications(), publications != null ? publications : p.publications());
        if (kept != null) {
            out = out.withPublications(kept.publications());
        } else if (publications != null) {
            out = out.withPublications(publications);
        }
        return new Bounded(out, List.copyOf(shown), kept);
    }

    /** A count in the user's formatting locale, as every other count the editor shows ({@link Text#number}). */
    private static String number(int n) {
        return Text.number(n);
    }
}
