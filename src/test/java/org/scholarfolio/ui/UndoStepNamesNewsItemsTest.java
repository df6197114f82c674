package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;

/** Undo names a news item as the news screen does, not by the id the app made up ("news-2026-12-06"). */
class UndoStepNamesNewsItemsTest {
    private static final NewsItem FELLOWSHIP = new NewsItem("news-2026-12-06", NewsDate.of(LocalDate.of(2026, 12, 6)),
            "Fellowship announcement", "Elected a Fellow", false, UnknownFields.NONE);

    @Test
    void aChangeToANewsItemsFieldNamesTheItemByItsTitleAndDate() {
        Portfolio before = Portfolio.empty().withNews(List.of(FELLOWSHIP));
        Portfolio after = before.withNews(List.of(FELLOWSHIP.withInline(true)));
        assertThat(UndoStep.describe(before, after, "news[0].inline").description())
                .endsWith(" of \u201cFellowship announcement\u201d of 2026-12-06").doesNotContain("news-2026-12-06");
        assertThat(UndoStep.describe(before, after, null).description())
                .isEqualTo("change to news item \u201cFellowship announcement\u201d of 2026-12-06");
    }

    @Test
    void aNewsItemJustAddedWithoutTitleOrTextIsNamedByItsDate() {
        NewsItem added = new NewsItem("news-2026-12-07", NewsDate.of(LocalDate.of(2026, 12, 7)), "", "", true, UnknownFields.NONE);
        Portfolio before = Portfolio.empty().withNews(List.of(FELLOWSHIP));
        assertThat(UndoStep.describe(before, before.withNews(List.of(added, FELLOWSHIP)), null).description())
                .isEqualTo("adding news item of 2026-12-07");
    }

    /** Seen in a real window: Ctrl+Shift+N, a title typed, Ctrl+Z said "Undid change to Title of of 2026-12-07". */
    @Test
    void theFirstTitleTypedIntoANewItemIsAChangeToTheNewsItemOfItsDate() {
        NewsItem added = new NewsItem("news-2026-12-07", NewsDate.of(LocalDate.of(2026, 12, 7)), "", "", true, UnknownFields.NONE);
        Portfolio before = Portfolio.empty().withNews(List.of(added));
        Portfolio after = before.withNews(List.of(added.withTitle("Gave a talk")));
        assertThat(UndoStep.describe(before, after, "news[0].title").description())
                .isEqualTo("change to Title of the news item of 2026-12-07");
    }
}
