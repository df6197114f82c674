package org.scholarfolio.ui;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.form.ParagraphTextArea;

import org.scholarfolio.ui.preview.PreviewTarget;
import org.scholarfolio.ui.problems.ProblemDecorations;

/**
 * One screen of the editor, behind the sidebar entry of its {@link Section}. {@link MainView}
 * holds the screens in a list and asks them, never names them: a new screen is one class that
 * implements this and is added to {@link MainView}'s list.
 */
public interface Screen {
    Section section();

    /** The screen's content, built on first use (the first window builds only the screen it shows). */
    Parent root();

    /** Runs {@code action} with the content once it is built (now, if it is). */
    void whenBuilt(java.util.function.Consumer<Parent> action);

    /**
     * Makes ahead what the screen's first show needs besides its controls (a list's view model),
     * which it otherwise makes then; the window calls it after its first content. Nothing by default.
     */
    default void prepare() {
    }

    /**
     * The index of the selected record in its portfolio list, -1 when none is selected; a screen
     * that is one form answers a property that stays -1.
     */
    IntegerProperty selection();

    /** The page of the site the preview shows while this screen is open. */
    PreviewTarget previewTarget();

    /**
     * The record the preview scrolls to while this screen is open, as a path such as
     * {@code publications[3]}; empty when nothing is selected or the screen is one form.
     */
    default String previewRecord() {
        return "";
    }

    /** Selects what a field path such as {@code publications[3].authors[1].url} names on this screen. */
    void select(String fieldPath);

    /** Shows the record a field path names and puts the cursor in its field (or the first field). */
    default void focus(String fieldPath) {
        select(fieldPath);
        // After the selection's form is laid out, so that the field can take focus and be scrolled to.
        Platform.runLater(() -> {
            // A screen shown for the first time has not placed its form yet: a field that is not laid
            // out (or still disabled) refuses the focus, which then stays on the filter box.
            root().applyCss();
            root().layout();
            ProblemDecorations.taggedControls(root()).stream()
                    .filter(c -> fieldPath != null && ProblemDecorations.concernsField(fieldPath, c))
                    .findFirst()
                    .ifPresentOrElse(ProblemDecorations::focus, this::focusFirstField);
        });
    }

    /** The first field of the form, where Ctrl+1 … Ctrl+5 put the cursor. */
    Node firstField();

    default void focusFirstField() {
        if (selection().get() < 0) {
            selectFirst();
        }
        focusField(firstField());
    }

    /**
     * Where the cursor goes in a record just added (Ctrl+Shift+N): the form's first field, unless the
     * screen's first field is one the record fills in by itself.
     */
    default void focusNewRecord() {
        focusFirstField();
    }

    /** Puts the cursor in {@code first}, a field of the form, or in the list when there is no record to edit. */
    default void focusField(Node first) {
        if (first != null && first.getScene() == null) {
            // Shown for the first time: the scroll and split panes place their content on layout, and
            // only then does a form below an empty list know that it is disabled.
            root().applyCss();
            root().layout();
        }
        if (first == null || first.isDisabled()) {
            // No record to edit (an empty list): the list itself takes the focus, never the filter box.
            first = NodeSearch.all(root(), n -> n instanceof TableView<?>).stream().findFirst().orElse(first);
        }
        if (first != null) {
            first.requestFocus();
            // The form may have been scrolled down since: its first field must show where the cursor
            // is, with the form's heading and the field's label above it.
            ScrollIntoView.revealFirstNowAndAfterLayout(first);
            if (first instanceof TextInputControl input) {
                input.end();
            } else if (first instanceof ParagraphTextArea area) {
                area.end();
            }
        }
    }

    /**
     * Puts the focus on the screen's list, on its selected row, where the arrow keys go through the
     * records and what is typed edits nothing; nothing for a screen that is one form.
     */
    default void focusList() {
        root().applyCss();
        root().layout();
        NodeSearch.all(root(), n -> n instanceof TableView<?>).stream().findFirst().ifPresent(Node::requestFocus);
    }

    /** Selects the first record a list screen shows, if any; nothing for a screen that is one form. */
    default void selectFirst() {
    }

    /** Adds a record to the list on screen (Ctrl+Shift+N); empty for a screen that is one form. */
    default Optional<Runnable> addRecord() {
        return Optional.empty();
    }

    /** The screen's filter box (Ctrl+F), if it has one. */
    default Optional<Node> filter() {
        return Optional.empty();
    }
}
