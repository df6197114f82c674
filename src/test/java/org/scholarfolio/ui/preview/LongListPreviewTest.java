package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.RecordList;
import org.scholarfolio.model.Text;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

/** A portfolio with more publications than the preview renders (issue 14's 100,000) is previewed from its newest ones. */
class LongListPreviewTest {
    @TempDir
    Path staging;

    /** Publication i from the year 1900 + i / 10, the oldest first; one selected old paper. */
    private static List<Publication> publications(int n) {
        List<Publication> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Publication.builder("key" + i, "article").title("Paper number " + i).year(1900 + i / 10)
                    .selected(i == 3).build());
        }
        return list;
    }

    private static Portfolio retitled(Portfolio p, int index, String title) {
        List<Publication> list = new ArrayList<>(p.publications());
        list.set(index, list.get(index).toBuilder().title(title).build());
        return p.withPublications(list);
    }

    @Test
    void aLongListKeepsTheNewestTheSelectedAndTheChangedOnesAndEachRowNamesItsWholeIndex() {
        PreviewExcerpts excerpts = new PreviewExcerpts(new LongTextWindow(), new PublicationWindow(15));
        Portfolio p = Portfolio.empty().withPublications(publications(50));

        PreviewExcerpts.Bounded first = excerpts.bound(p);

        // The newest 15: the years 1904 (40-49) and 1903 (30-39) are 20, so 1904's ten and 1903's first five; the
        // selected one; one of each older year (the list pages link every year).
        assertThat(first.portfolio().publications()).extracting(Publication::citationKey).containsExactly("key0", "key3",
                "key10", "key20", "key30", "key31", "key32", "key33", "key34", "key40", "key41", "key42", "key43", "key44", "key45",
                "key46", "key47", "key48", "key49");
        // one short line: it said "portfolio.json has 50 publications: the preview renders the newest 15 and 1 more
        // (the selected ones and the one changed last); the export writes all of them.", four lines above the page
        assertThat(first.note("portfolio.json")).isEqualTo("Preview: 19 of 50 publications; export: all.");
        assertThat(first.withWholeIndexes("<tr data-record=\"publications[4]\"><tr data-record=\"publications[1]\">"))
                .isEqualTo("<tr data-record=\"publications[30]\"><tr data-record=\"publications[3]\">");

        PreviewExcerpts.Bounded second = excerpts.bound(retitled(p, 12, "Paper twelve, edited"));

        assertThat(second.portfolio().publications()).extracting(Publication::title)
                .contains("Paper twelve, edited", "Paper number 3", "Paper number 49").doesNotContain("Paper number 11");
        assertThat(second.withWholeIndexes("data-record=\"publications[3]\"")).isEqualTo("data-record=\"publications[12]\"");
        assertThat(p.publications()).hasSize(50); // the document itself is untouched
    }

    @Test
    void keysTypedIntoOneRecordKeepTheWindowsPlacesUntilItsYearChanges() {
        PreviewExcerpts excerpts = new PreviewExcerpts(new LongTextWindow(), new PublicationWindow(15));
        Portfolio p = Portfolio.empty().withPublications(publications(50));
        excerpts.bound(p);
        Portfolio typed = edited(p, 45, b -> b.title("Paper 45 a"));
        PreviewExcerpts.Bounded first = excerpts.bound(typed);
        typed = edited(typed, 45, b -> b.title("Paper 45 ab"));

        PreviewExcerpts.Bounded next = excerpts.bound(typed);

        // The same record changed again with its year as it was: the places kept last time, not worked out again.
        assertThat(next.publications().indexes()).isSameAs(first.publications().indexes());
        assertThat(next.portfolio().publications()).extracting(Publication::title)
                .contains("Paper 45 ab").doesNotContain("Paper 45 a");
        assertThat(next.withWholeIndexes("data-record=\"publications[14]\"")).isEqualTo("data-record=\"publications[45]\"");

        // Its year changed: the window is worked out again (1903's 35 comes in; 45 stays as the one changed last).
        PreviewExcerpts.Bounded older = excerpts.bound(edited(typed, 45, b -> b.year(1850)));
        assertThat(older.publications().indexes()).isNotSameAs(first.publications().indexes());
        assertThat(older.portfolio().publications()).extracting(Publication::citationKey).contains("key35", "key45", "key3");
        assertThat(older.portfolio().publications().get(1).citationKey()).isEqualTo("key3");
    }

    /** {@code p} with publication {@code index} edited, the others shared as the editor shares them. */
    private static Portfolio edited(Portfolio p, int index, java.util.function.UnaryOperator<Publication.Builder> edit) {
        RecordList<Publication> list = RecordList.of(p.publications());
        return p.withPublications(list.with(index, edit.apply(list.get(index).toBuilder()).build()));
    }

    @Test
    void aShortListIsRenderedWholeWithoutANote() {
        PreviewExcerpts excerpts = new PreviewExcerpts(new LongTextWindow(), new PublicationWindow(10));
        Portfolio p = Portfolio.empty().withPublications(publications(10));

        PreviewExcerpts.Bounded bounded = excerpts.bound(p);

        assertThat(bounded.portfolio()).isSameAs(p);
        assertThat(bounded.note("portfolio.json")).isEmpty();
    }

    @Test
    void thePreviewedPublicationsPageIsTheSitesFirstListPageWithRowsNamedByTheirIndexInThePortfolio() {
        int n = PublicationWindow.LIMIT + 300;
        Portfolio whole = Portfolio.empty().withPublications(publications(n));
        PagePreview pages = new PagePreview(MarkdownRenderer.shared(), staging);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), whole, null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> pages.render(p, null, SitePage.publications()));

        vm.update();

        String previewed = vm.htmlProperty().get();
        String site = pages.render(whole, null, SitePage.publications());
        assertThat(rows(previewed)).isEqualTo(rows(site)).hasSize(250);
        assertThat(previewed).contains("data-record=\"publications[" + (n - 1) + "]\"");
        assertThat(previewed).doesNotContain("Paper number 0<");
        assertThat(vm.noteProperty().get()).contains(" of " + String.format(java.util.Locale.ROOT, "%,d", n) + " publications;");

        editor.edit("title", p -> retitled(p, n - 2, "A new paper, edited"));
        vm.update();

        assertThat(vm.htmlProperty().get()).contains("A new paper, edited", "data-record=\"publications[" + (n - 2) + "]\"");
        assertThat(editor.portfolio().publications()).hasSize(n);
    }

    /**
     * Issue 14's 100,000 publications, 1,000 of them selected: the about page listed 500 of them in the preview
     * (a 1.4 MB page WebKit parsed, tore down and collected on every switch). It lists the first 100 in the
     * site's order and the one changed last, and the note says so.
     */
    @Test
    void atAHundredThousandTheAboutPageListsTheFirstHundredSelectedAndTheOneChanged() {
        int n = 100_000;
        List<Publication> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // years 1926-2025 of 1,000 entries each, the oldest first; every 100th selected
            list.add(Publication.builder("key" + i, "article").title("Paper number " + i).year(1926 + i / 1_000)
                    .selected(i % 100 == 50).build());
        }
        Portfolio whole = Portfolio.empty().withPublications(list);
        PagePreview pages = new PagePreview(MarkdownRenderer.shared(), staging);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), whole, null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> pages.render(p, null, SitePage.home()));

        vm.update();

        // The site's order is the newest year first: 2025's ten (99,050 ... 99,950), then 2024's ten, and so on.
        List<Integer> records = records(vm.htmlProperty().get());
        List<Integer> firstHundred = new ArrayList<>();
        for (int year = 2025; firstHundred.size() < 100; year--) {
            for (int i = (year - 1926) * 1_000 + 50; i < (year - 1925) * 1_000; i += 100) {
                firstHundred.add(i);
            }
        }
        assertThat(records).isEqualTo(firstHundred);
        // the newest 500 are 2025's first 500 (99,000-99,499, five of them selected), then 95 more selected and
        // one paper of each of the 99 older years; the about page's note counts the selected ones it lists
        assertThat(vm.noteProperty().get()).isEqualTo(
                "Preview: " + Text.number(100) + " of " + Text.number(1_000) + " selected; export: all.");
        assertThat(new PreviewExcerpts().bound(whole).note("portfolio.json", new PreviewTarget.Publications())).isEqualTo(
                "Preview: " + Text.number(PublicationWindow.LIMIT + 95 + 99) + " of " + Text.number(n) + " publications;"
                        + " export: all.");

        // The publications page links every year, as the site's does.
        String listPage = pages.render(new PreviewExcerpts().bound(whole).portfolio(), null, SitePage.publications());
        java.util.Set<String> years = new java.util.TreeSet<>();
        var link = java.util.regex.Pattern.compile("publications/(\\d{4})\\.html").matcher(listPage);
        while (link.find()) {
            years.add(link.group(1));
        }
        assertThat(years).hasSize(100).contains("1926", "2025");

        // An old selected paper edited: it is on the page too, in its place (the last, the oldest year).
        editor.edit("title", p -> retitled(p, 550, "An old paper, edited"));
        vm.update();

        assertThat(records(vm.htmlProperty().get())).hasSize(100 + 1).endsWith(550);
        assertThat(vm.htmlProperty().get()).contains("An old paper, edited");
        assertThat(vm.noteProperty().get()).contains(Text.number(101) + " of " + Text.number(1_000) + " selected; export: all.");
        assertThat(editor.portfolio().publications()).hasSize(n).filteredOn(Publication::selected).hasSize(1_000);
    }

    /** The records the page names, in its order, each once. */
    private static List<Integer> records(String html) {
        java.util.LinkedHashSet<Integer> records = new java.util.LinkedHashSet<>();
        var m = java.util.regex.Pattern.compile("data-record=\"publications\\[(\\d+)]\"").matcher(html);
        while (m.find()) {
            records.add(Integer.parseInt(m.group(1)));
        }
        return new ArrayList<>(records);
    }

    /** The page's publication rows, each with its record. */
    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<li class=\"pub\"[^>]*>").matcher(html);
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }
}
