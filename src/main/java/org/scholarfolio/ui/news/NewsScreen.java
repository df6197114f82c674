package org.scholarfolio.ui.news;

import java.time.LocalDate;
import java.util.Optional;

import javafx.scene.Parent;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.LazyView;
import org.scholarfolio.ui.ListScreen;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The News screen: the announcements table and form; the preview shows the selected item's page. */
public final class NewsScreen extends ListScreen<NewsItem, NewsViewModel> {
    private final EditorViewModel editor;
    private final LazyView<NewsView> view;

    public NewsScreen(EditorViewModel editor, Runnable onLeaveField) {
        super(Section.NEWS, "news", "news-date", () -> new NewsViewModel(editor));
        this.editor = editor;
        view = new LazyView<>(() -> new NewsView(viewModel(), onLeaveField));
    }

    @Override
    public Parent root() {
        return view.get().root();
    }

    @Override
    public void whenBuilt(java.util.function.Consumer<javafx.scene.Parent> action) {
        view.whenBuilt(v -> action.accept(v.root()));
    }

    @Override
    public PreviewTarget previewTarget() {
        int i = selection().get();
        return i >= 0 && i < editor.portfolio().news().size()
                ? new PreviewTarget.NewsItem(i) : new PreviewTarget.NewsList();
    }

    @Override
    public Optional<Runnable> addRecord() {
        return Optional.of(() -> viewModel().addNews(LocalDate.now()));
    }

    /** A new item's date is today's, filled in by itself: the cursor starts in its title. */
    @Override
    public void focusNewRecord() {
        focusField(NodeSearch.byId(root(), "news-title").orElseGet(this::firstField));
    }
}
