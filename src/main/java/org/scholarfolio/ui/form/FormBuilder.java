package org.scholarfolio.ui.form;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Builds a form in code: sections with a heading, each field with its label above it, bound
 * two-way to a view-model property. Leaving a field ends its undo step.
 */
public final class FormBuilder {
    private final VBox content = new VBox();
    private final Runnable onLeaveField;
    private HBox row;
    private FieldsAtRest atRest;

    private static final String OWN_UNDO = "scholarfolio.ownUndo";
    private static final String FIELD_PATH = "scholarfolio.fieldPath";

    /**
     * Tags a control with the JSON path of the field it edits ({@code publications[3].year}), as
     * the validator names problems; the supplier answers null while nothing is being edited.
     */
    public static void fieldPath(Control control, Supplier<String> path) {
        control.getProperties().put(FIELD_PATH, path);
    }

    /** The JSON path a control edits right now, or null. */
    @SuppressWarnings("unchecked")
    public static String fieldPathOf(Node node) {
        Object path = node.getProperties().get(FIELD_PATH);
        return path instanceof Supplier<?> s ? (String) ((Supplier<String>) s).get() : null;
    }

    public static boolean hasFieldPath(Node node) {
        return node.getProperties().containsKey(FIELD_PATH);
    }

    /** Marks a field whose text is not part of the portfolio (a search box): Ctrl+Z stays its own. */
    public static void keepOwnUndo(Node field) {
        field.getProperties().put(OWN_UNDO, Boolean.TRUE);
    }

    public static boolean keepsOwnUndo(Node node) {
        return node != null && node.getProperties().containsKey(OWN_UNDO);
    }

    public FormBuilder(Runnable onLeaveField) {
        this.onLeaveField = onLeaveField;
        content.getStyleClass().add("form");
    }

    public FormBuilder section(String title) {
        row = null;
        Label heading = label(title);
        heading.getStyleClass().addAll("form-section", "title-4");
        // A heading that says what its fields take wraps in a narrow form instead of ending in "...".
        heading.setWrapText(true);
        content.getChildren().add(heading);
        return this;
    }

    /** The following fields share one line until {@link #endRow()} or the next section. */
    public FormBuilder row() {
        row = new HBox();
        row.getStyleClass().add("form-row");
        // Check boxes have no label above them; line them up with the fields, not the labels.
        row.setAlignment(Pos.BOTTOM_LEFT);
        content.getChildren().add(row);
        return this;
    }

    public FormBuilder endRow() {
        row = null;
        return this;
    }

    /**
     * The text fields and labels built from now on show their text at rest until reached, as {@code rest} wakes them;
     * {@code null}: they are built with their real skins (as without this call).
     */
    public FormBuilder restingFields(FieldsAtRest rest) {
        atRest = rest;
        return this;
    }

    public TextField text(String label, String id, StringProperty property) {
        TextField field = CaretKeeping.textField(atRest);
        field.textProperty().bindBidirectional(property);
        add(label, id, field);
        return field;
    }

    /**
     * A field for a whole number. A key that would make it anything else is refused where it is typed, so
     * what the field shows is what is saved (a word typed into a number was kept on screen and dropped).
     */
    public TextField wholeNumber(String label, String id, StringProperty property) {
        TextField field = text(label, id, property);
        field.setTextFormatter(new TextFormatter<String>(change ->
                WholeNumbers.isTyping(change.getControlNewText()) ? change : null));
        return field;
    }

    /**
     * A multi-line field. It lays out only the paragraphs in view, so a long bio costs one
     * paragraph per key; Tab leaves it and Ctrl+Tab types a tab.
     */
    public ParagraphTextArea area(String label, String id, StringProperty property, int rows) {
        ParagraphTextArea area = new ParagraphTextArea(atRest);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        add(label, id, area);
        return area;
    }

    public CheckBox check(String label, String id, BooleanProperty property) {
        CheckBox box = new CheckBox(label);
        // As a field's label: wrapped onto a second line when its share of a row is narrow, never cut short.
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(property);
        box.setId(id);
        place(box);
        return box;
    }

    /** A drop-down of stored values, each shown by {@code display}. */
    public ComboBox<String> choice(String label, String id, StringProperty property, List<String> values,
                                   Function<String, String> display) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : display.apply(value);
            }

            @Override
            public String fromString(String text) {
                return values.stream().filter(v -> display.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(property);
        add(label, id, box);
        return box;
    }

    /** Any other control, with its label above it. */
    public <C extends Control> C control(String label, String id, C control) {
        add(label, id, control);
        return control;
    }

    public DatePicker date(String label, String id, ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.valueProperty().bindBidirectional(property);
        add(label, id, picker);
        return picker;
    }

    private void add(String label, String id, Control control) {
        control.setId(id);
        if (control instanceof javafx.scene.control.TextInputControl input) {
            ScriptFonts.follow(input);
        }
        if (control instanceof ParagraphTextArea area) {
            ScriptFonts.follow(area);
            area.setAccessibleText(label);
        }
        control.setMaxWidth(Double.MAX_VALUE);
        // The multi-line field's focus is on the area inside it.
        var focus = control instanceof ParagraphTextArea ? control.focusWithinProperty() : control.focusedProperty();
        focus.addListener((obs, was, now) -> {
            if (!now) {
                onLeaveField.run();
            }
        });
        Label caption = label(label);
        // Three fields to a row leave a long label less room than its text: it wraps (the row keeps
        // its fields in line at the bottom) instead of ending in "…" before it says what the field wants.
        caption.setWrapText(true);
        caption.setLabelFor(control);
        caption.getStyleClass().add("form-label");
        VBox field = new VBox(caption, control);
        LabelInViewOnTab.keep(field);
        field.getStyleClass().add("form-field");
        place(field);
    }

    /** A heading's or a field's label: drawn at rest until it shows more than its text while fields rest. */
    private Label label(String text) {
        if (atRest == null) {
            return new Label(text);
        }
        Label label = new RestingLabelSkin.FormLabel(text, atRest);
        atRest.add(label);
        return label;
    }

    /** Places a finished block (a nested table, say) in the form as it is. */
    public FormBuilder add(Node node) {
        place(node);
        return this;
    }

    private void place(Node node) {
        if (row != null) {
            HBox.setHgrow(node, Priority.ALWAYS);
            row.getChildren().add(node);
        } else {
            content.getChildren().add(node);
        }
    }

    /** Turns off the cache of the scroll pane's own viewport (its child styled "viewport"). */
    static void uncacheViewport(ScrollPane scroll) {
        for (Node child : scroll.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }

    /** The form, scrolling vertically when it is taller than the pane. */
    public ScrollPane build() {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        // JavaFX's scroll pane keeps its viewport as a cached image: every key typed into a field
        // re-rendered the whole visible form into it (some 200 nodes a key instead of the field's few).
        scroll.skinProperty().addListener((obs, old, skin) -> uncacheViewport(scroll));
        return scroll;
    }
}
