package org.scholarfolio.ui.problems;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToolBar;

import impl.org.controlsfx.skin.DecorationPane;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.ui.ShownText;
import org.scholarfolio.ui.form.FormBuilder;
import org.scholarfolio.ui.form.NodeSearch;

/**
 * Shows the validator's problems on the form fields they are about: every control tagged with a
 * field path gets an error or warning mark, with the messages as its tooltip. The marks are drawn
 * by the {@link #decorationLayer} that must hold the screens.
 */
public final class ProblemDecorations {
    private final ObservableList<Diagnostic> problems;
    private final List<Control> fields = new ArrayList<>();
    /**
     * Made when a field first gets or loses a mark: its class reads and decodes ControlsFX's mark
     * images, which loaded JavaFX's image decoders on the JavaFX thread before the first window's
     * content even when no field had a problem.
     */
    private ValidationDecoration decoration;
    private final Map<Control, String> shown = new HashMap<>();

    public ProblemDecorations(ObservableList<Diagnostic> problems, Collection<? extends Node> screens) {
        this.problems = problems;
        screens.forEach(screen -> fields.addAll(taggedControls(screen)));
        problems.addListener((ListChangeListener<Diagnostic>) c -> {
            byPath = null;
            refresh();
        });
        refresh();
    }

    /**
     * The problems' places in the list by their paths (null: to be made again, after the list changed).
     * Each field looks up its own path, the paths of the records it is in and the items of a list it
     * holds: with 40,000 warnings a field walked every one of them, per field, per key (2.4 s a key).
     */
    private NavigableMap<String, List<Integer>> byPath;

    private NavigableMap<String, List<Integer>> byPath() {
        if (byPath == null) {
            byPath = new TreeMap<>();
            for (int i = 0; i < problems.size(); i++) {
                byPath.computeIfAbsent(problems.get(i).path(), k -> new ArrayList<>(1)).add(i);
            }
        }
        return byPath;
    }

    /** The problems that {@link #concerns} the field at {@code fieldPath}, in the list's order. */
    private List<Diagnostic> concerning(String fieldPath) {
        if (fieldPath == null || problems.isEmpty()) {
            return List.of();
        }
        NavigableMap<String, List<Integer>> index = byPath();
        List<Integer> at = new ArrayList<>();
        List<Integer> same = index.get(fieldPath);
        if (same != null) {
            at.addAll(same);
        }
        for (int dot = fieldPath.indexOf('.'); dot >= 0; dot = fieldPath.indexOf('.', dot + 1)) {
            List<Integer> record = index.get(fieldPath.substring(0, dot));
            if (record != null) {
                at.addAll(record);
            }
        }
        // Every path that starts with the field's and a '[' (the character after '[' is '\\').
        for (List<Integer> item : index.subMap(fieldPath + "[", true, fieldPath + "\\", false).values()) {
            at.addAll(item);
        }
        if (at.isEmpty()) {
            return List.of();
        }
        at.sort(null);
        List<Diagnostic> mine = new ArrayList<>(at.size());
        for (int i : at) {
            mine.add(problems.get(i));
        }
        return mine;
    }

    /** Marks the fields of a screen built after the window opened (screens are built when first shown). */
    public void add(Node screen) {
        fields.addAll(taggedControls(screen));
        refresh();
    }

    /**
     * The layer the marks are drawn in, wrapping {@code content}. Without it ControlsFX would put
     * one in as the scene's root on first use, taking the window's root node away from it.
     */
    public static Parent decorationLayer(Node content) {
        DecorationPane layer = new DecorationPane();
        layer.setRoot(content);
        return layer;
    }

    /** True when a problem at {@code problemPath} concerns the field at {@code fieldPath}. */
    static boolean concerns(String problemPath, String fieldPath) {
        return fieldPath != null && (problemPath.equals(fieldPath)
                // a problem with a whole record (an author) marks its fields,
                || fieldPath.startsWith(problemPath + ".")
                // and a field holding a list (the authors) shows its items' problems.
                || problemPath.startsWith(fieldPath + "["));
    }

    /** Re-marks every field; call after the problems or the edited records changed. */
    public void refresh() {
        for (Control field : fields) {
            List<Diagnostic> mine = concerning(FormBuilder.fieldPathOf(field));
            String key = mine.toString();
            if (key.equals(shown.getOrDefault(field, "[]"))) {
                continue;
            }
            decoration().removeDecorations(field);
            field.setTooltip(null);
            if (!mine.isEmpty()) {
                String text = ShownText.of(mine.stream().map(Diagnostic::message).collect(Collectors.joining("\n")));
                boolean error = mine.stream().anyMatch(Diagnostic::isError);
                decoration().applyValidationDecoration(error ? ValidationMessage.error(field, text)
                        : ValidationMessage.warning(field, text));
                field.setTooltip(new Tooltip(text));
            }
            shown.put(field, key);
        }
    }

    private ValidationDecoration decoration() {
        if (decoration == null) {
            decoration = new GraphicValidationDecoration();
        }
        return decoration;
    }

    /** The messages shown on a field, or null when it has none. */
    public static String messageOn(Control field) {
        return field.getTooltip() == null ? null : field.getTooltip().getText();
    }

    /** The field a problem is about, as the forms stand now. */
    public Optional<Control> fieldFor(Diagnostic problem) {
        return fields.stream().filter(f -> concerns(problem.path(), FormBuilder.fieldPathOf(f))).findFirst();
    }

    /** Focuses a field and scrolls its form so that it shows. */
    public static void focus(Control field) {
        for (Node n = field.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds inContent = scroll.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal()));
                double extra = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (extra > 0 && inContent != null) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 40) / extra)));
                }
            }
        }
        field.requestFocus();
    }

    /** The controls under {@code root} tagged with a field path, in the order of the form. */
    public static List<Control> taggedControls(Node root) {
        return NodeSearch.all(root, n -> n instanceof Control c && FormBuilder.hasFieldPath(c)).stream()
                .map(Control.class::cast).toList();
    }

    /** True when the field {@code control} edits right now is the one {@code path} names (or inside it). */
    public static boolean concernsField(String path, Control control) {
        return concerns(path, FormBuilder.fieldPathOf(control));
    }

}
