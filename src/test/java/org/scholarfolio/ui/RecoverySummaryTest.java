package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;

/** The recovery prompt names the screen, record and field that differ from the saved file. */
class RecoverySummaryTest {
    private static Publication paper(String key, String title, int year) {
        return Publication.builder(key, "article").title(title).year(year).build();
    }

    private static NewsItem news(String id) {
        return new NewsItem(id, NewsDate.of(LocalDate.of(2024, 1, 9)), "", "Item " + id, true, UnknownFields.NONE);
    }

    @Test
    void namesTheFieldsOfTheProfileAndOfEachChangedRecord() {
        Portfolio saved = Portfolio.empty().withPublications(List.of(paper("smith2020", "Old", 2020),
                paper("jones2021", "Same", 2021), paper("gone2019", "Gone", 2019)));
        Portfolio recovered = saved
                .withProfile(saved.profile().toBuilder().bio("A new bio").addressLines(List.of("Oxford")).build())
                .withPublications(List.of(paper("smith2020", "New", 2021), paper("jones2021", "Same", 2021)))
                .withNews(List.of(news("a"), news("b")));

        assertThat(RecoverySummary.between(saved, recovered)).containsExactly(
                "Profile \u203a address lines, bio changed",
                "1 publication removed (gone2019)",
                "Publication smith2020 \u203a year, title changed",
                "2 news items added (\u201cItem a\u201d of 2024-01-09, \u201cItem b\u201d of 2024-01-09)");
    }

    @Test
    void namesANewsItemByItsTitleOrFirstWordsAndDateNotByItsId() {
        NewsItem untitled = new NewsItem("news-2026-12-06", NewsDate.of(LocalDate.of(2026, 12, 6)), "",
                "Elected a **Fellow of the Royal Society** :tada:\n\nThe citation reads…", true, UnknownFields.NONE);
        NewsItem titled = new NewsItem("n2", NewsDate.of(LocalDate.of(2025, 1, 10)), "Fellowship announcement",
                "I received the *IBM* PhD Fellowship.", false, UnknownFields.NONE);
        Portfolio saved = Portfolio.empty().withNews(List.of(untitled, titled));
        Portfolio recovered = saved.withNews(List.of(untitled.withInline(false), titled.withTitle("Fellowship")));

        assertThat(RecoverySummary.between(saved, recovered)).containsExactly(
                "News item \u201cElected a Fellow of the Royal Society :tada:\u201d of 2026-12-06 \u203a inline changed",
                "News item \u201cFellowship announcement\u201d of 2025-01-10 \u203a title changed");
    }

    @Test
    void aValueKeptAsTypedIsNamedByItsFieldNotAsOtherFields() {
        Portfolio saved = Portfolio.empty().withPublications(List.of(paper("smith2020", "Old", 2020)));
        Portfolio recovered = saved.withPublications(List.of(
                saved.publications().get(0).toBuilder().yearAsTyped("abc").build()));

        assertThat(RecoverySummary.between(saved, recovered)).containsExactly("Publication smith2020 \u203a year changed");
    }

    @Test
    void saysWhenOnlyTheOrderChangedAndWhenNothingDiffers() {
        Portfolio saved = Portfolio.empty().withPublications(List.of(paper("a", "A", 2020), paper("b", "B", 2021)));
        Portfolio reordered = saved.withPublications(List.of(saved.publications().get(1), saved.publications().get(0)));

        assertThat(RecoverySummary.between(saved, reordered)).containsExactly("Publications reordered");
        assertThat(RecoverySummary.between(saved, saved)).containsExactly("Nothing differs from the saved file");
    }

    @Test
    void countsChangedRecordsBeyondTheFirstFive() {
        List<Publication> before = new java.util.ArrayList<>();
        List<Publication> after = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(paper("p" + i, "Title", 2020));
            after.add(paper("p" + i, "Title", 2020 + i + 1));
        }
        List<String> lines = RecoverySummary.between(Portfolio.empty().withPublications(before),
                Portfolio.empty().withPublications(after));

        assertThat(lines).hasSize(6).startsWith("Publication p0 \u203a year changed").endsWith("2 more publications changed");
    }
}
