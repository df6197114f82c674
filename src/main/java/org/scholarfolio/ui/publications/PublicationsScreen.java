package org.scholarfolio.ui.publications;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.Parent;

import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.AfterFirstFrame;
import org.scholarfolio.ui.FrameByFrame;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.LazyView;
import org.scholarfolio.ui.FieldPaths;
import org.scholarfolio.ui.ListScreen;
import org.scholarfolio.ui.RecordListViewModel;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The Publications screen: the filterable table, the entry form and the publications page as preview. */
public final class PublicationsScreen extends ListScreen<Publication, PublicationsViewModel> {
    private final LazyView<PublicationsView> view;

    public PublicationsScreen(EditorViewModel editor, Runnable onLeaveField) {
        this(editor, onLeaveField, () -> false);
    }

    /** {@code formLater}, asked when the screen is first shown: the form comes a frame after the table. */
    public PublicationsScreen(EditorViewModel editor, Runnable onLeaveField, BooleanSupplier formLater) {
        super(Section.PUBLICATIONS, "publications", "pub-key", () -> new PublicationsViewModel(editor));
        view = new LazyView<>(() -> {
            PublicationsView built = new PublicationsView(viewModel(), onLeaveField, formLater.getAsBoolean());
            if (!built.isComplete()) {
                formAfterTheTablesFrame(built);
                // The frame that first styles the screen holds nothing else of the window's put-off work.
                FrameByFrame.keepNextFrameFree();
            }
            return built;
        });
    }

    /**
     * Puts the form in after the frame that first lays out the table: that frame makes the table's
     * skins, the next ones the form's, a section a frame. Whatever needs the form before then builds
     * the rest of it at once.
     */
    private static void formAfterTheTablesFrame(PublicationsView built) {
        // After the pulse whose frame shows the table: the form's skins are the next frames' work,
        // none of them in the frame that makes the preview's WebView.
        // Ahead of the start's own pieces: the screen the person opened comes before the preview's steps.
        AfterFirstFrame.run(built.root(), () -> FrameByFrame.addSoon(built::buildFormAPartAFrame));
    }

    @Override
    protected void completeForm() {
        view.get().completeForm();
    }

    /** Puts a tool above the publications table (the Add-by-identifier box), made when the table is. */
    public void addAboveTable(java.util.function.Supplier<? extends Node> node) {
        view.whenBuilt(v -> v.addAboveTable(node.get()));
    }

    @Override
    public Parent root() {
        return view.get().root();
    }

    /** With the form in place: the problem marks need its fields. */
    @Override
    public void whenBuilt(java.util.function.Consumer<javafx.scene.Parent> action) {
        view.whenBuilt(v -> v.whenFormPlaced(() -> action.accept(v.root())));
    }

    @Override
    public PreviewTarget previewTarget() {
        return new PreviewTarget.Publications();
    }

    /**
     * Also for a publication asked for by its path (one just imported, a problem or an export warning
     * clicked) that the filter hides: the filter is cleared first, so that the form never edits a
     * record the table does not show (after a .bib import under a filter it did, with "4 of 9 shown").
     */
    @Override
    public void select(String fieldPath) {
        completeForm();
        FieldPaths.index(fieldPath, "publications").ifPresent(i -> {
            if (viewModel().visibleRows().stream().noneMatch(row -> row.index() == i)) {
                viewModel().clearFilter();
            }
        });
        super.select(fieldPath);
        FieldPaths.nestedIndex(fieldPath, "authors").ifPresent(i -> viewModel().authorList().selectedIndexProperty().set(i));
        FieldPaths.nestedIndex(fieldPath, "ownLinks").ifPresent(i -> viewModel().ownLinkList().selectedIndexProperty().set(i));
    }

    @Override
    protected List<RecordListViewModel.Row<Publication>> selectableRows() {
        return viewModel().visibleRows();
    }

    @Override
    public Optional<Runnable> addRecord() {
        return Optional.of(() -> viewModel().addPublication());
    }

    @Override
    public Optional<Node> filter() {
        return NodeSearch.byId(root(), "publications-search");
    }

    /** A new publication's key is made from what is typed (JabRef's way): the cursor starts in its title. */
    @Override
    public void focusNewRecord() {
        completeForm();
        focusField(NodeSearch.byId(root(), "pub-title").orElseGet(this::firstField));
    }
}
