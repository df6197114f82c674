package org.scholarfolio.ui.bench;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.css.CompoundSelector;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;

/**
 * How many of a theme sheet's selectors JavaFX tries on the editor's window, by the rule it partitions
 * selectors with ({@code SelectorPartitioning}: a node is tried against each selector whose last part
 * names only style classes the node has, and its type and id if it names them), summed over the
 * window's nodes as its first CSS pass found them, and again with the Profile form complete; and
 * whether every node matches the same selectors under each sheet. A count, not a time: the load of
 * the machine does not move it. Needs a display.
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.scholarfolio.ui.bench.ThemeMatchCount SHEET_URL...}
 * (e.g. AtlantaFX's {@code primer-light.bss} in its jar and the build's {@code ui/theme/primer-light.bss})
 */
public final class ThemeMatchCount {
    private ThemeMatchCount() {
    }

    public static void main(String[] args) throws Exception {
        List<List<Selector>> sheets = new ArrayList<>();
        for (String url : args) {
            List<Selector> selectors = new ArrayList<>();
            for (Rule rule : Stylesheet.loadBinary(new URL(url)).getRules()) {
                selectors.addAll(rule.getSelectors());
            }
            sheets.add(selectors);
        }
        CompletableFuture<List<Node>> firstPass = new CompletableFuture<>();
        Platform.startup(() -> {
            MainView.applyTheme(false);
            EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), PortfolioGenerator.generate(20, 5, 1L), null);
            Stage stage = new Stage();
            EditorOnStage.show(stage, editor, 1180, 760);
            firstPass.complete(nodes(stage.getScene().getRoot()));
        });
        report("first CSS pass", firstPass.get(60, TimeUnit.SECONDS), sheets, args);
        Thread.sleep(5_000);
        CompletableFuture<List<Node>> complete = new CompletableFuture<>();
        Platform.runLater(() -> complete.complete(nodes(Stage.getWindows().get(0).getScene().getRoot())));
        report("form complete", complete.get(60, TimeUnit.SECONDS), sheets, args);
        Platform.exit();
    }

    private static void report(String when, List<Node> nodes, List<List<Selector>> sheets, String[] names) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<List<Set<String>>> matched = new ArrayList<>();
            for (int s = 0; s < sheets.size(); s++) {
                long tried = 0;
                long applied = 0;
                List<Set<String>> perNode = new ArrayList<>();
                for (Node node : nodes) {
                    Set<String> applies = new HashSet<>();
                    for (Selector selector : sheets.get(s)) {
                        if (tried(selector, node)) {
                            tried++;
                            if (selector.applies(node)) {
                                applied++;
                                applies.add(selector.toString());
                            }
                        }
                    }
                    perNode.add(applies);
                }
                matched.add(perNode);
                System.out.printf("%s: %d nodes, %s: %d selectors, %,d tried, %,d matched%n", when, nodes.size(), names[s],
                        sheets.get(s).size(), tried, applied);
            }
            for (int s = 1; s < sheets.size(); s++) {
                System.out.println("  every node matches the same selectors under " + names[s] + " as under " + names[0] + ": "
                        + matched.get(s).equals(matched.get(0)));
            }
            done.complete(null);
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /** As {@code SelectorPartitioning.match}: the last part's id, type and style classes, pseudo-classes aside. */
    private static boolean tried(Selector selector, Node node) {
        SimpleSelector last = selector instanceof CompoundSelector compound
                ? compound.getSelectors().get(compound.getSelectors().size() - 1) : (SimpleSelector) selector;
        String id = last.getId();
        if (id != null && !id.isEmpty() && !id.equals(node.getId())) {
            return false;
        }
        String type = last.getName();
        if (type != null && !type.isEmpty() && !type.equals("*") && !type.equals(node.getTypeSelector())) {
            return false;
        }
        return node.getStyleClass().containsAll(last.getStyleClasses());
    }

    private static List<Node> nodes(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
