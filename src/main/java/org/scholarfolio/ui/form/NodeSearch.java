package org.scholarfolio.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;

/**
 * Finds nodes in a screen also before it was ever shown: a scroll pane's content, a split pane's
 * items and a tool bar's items become children only once their skins exist, so
 * {@link Node#lookup} misses them until then.
 */
public final class NodeSearch {
    private NodeSearch() {
    }

    /** Every node under {@code root} (itself included) that matches, in the order of the form. */
    public static List<Node> all(Node root, Predicate<Node> matches) {
        List<Node> found = new ArrayList<>();
        walk(root, matches, found);
        return found;
    }

    public static Optional<Node> byId(Node root, String id) {
        return all(root, n -> Objects.equals(id, n.getId())).stream().findFirst();
    }

    private static void walk(Node node, Predicate<Node> matches, List<Node> into) {
        if (matches.test(node)) {
            into.add(node);
        }
        if (node instanceof ScrollPane s && s.getContent() != null) {
            walk(s.getContent(), matches, into);
        } else if (node instanceof SplitPane s) {
            s.getItems().forEach(n -> walk(n, matches, into));
        } else if (node instanceof ToolBar t) {
            t.getItems().forEach(n -> walk(n, matches, into));
        } else if (node instanceof Parent p && !(node instanceof Control)) {
            p.getChildrenUnmodifiable().forEach(n -> walk(n, matches, into));
        }
    }
}
