package org.scholarfolio.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class NewsViewModelTest {
    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
    private final NewsViewModel vm = new NewsViewModel(editor);

    @Test
    void addedNewsGetsTodayAndAUniqueId() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        vm.addNews(day);
        vm.addNews(day);

        assertThat(editor.portfolio().news()).extracting(NewsItem::id)
                .containsExactly("news-2026-11-24-2", "news-2026-11-24");
        assertThat(vm.dateProperty().get()).isEqualTo(day);
    }

    @Test
    void anItemAddedTodayAndDatedEarlierTakesItsIdFromItsOwnDate() {
        vm.addNews(LocalDate.of(2026, 12, 3)); // an item of that day already there
        vm.addNews(LocalDate.of(2026, 12, 6));

        vm.dateTextProperty().set("3 Dec 2026");

        assertThat(editor.portfolio().news()).extracting(NewsItem::id)
                .containsExactlyInAnyOrder("news-2026-12-03", "news-2026-12-03-2");
        vm.dateProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(editor.portfolio().news()).extracting(NewsItem::id)
                .containsExactlyInAnyOrder("news-2026-12-03", "news-2026-12-01");
        // typing on the same day, or in the time of day, leaves the id alone
        vm.dateProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(editor.portfolio().news()).extracting(NewsItem::id).contains("news-2026-12-01");
    }

    @Test
    void anItemFromAnEarlierSittingKeepsItsIdWhenItsDateChanges() {
        editor.history().reset(Portfolio.empty().withNews(List.of(
                new NewsItem("news-2024-05-01", NewsDate.of(LocalDate.of(2024, 5, 1)), "Talk", "", true, UnknownFields.NONE))));
        vm.selectedIndexProperty().set(0);

        vm.dateProperty().set(LocalDate.of(2024, 5, 2));

        assertThat(editor.portfolio().news()).extracting(NewsItem::id).containsExactly("news-2024-05-01");
    }

    @Test
    void anIdNotMadeFromTheDateStaysWhenTheDateChanges() {
        editor.history().reset(Portfolio.empty().withNews(List.of(
                new NewsItem("best-paper", NewsDate.of(LocalDate.of(2024, 5, 1)), "Award", "", true, UnknownFields.NONE),
                new NewsItem("news-2024-05-01-talk", NewsDate.of(LocalDate.of(2024, 5, 1)), "Talk", "", true,
                        UnknownFields.NONE))));
        vm.selectedIndexProperty().set(0);
        vm.dateProperty().set(LocalDate.of(2024, 5, 2));
        vm.selectedIndexProperty().set(1);
        vm.dateProperty().set(LocalDate.of(2024, 5, 2));

        assertThat(editor.portfolio().news()).extracting(NewsItem::id).containsExactly("best-paper", "news-2024-05-01-talk");
    }

    @Test
    void pickingADayKeepsTheTimeOfDay() {
        NewsDate dated = new NewsDate(LocalDate.of(2024, 5, 1), LocalTime.of(9, 30), null);
        editor.history().reset(Portfolio.empty().withNews(List.of(
                new NewsItem("a", dated, "Talk", "", true, UnknownFields.NONE))));
        vm.selectedIndexProperty().set(0);

        vm.dateProperty().set(LocalDate.of(2024, 5, 2));

        assertThat(editor.portfolio().news().get(0).date())
                .isEqualTo(new NewsDate(LocalDate.of(2024, 5, 2), LocalTime.of(9, 30), null));
    }

    @Test
    void titleAndInlineEditTheSelectedItem() {
        vm.addNews(LocalDate.of(2026, 1, 1));
        vm.titleProperty().set("Paper accepted");
        vm.inlineProperty().set(false);

        NewsItem item = editor.portfolio().news().get(0);
        assertThat(item.title()).isEqualTo("Paper accepted");
        assertThat(item.inline()).isFalse();
    }

    @Test
    void duplicateCopiesTheSelectedItemUnderANewIdRightAfterItAndUndoRemovesTheCopy() {
        NewsItem talk = new NewsItem("talk", NewsDate.of(LocalDate.of(2024, 5, 1)), "Talk", "At **ICML**", false,
                UnknownFields.NONE);
        editor.history().reset(Portfolio.empty().withNews(List.of(talk)));
        vm.selectedIndexProperty().set(0);

        vm.duplicateSelected();
        vm.selectedIndexProperty().set(0);
        vm.duplicateSelected();

        assertThat(editor.portfolio().news()).extracting(NewsItem::id).containsExactly("talk", "talk-copy-2", "talk-copy");
        assertThat(editor.portfolio().news().get(2)).isEqualTo(talk.withId("talk-copy"));
        assertThat(vm.selectedIndexProperty().get()).isEqualTo(1);

        editor.history().undo();
        assertThat(editor.portfolio().news()).extracting(NewsItem::id).containsExactly("talk", "talk-copy");
    }

    @Test
    void typingNotHandedOverYetGoesToTheItemItWasTypedIntoWhenTheSelectionMoves() {
        NewsDate day = NewsDate.of(LocalDate.of(2024, 5, 1));
        editor.history().reset(Portfolio.empty().withNews(List.of(
                new NewsItem("a", day, "First", "", true, UnknownFields.NONE),
                new NewsItem("b", day, "Second", "", true, UnknownFields.NONE))));
        vm.selectedIndexProperty().set(0);
        // A long body typed into: the field hands its value over when asked (here: once).
        boolean[] handedOver = {false};
        editor.takePendingEditsWith(() -> {
            if (!handedOver[0]) {
                handedOver[0] = true;
                vm.bodyProperty().set("typed into the first");
            }
        });

        vm.selectedIndexProperty().set(1);

        assertThat(editor.portfolio().news()).extracting(NewsItem::body)
                .containsExactly("typed into the first", "");
    }
}
