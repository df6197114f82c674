package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The sidebar: one entry per section, a single stop for Tab; with the focus, Up, Down, Home and End
 * move the selection, and a click selects an entry. Screen readers are told it is a list of items
 * with one selected, as a {@code ListView} tells them.
 * <p>
 * A plain box, not a {@code ListView}: five fixed entries need no virtual flow, and the list view's
 * (a sizing cell, then each cell styled on its own, its entry moved from one cell to the next and
 * styled again) was a tenth of the JavaFX thread's work before the window's first content (JFR,
 * session 12).
 */
final class SectionList extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(this, "selected");
    private final List<Entry> entries = new ArrayList<>();

    /** {@code content}: what an entry shows (its name, count and problem badge). */
    SectionList(List<Section> sections, Function<Section, Node> content) {
        setId("sidebar");
        getStyleClass().add("section-list");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        for (Section section : sections) {
            Entry entry = new Entry(section, entries.size(), content.apply(section));
            entries.add(entry);
            getChildren().add(entry);
        }
        selected.addListener((obs, old, now) -> {
            for (Entry entry : entries) {
                entry.pseudoClassStateChanged(SELECTED, entry.section == now);
            }
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
            notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int at = indexOfSelected();
            int to = switch (e.getCode()) {
                case UP, KP_UP -> Math.max(0, at - 1);
                case DOWN, KP_DOWN -> Math.min(entries.size() - 1, at + 1);
                case HOME -> 0;
                case END -> entries.size() - 1;
                default -> -1;
            };
            if (to >= 0 && !entries.isEmpty() && !e.isShortcutDown() && !e.isAltDown()) {
                selected.set(entries.get(to).section);
                e.consume();
            }
        });
    }

    /** The section selected; setting it selects its entry. */
    ObjectProperty<Section> selectedProperty() {
        return selected;
    }

    private int indexOfSelected() {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).section == selected.get()) {
                return i;
            }
        }
        return -1;
    }

    private Entry selectedEntry() {
        int at = indexOfSelected();
        return at < 0 ? null : entries.get(at);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case ITEM_COUNT -> entries.size();
            case ITEM_AT_INDEX -> {
                int i = (Integer) parameters[0];
                yield i >= 0 && i < entries.size() ? entries.get(i) : null;
            }
            case SELECTED_ITEMS -> selectedEntry() == null ? FXCollections.observableArrayList()
                    : FXCollections.observableArrayList(selectedEntry());
            case FOCUS_ITEM -> selectedEntry();
            case MULTIPLE_SELECTION -> false;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    /** One section's entry: selected by a press of the mouse, which also gives the list the focus. */
    private final class Entry extends StackPane {
        private final Section section;
        private final int index;

        Entry(Section section, int index, Node content) {
            super(content);
            this.section = section;
            this.index = index;
            setId("section-" + section.name().toLowerCase());
            getStyleClass().add("section-entry");
            setAccessibleRole(AccessibleRole.LIST_ITEM);
            // What the entry shows (its name, count and problems) when the content says it, else its name.
            accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> content.getAccessibleText() == null ? section.label() : content.getAccessibleText(),
                    content.accessibleTextProperty()));
            // Told, not worked out: the text is made only when a screen reader asks for it.
            accessibleTextProperty().addListener((javafx.beans.InvalidationListener) obs -> {
                notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
                if (selected.get() == section) {
                    SectionList.this.notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
                }
            });
            addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                SectionList.this.requestFocus();
                selected.set(section);
            });
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return switch (attribute) {
                case INDEX -> index;
                case SELECTED -> selected.get() == section;
                case TEXT -> getAccessibleText();
                default -> super.queryAccessibleAttribute(attribute, parameters);
            };
        }

        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.REQUEST_FOCUS) {
                selected.set(section);
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    }
}
