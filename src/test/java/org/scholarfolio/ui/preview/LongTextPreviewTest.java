package org.scholarfolio.ui.preview;

import static org.scholarfolio.testing.PortfolioEdits.withBio;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

/** A text too long to preview whole (issue 14's 10 MB bio) is previewed in part, around the last change. */
class LongTextPreviewTest {
    @TempDir
    Path staging;

    private static String bio(int paragraphs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            s.append("Paragraph ").append(i).append(" of a long biography with *emphasis* and a [link](https://example.org).\n\n");
        }
        return s.toString();
    }

    @Test
    void aTenMegabyteBioIsPreviewedInPartWithANoteAndTheEditedPartIsShown() {
        String bio = bio(120_000);
        assertThat(bio.length()).isGreaterThan(10_000_000);
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), withBio(Portfolio.empty(), bio), null);
        PagePreview pages = new PagePreview(MarkdownRenderer.shared(), staging);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> pages.render(p, null, SitePage.home()));

        vm.update();

        String html = vm.htmlProperty().get();
        assertThat(html).contains("Paragraph 0 of").doesNotContain("Paragraph 119999 of")
                .contains("The preview leaves out").contains("characters of profile.bio after this point");
        assertThat(html.length()).isLessThan(1_000_000);
        assertThat(vm.noteProperty().get()).startsWith("the untitled portfolio › profile.bio is "
                        + String.format(java.util.Locale.ROOT, "%,d", bio.length()) + " characters long: the preview shows characters 1–")
                .endsWith(", around the last change; the export writes all of it.");

        editor.edit("bio", p -> withBio(p, p.profile().bio() + "The last paragraph, typed just now."));
        vm.update();

        assertThat(vm.htmlProperty().get()).contains("The last paragraph, typed just now.")
                .contains("Paragraph 119999 of").doesNotContain("Paragraph 0 of")
                .contains("characters of profile.bio before this point");
        assertThat(vm.noteProperty().get()).doesNotContain("shows characters 1–");
    }

    @Test
    void theSiteRendersTheWholeTextAndAShortTextIsPreviewedWhole() {
        String bio = bio(3_000); // about 300,000 characters
        PagePreview pages = new PagePreview(MarkdownRenderer.shared(), staging);
        Portfolio long_ = withBio(Portfolio.empty(), bio);

        assertThat(pages.render(long_, null, SitePage.home())).contains("Paragraph 0 of").contains("Paragraph 2999 of");

        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), withBio(Portfolio.empty(), bio(10)), null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> pages.render(p, null, SitePage.home()));
        vm.update();
        assertThat(vm.htmlProperty().get()).contains("Paragraph 9 of").doesNotContain("leaves out");
        assertThat(vm.noteProperty().get()).isEmpty();
    }

    @Test
    void aLongPageBodyAndAbstractAreShortenedTooAndNamedInTheNote() {
        PreviewExcerpts excerpts = new PreviewExcerpts(new LongTextWindow(1_000));
        Portfolio p = Portfolio.empty()
                .withPages(List.of(new Page("cv", "CV", 1, true, bio(100), null)))
                .withPublications(List.of(org.scholarfolio.model.Publication.builder("k", "article").title("T")
                        .abstractText(bio(50)).build()));

        PreviewExcerpts.Bounded bounded = excerpts.bound(p);

        assertThat(bounded.portfolio().pages().get(0).body()).hasSizeLessThan(1_300);
        assertThat(bounded.portfolio().publications().get(0).abstractText()).contains("publications[0].abstract");
        assertThat(bounded.note("portfolio.json")).startsWith("portfolio.json › pages[0].body is " + org.scholarfolio.model.Text.number(bio(100).length()) + " characters long")
                .contains("(1 more long text is shortened too)");
        assertThat(p.pages().get(0).body()).hasSize(bio(100).length()); // the document itself is untouched
    }
}
