package org.scholarfolio.ui.publications;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Parent;

import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.LazyView;
import org.scholarfolio.ui.FieldPaths;
import org.scholarfolio.ui.ListScreen;
import org.scholarfolio.ui.RecordListViewModel;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The Publications screen: the filterable table, the entry form and the publications page as preview. */
public final class PublicationsScreen extends ListScreen<Publication> {
    private final PublicationsViewModel vm;
    private final LazyView<PublicationsView> view;

    public PublicationsScreen(EditorViewModel editor, Runnable onLeaveField) {
        this(new PublicationsViewModel(editor), onLeaveField);
    }

    private PublicationsScreen(PublicationsViewModel vm, Runnable onLeaveField) {
        super(Section.PUBLICATIONS, "publications", "pub-key", vm);
        this.vm = vm;
        view = new LazyView<>(() -> new PublicationsView(vm, onLeaveField));
    }

    /** Puts a tool above the publications table (the Add-by-identifier box). */
    public void addAboveTable(Node node) {
        view.whenBuilt(v -> v.addAboveTable(node));
    }

    public PublicationsViewModel viewModel() {
        return vm;
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
        return new PreviewTarget.Publications();
    }

    @Override
    public void select(String fieldPath) {
        super.select(fieldPath);
        FieldPaths.nestedIndex(fieldPath, "authors").ifPresent(i -> vm.authorList().selectedIndexProperty().set(i));
    }

    @Override
    protected List<RecordListViewModel.Row<Publication>> selectableRows() {
        return vm.visibleRows();
    }

    @Override
    public Optional<Runnable> addRecord() {
        return Optional.of(vm::addPublication);
    }

    @Override
    public Optional<Node> filter() {
        return NodeSearch.byId(root(), "publications-search");
    }
}
