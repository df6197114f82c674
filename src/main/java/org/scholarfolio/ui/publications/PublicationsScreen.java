package org.scholarfolio.ui.publications;

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

/** The Publications screen: the filterable table, the entry form and the publications page as preview. */
public final class PublicationsScreen implements Screen {
    private final PublicationsViewModel vm;
    private final PublicationsView view;

    public PublicationsScreen(EditorViewModel editor, Runnable onLeaveField) {
        vm = new PublicationsViewModel(editor);
        view = new PublicationsView(vm, onLeaveField);
    }

    /** Puts a tool above the publications table (the Add-by-identifier box). */
    public void addAboveTable(Node node) {
        view.addAboveTable(node);
    }

    public PublicationsViewModel viewModel() {
        return vm;
    }

    @Override
    public Section section() {
        return Section.PUBLICATIONS;
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
        return new PreviewTarget.Publications();
    }

    @Override
    public void select(String fieldPath) {
        FieldPaths.index(fieldPath, "publications").ifPresent(vm.selectedIndexProperty()::set);
        FieldPaths.nestedIndex(fieldPath, "authors").ifPresent(i -> vm.authorList().selectedIndexProperty().set(i));
    }

    @Override
    public void selectFirst() {
        if (!vm.visibleRows().isEmpty()) {
            vm.selectedIndexProperty().set(vm.visibleRows().get(0).index());
        }
    }

    @Override
    public Node firstField() {
        return NodeSearch.byId(view.root(), "pub-key").orElse(null);
    }

    @Override
    public Optional<Runnable> addRecord() {
        return Optional.of(vm::addPublication);
    }

    @Override
    public Optional<Node> filter() {
        return NodeSearch.byId(view.root(), "publications-search");
    }
}
