package org.scholarfolio.ui.profile;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.FieldPaths;
import org.scholarfolio.ui.LazyView;
import org.scholarfolio.ui.Screen;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The Profile screen: one form, previewed on the home page. */
public final class ProfileScreen implements Screen {
    private final ProfileViewModel vm;
    private final LazyView<ProfileView> view;
    private final IntegerProperty none = new SimpleIntegerProperty(-1);

    public ProfileScreen(EditorViewModel editor, Runnable onLeaveField) {
        vm = new ProfileViewModel(editor);
        view = new LazyView<>(() -> new ProfileView(vm, onLeaveField));
    }

    public ProfileViewModel viewModel() {
        return vm;
    }

    @Override
    public Section section() {
        return Section.PROFILE;
    }

    @Override
    public Parent root() {
        return view.get().root();
    }

    @Override
    public void whenBuilt(java.util.function.Consumer<Parent> action) {
        view.whenBuilt(v -> action.accept(v.root()));
    }

    @Override
    public IntegerProperty selection() {
        return none;
    }

    @Override
    public PreviewTarget previewTarget() {
        return new PreviewTarget.Home();
    }

    @Override
    public void select(String fieldPath) {
        FieldPaths.nestedIndex(fieldPath, "socialLinks").ifPresent(i -> vm.socialLinks().selectedIndexProperty().set(i));
    }

    @Override
    public Node firstField() {
        return NodeSearch.byId(root(), "profile-first").orElse(null);
    }
}
