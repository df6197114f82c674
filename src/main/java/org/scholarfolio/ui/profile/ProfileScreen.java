package org.scholarfolio.ui.profile;

import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

import org.scholarfolio.ui.ClassesAhead;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.FieldPaths;
import org.scholarfolio.ui.FrameByFrame;
import org.scholarfolio.ui.LazyView;
import org.scholarfolio.ui.Screen;
import org.scholarfolio.ui.Section;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.preview.PreviewTarget;

/**
 * The Profile screen: one form, previewed on the home page. Built before the window's first content
 * is drawn, its part below the first screenful follows after that content, a slice a frame.
 */
public final class ProfileScreen implements Screen {
    private final ProfileViewModel vm;
    private final LazyView<ProfileView> view;
    private final IntegerProperty none = new SimpleIntegerProperty(-1);

    /** {@code firstContentDrawn}: true once the window has drawn its first content (the form and the preview's page). */
    public ProfileScreen(EditorViewModel editor, Runnable onLeaveField, ReadOnlyBooleanProperty firstContentDrawn) {
        vm = new ProfileViewModel(editor);
        view = new LazyView<>(() -> {
            ProfileView built = new ProfileView(vm, onLeaveField, !firstContentDrawn.get());
            if (!built.isComplete()) {
                firstContentDrawn.addListener((obs, was, drawn) -> {
                    if (drawn) {
                        wakeOneFieldAFrame(built);
                        buildOneSliceAFrame(built, ClassesAhead.load(ProfileView.class, "below-fold-classes.txt"));
                    }
                });
            }
            return built;
        });
    }

    /**
     * The rest of the form, a slice at the start of a frame ({@link FrameByFrame}): each frame then styles
     * and lays out one slice, not the whole part at once (it held the window's frames for about half a
     * second). The slices wait for their toolkit classes, read on a thread of their own meanwhile; frames
     * go on. They share the window's one queue of put-off work: at a large portfolio they come as the
     * preview's first page is appended a step a frame, and a frame that held a slice and a step as well
     * (each with its own timer) took the JavaFX thread over 100 ms.
     */
    private static void buildOneSliceAFrame(ProfileView form, CompletableFuture<Void> classesReady) {
        classesReady.thenRun(() -> Platform.runLater(() -> FrameByFrame.add(() -> buildSliceThenQueueNext(form))));
    }

    /** The text fields drawn at rest take their real skins, one a frame, unless reached before. */
    private static void wakeOneFieldAFrame(ProfileView form) {
        FrameByFrame.add(() -> {
            if (form.wakeNextField()) {
                wakeOneFieldAFrame(form);
            }
        });
    }

    private static void buildSliceThenQueueNext(ProfileView form) {
        if (form.buildNextSlice()) {
            FrameByFrame.add(() -> buildSliceThenQueueNext(form));
        }
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
        view.whenBuilt(v -> {
            action.accept(v.root());
            // The part built after the first content is handed over too, block by block.
            v.whenBelowFoldBuilt(block -> {
                if (block instanceof Parent parent) {
                    action.accept(parent);
                }
            });
        });
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
        view.get().completeForm();
        FieldPaths.nestedIndex(fieldPath, "socialLinks").ifPresent(i -> vm.socialLinks().selectedIndexProperty().set(i));
    }

    /** Builds the part of the form below the first screenful now, if it waits still. */
    public void completeForm() {
        view.whenBuilt(ProfileView::completeForm);
    }

    @Override
    public Node firstField() {
        return NodeSearch.byId(root(), "profile-first").orElse(null);
    }
}
