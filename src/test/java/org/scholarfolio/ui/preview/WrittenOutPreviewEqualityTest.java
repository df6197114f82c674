package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The preview's records whose equality is written out by hand compare every component, as generated equality does. */
class WrittenOutPreviewEqualityTest {
    @Test
    void targetsAreEqualByKindAndIndex() {
        List<PreviewTarget> targets = List.of(new PreviewTarget.Home(), new PreviewTarget.Publications(),
                new PreviewTarget.NewsList(), new PreviewTarget.NewsItem(0), new PreviewTarget.NewsItem(1),
                new PreviewTarget.Page(0), new PreviewTarget.Page(1));
        List<PreviewTarget> again = List.of(new PreviewTarget.Home(), new PreviewTarget.Publications(),
                new PreviewTarget.NewsList(), new PreviewTarget.NewsItem(0), new PreviewTarget.NewsItem(1),
                new PreviewTarget.Page(0), new PreviewTarget.Page(1));

        for (int i = 0; i < targets.size(); i++) {
            assertThat(again.get(i)).isEqualTo(targets.get(i)).hasSameHashCodeAs(targets.get(i));
            for (int j = 0; j < targets.size(); j++) {
                if (i != j) {
                    assertThat(again.get(i)).isNotEqualTo(targets.get(j));
                }
            }
        }
    }

    @Test
    void pagesDocumentsAndDiffsCompareEveryComponent() {
        PreviewDocument doc = new PreviewDocument("<body>", "Ada", "<p>a</p>");
        PreviewDocument base = new PreviewDocument("<body>", "Ada", "<p>b</p>");
        PreviewViewModel.Diff diff = new PreviewViewModel.Diff(doc, base, null);
        PreviewViewModel.RenderedPage page = new PreviewViewModel.RenderedPage("<html>", new PreviewTarget.Home(), 1, true, diff);

        assertThat(new PreviewDocument("<body>", "Ada", "<p>a</p>")).isEqualTo(doc).hasSameHashCodeAs(doc);
        assertThat(new PreviewViewModel.Diff(new PreviewDocument("<body>", "Ada", "<p>a</p>"), base, null))
                .isEqualTo(diff).hasSameHashCodeAs(diff);
        assertThat(new PreviewViewModel.RenderedPage("<html>", new PreviewTarget.Home(), 1, true,
                new PreviewViewModel.Diff(doc, base, null))).isEqualTo(page).hasSameHashCodeAs(page);

        assertThat(List.of(new PreviewDocument("<body class=x>", "Ada", "<p>a</p>"), new PreviewDocument("<body>", null, "<p>a</p>"),
                base)).allSatisfy(d -> assertThat(d).isNotEqualTo(doc));
        assertThat(List.of(new PreviewViewModel.Diff(base, base, null), new PreviewViewModel.Diff(doc, null, null),
                new PreviewViewModel.Diff(doc, base, new ChangedElement(List.of(0), List.of("p"), "a"))))
                .allSatisfy(d -> assertThat(d).isNotEqualTo(diff));
        assertThat(List.of(new PreviewViewModel.RenderedPage("<html lang=en>", new PreviewTarget.Home(), 1, true, diff),
                new PreviewViewModel.RenderedPage("<html>", new PreviewTarget.NewsList(), 1, true, diff),
                new PreviewViewModel.RenderedPage("<html>", new PreviewTarget.Home(), 2, true, diff),
                new PreviewViewModel.RenderedPage("<html>", new PreviewTarget.Home(), 1, false, diff),
                new PreviewViewModel.RenderedPage("<html>", new PreviewTarget.Home(), 1, true, null)))
                .allSatisfy(p -> assertThat(p).isNotEqualTo(page));
        assertThat(page).isNotEqualTo(null).isNotEqualTo("<html>");
    }
}
