package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;

/** What Jekyll never publishes stays out of the portfolio; a day the month lacks rolls over as in Ruby. */
class JekyllRulesImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/jekyll-rules-site");
    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.of(SITE);
        result = imported.result();
    }

    @Test
    void newsInHiddenFoldersAndFilesOrMarkedUnpublishedIsSkippedAndSaidSo() {
        assertThat(result.portfolio().news()).extracting(NewsItem::id).containsExactly("leap-day");
        assertThat(result.counts().newsSkipped()).isEqualTo(3);
        assertThat(imported.warnings()).contains(
                "_news/_archive/2019-old.md: Jekyll does not publish _archive (names starting with _ or . are hidden);"
                        + " news item skipped",
                "_news/.unfinished.md: Jekyll does not publish .unfinished.md (names starting with _ or . are hidden);"
                        + " news item skipped",
                "_news/embargoed.md:5: published: false, so Jekyll does not publish it; news item skipped");
    }

    @Test
    void pagesInHiddenFoldersOrMarkedUnpublishedAreSkipped() {
        assertThat(result.portfolio().pages()).extracting(Page::slug).containsExactly("notes");
        assertThat(imported.warnings()).contains(
                "_pages/_drafts/join.md: Jekyll does not publish _drafts (names starting with _ or . are hidden);"
                        + " page skipped",
                "_pages/hidden-page.md:5: published: false, so Jekyll does not publish it; page skipped");
    }

    @Test
    void anImpossibleNewsDateRollsOverWithAWarning() {
        assertThat(result.portfolio().news().get(0).date()).isEqualTo(NewsDate.of(LocalDate.of(2023, 3, 1)));
        assertThat(imported.warnings()).contains("_news/leap-day.md:3: date 2023-2-29 is not a day of the calendar;"
                + " Jekyll rolls it over to 2023-03-01, as the live site shows it, and so does the import");
    }

    @Test
    void blogPostsAndOtherCollectionsThatAreNotReadAreReportedWithWhatTheyHold() {
        assertThat(imported.warnings()).contains(
                "_posts: 4 blog posts not imported (Scholarfolio does not read this collection); they stay in the site"
                        + " folder: 2021-03-02-compilers.md, 2022-05-10-nanoseconds.md, 2023-01-15-cobol.md and 1 more",
                "_projects: 1 project not imported (Scholarfolio does not read this collection); it stays in the site"
                        + " folder: 1_a0.md");
        // The news collection is read, a draft is not published, a name that is not a folder's is not followed.
        assertThat(imported.warnings()).noneMatch(w -> w.startsWith("_news:") || w.contains("half-written")
                || w.contains("outside"));
    }

    @Test
    void linksToBlogPostsAreReportedWithPageAndLineAndTheirTextKept() {
        assertThat(imported.warnings()).contains(
                "_pages/teaching-notes.md:10: links to the blog post 2021-03-02-compilers ({% post_url %}); the blog is not"
                        + " imported, so the link is taken out and its text kept",
                "_pages/teaching-notes.md:11: links to the blog (/blog/2023/cobol/), which is not imported: the link"
                        + " leads nowhere on the exported site; point it at the post's new home or take it out",
                "_pages/teaching-notes.md:11: links to the blog (/blog/), which is not imported: the link"
                        + " leads nowhere on the exported site; point it at the post's new home or take it out",
                "_pages/teaching-notes.md:12: links to the blog post 2022-05-10-nanoseconds ({% post_url %}); the blog is"
                        + " not imported, so the link is taken out and its text kept");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("/publications/") || w.contains("only Jekyll can run"));
        assertThat(imported.result().portfolio().pages()).anyMatch(p -> p.body().contains("grew out of a post;")
                && p.body().contains("is not a post; its timing part is."));
    }
}
