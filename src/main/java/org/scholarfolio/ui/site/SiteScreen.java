package org.scholarfolio.ui.site;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.LazyView;
import org.scholarfolio.ui.Screen;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The Site screen: site-wide settings in one form, previewed on the home page. */
public final class SiteScreen implements Screen {
    private final LazyView<SiteView> view;
    private final IntegerProperty none = new SimpleIntegerProperty(-1);

    public SiteScreen(EditorViewModel editor, Runnable onLeaveField) {
        // The view model with its view: hidden, it would link its 38 call sites before the first window
        // and follow every edit of the portfolio for fields nobody sees. It has no selection to keep.
        view = new LazyView<>(() -> new SiteView(new SiteViewModel(editor), onLeaveField));
    }

    @Override
    public Section section() {
        return Section.SITE;
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
        // One form: nothing to select.
    }

    @Override
    public Node firstField() {
        return NodeSearch.byId(root(), "site-title").orElse(null);
    }
}
