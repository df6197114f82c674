package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Parent;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.ui.news.NewsViewModel;
import org.scholarfolio.ui.preview.PreviewTarget;

/**
 * A list screen's view model is made when first needed, not with the screen: until then nothing is
 * selected, and the screen's selection, which the window listens to from the start, then follows it.
 */
class ListScreenModelTest {
    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withNews(List.of(
            new NewsItem("n1", NewsDate.of(LocalDate.of(1936, 9, 29)), "Off to Princeton", "", true, UnknownFields.NONE),
            new NewsItem("n2", NewsDate.of(LocalDate.of(1951, 3, 15)), "Elected FRS", "", true, UnknownFields.NONE))), null);
    private final List<NewsViewModel> made = new ArrayList<>();
    private final NewsList screen = new NewsList(editor, made);

    @Test
    void theModelIsNotMadeWithTheScreenAndNothingIsSelected() {
        assertThat(made).isEmpty();
        assertThat(screen.selection().get()).isEqualTo(-1);
        assertThat(screen.previewRecord()).isEmpty();
        assertThat(made).isEmpty();
    }

    @Test
    void aSelectionSetOnTheScreenMakesTheModelAndSelectsInIt() {
        List<Integer> seen = new ArrayList<>();
        screen.selection().addListener((obs, old, now) -> seen.add(now.intValue()));

        screen.selection().set(1);

        assertThat(made).hasSize(1);
        assertThat(made.get(0).selectedIndexProperty().get()).isEqualTo(1);
        assertThat(made.get(0).titleProperty().get()).isEqualTo("Elected FRS");
        assertThat(screen.selection().get()).isEqualTo(1);
        assertThat(seen).containsExactly(1);
    }

    @Test
    void theScreensSelectionFollowsTheModelOnceMade() {
        List<Integer> seen = new ArrayList<>();
        screen.selection().addListener((obs, old, now) -> seen.add(now.intValue()));

        screen.prepare();
        made.get(0).selectedIndexProperty().set(0);
        screen.select("news[1].title");

        assertThat(made).hasSize(1);
        assertThat(seen).containsExactly(0, 1);
        assertThat(screen.previewRecord()).isEqualTo("news[1]");
    }

    @Test
    void theScreenSeesTheModelsOwnChangesAfterTheModelHasActedOnThem() {
        // The form's fields follow the selection before the window asks the screen what is selected.
        List<String> titleWhenTheScreenHeard = new ArrayList<>();
        screen.selection().addListener((obs, old, now) -> titleWhenTheScreenHeard.add(made.get(0).titleProperty().get()));

        screen.selection().set(0);

        assertThat(titleWhenTheScreenHeard).containsExactly("Off to Princeton");
    }

    @Test
    void preparingTwiceMakesOneModel() {
        screen.prepare();
        screen.prepare();
        screen.viewModel();

        assertThat(made).hasSize(1);
    }

    /** The News screen's list without its controls. */
    private static final class NewsList extends ListScreen<NewsItem, NewsViewModel> {
        NewsList(EditorViewModel editor, List<NewsViewModel> made) {
            super(Section.NEWS, "news", "news-date", () -> {
                NewsViewModel model = new NewsViewModel(editor);
                made.add(model);
                return model;
            });
        }

        @Override
        public Parent root() {
            throw new AssertionError("no controls in this test");
        }

        @Override
        public void whenBuilt(Consumer<Parent> action) {
        }

        @Override
        public PreviewTarget previewTarget() {
            return new PreviewTarget.NewsList();
        }
    }
}
