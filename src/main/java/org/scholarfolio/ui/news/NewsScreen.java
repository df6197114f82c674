package org.scholarfolio.ui.news;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.FieldPaths;
import org.scholarfolio.ui.Screen;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The News screen: the announcements table and form; the preview shows the selected item's page. */
public final class NewsScreen implements Screen {
    private final EditorViewModel editor;
    private final NewsViewModel vm;
    private final NewsView view;

    public NewsScreen(EditorViewModel editor, Runnable onLeaveField) {
        this.editor = editor;
        vm = new NewsViewModel(editor);
        view = new NewsView(vm, onLeaveField);
    }

    public NewsViewModel viewModel() {
        return vm;
    }

    @Override
    public Section section() {
        return Section.NEWS;
    }

    @Override
    public Parent root() {
        return view.root();
    }

    @Override
    public IntegerProperty selection() {
        return vm.selectedIndexProperty();
    }

    @Override
    public PreviewTarget previewTarget() {
        int i = vm.selectedIndexProperty().get();
        return i >= 0 && i < editor.portfolio().news().size()
                ? new PreviewTarget.NewsItem(i) : new PreviewTarget.NewsList();
    }

    @Override
    public void select(String fieldPath) {
        FieldPaths.index(fieldPath, "news").ifPresent(vm.selectedIndexProperty()::set);
    }

    @Override
    public void selectFirst() {
        if (!vm.rows().isEmpty()) {
            vm.selectedIndexProperty().set(vm.rows().get(0).index());
        }
    }

    @Override
    public Node firstField() {
        return NodeSearch.byId(view.root(), "news-date").orElse(null);
    }

    @Override
    public Optional<Runnable> addRecord() {
        return Optional.of(() -> vm.addNews(LocalDate.now()));
    }
}
