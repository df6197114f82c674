package org.scholarfolio.ui.pages;

import java.util.Optional;

import javafx.scene.Parent;

import org.scholarfolio.model.Page;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.LazyView;
import org.scholarfolio.ui.ListScreen;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The Pages screen: extra pages table and form; the preview shows the selected page. */
public final class PagesScreen extends ListScreen<Page, PagesViewModel> {
    private final EditorViewModel editor;
    private final LazyView<PagesView> view;

    public PagesScreen(EditorViewModel editor, Runnable onLeaveField) {
        super(Section.PAGES, "pages", "page-title", () -> new PagesViewModel(editor));
        this.editor = editor;
        view = new LazyView<>(() -> new PagesView(viewModel(), onLeaveField));
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
        return i >= 0 && i < editor.portfolio().pages().size() ? new PreviewTarget.Page(i) : new PreviewTarget.Home();
    }

    @Override
    public Optional<Runnable> addRecord() {
        return Optional.of(() -> viewModel().addPage());
    }
}
