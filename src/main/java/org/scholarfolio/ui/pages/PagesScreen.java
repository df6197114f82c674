package org.scholarfolio.ui.pages;

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

/** The Pages screen: extra pages table and form; the preview shows the selected page. */
public final class PagesScreen implements Screen {
    private final EditorViewModel editor;
    private final PagesViewModel vm;
    private final PagesView view;

    public PagesScreen(EditorViewModel editor, Runnable onLeaveField) {
        this.editor = editor;
        vm = new PagesViewModel(editor);
        view = new PagesView(vm, onLeaveField);
    }

    @Override
    public Section section() {
        return Section.PAGES;
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
        return i >= 0 && i < editor.portfolio().pages().size() ? new PreviewTarget.Page(i) : new PreviewTarget.Home();
    }

    @Override
    public void select(String fieldPath) {
        FieldPaths.index(fieldPath, "pages").ifPresent(vm.selectedIndexProperty()::set);
    }

    @Override
    public void selectFirst() {
        if (!vm.rows().isEmpty()) {
            vm.selectedIndexProperty().set(vm.rows().get(0).index());
        }
    }

    @Override
    public Node firstField() {
        return NodeSearch.byId(view.root(), "page-title").orElse(null);
    }

    @Override
    public Optional<Runnable> addRecord() {
        return Optional.of(vm::addPage);
    }
}
