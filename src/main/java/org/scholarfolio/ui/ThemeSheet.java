package org.scholarfolio.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The window's theme: AtlantaFX's Primer sheet without the rules of the controls the app never
 * makes. JavaFX matches every node of a window against each rule whose last part names one of the
 * node's style classes (or its type, or any node): a label is tried against the tab pane's, the
 * charts' and the split menu button's label rules, each a walk up the node's parents, and every
 * node against the tab pane's {@code .tab-label > *}. That matching was a sixth of the JavaFX
 * thread's work before the editor's first content. The build ({@link #main}, run by Maven after
 * compiling) reads the sheets from the AtlantaFX jar, leaves out each selector that names a style
 * class of an {@link UnusedControl}, and writes what is left in JavaFX's binary form; every other
 * rule is kept as written, in its place. {@code ThemeSheetTest} checks that no class of the app
 * uses those controls and that no node of any screen carries one of their style classes.
 */
public final class ThemeSheet {
    /** Where the build writes the reduced sheets, beside this class. */
    static final String FOLDER = "theme/";

    /**
     * The controls whose rules the window's sheet leaves out, each with the style classes that only
     * it (its skin, its parts) sets: the class names, for the test that the app uses none of them.
     */
    public enum UnusedControl {
        TAB_PANE(List.of("javafx.scene.control.TabPane", "javafx.scene.control.Tab"),
                "tab-pane", "tab-header-area", "tab-header-background", "headers-region", "tab", "tab-container",
                "tab-label", "tab-close-button", "control-buttons-tab", "tab-down-button"),
        TREE_VIEWS(List.of("javafx.scene.control.TreeView", "javafx.scene.control.TreeTableView",
                "javafx.scene.control.TreeCell", "javafx.scene.control.TreeTableRow", "javafx.scene.control.TreeTableCell"),
                "tree-view", "tree-cell", "tree-table-view", "tree-table-row-cell", "tree-table-cell", "tree-disclosure-node"),
        CHARTS(List.of("javafx.scene.chart.Chart", "javafx.scene.chart.Axis"), "chart", "chart-content", "axis"),
        SPLIT_MENU_BUTTON(List.of("javafx.scene.control.SplitMenuButton"), "split-menu-button"),
        COLOR_PICKER(List.of("javafx.scene.control.ColorPicker"), "color-picker", "custom-color-dialog", "color-palette"),
        PAGINATION(List.of("javafx.scene.control.Pagination"), "pagination"),
        HTML_EDITOR(List.of("javafx.scene.web.HTMLEditor"), "html-editor"),
        SLIDER(List.of("javafx.scene.control.Slider"), "slider"),
        ACCORDION(List.of("javafx.scene.control.Accordion"), "accordion"),
        CHOICE_BOX(List.of("javafx.scene.control.ChoiceBox"), "choice-box"),
        TOGGLE_SWITCH(List.of("atlantafx.base.controls.ToggleSwitch"), "toggle-switch"),
        NOTIFICATION(List.of("atlantafx.base.controls.Notification"), "notification"),
        TILE_AND_MESSAGE(List.of("atlantafx.base.controls.TileBase"), "tile-base"),
        CARD(List.of("atlantafx.base.controls.Card"), "card"),
        POPOVER(List.of("atlantafx.base.controls.Popover"), "popover"),
        BREADCRUMBS(List.of("atlantafx.base.controls.Breadcrumbs"), "breadcrumbs"),
        CUSTOM_TEXT_FIELD(List.of("atlantafx.base.controls.CustomTextField"), "custom-text-field"),
        CALENDAR(List.of("atlantafx.base.controls.Calendar"), "calendar"),
        MODAL_PANE(List.of("atlantafx.base.controls.ModalPane", "atlantafx.base.layout.ModalBox"), "modal-pane", "modal-box"),
        RING_PROGRESS_INDICATOR(List.of("atlantafx.base.controls.RingProgressIndicator"), "ring-progress-indicator"),
        PROGRESS_SLIDER(List.of("atlantafx.base.controls.ProgressSliderSkin"), "progress-slider");

        private final List<String> classNames;
        private final List<String> styleClasses;

        UnusedControl(List<String> classNames, String... styleClasses) {
            this.classNames = classNames;
            this.styleClasses = List.of(styleClasses);
        }

        /** The control's classes (and its parts' classes) by their full names. */
        public List<String> classNames() {
            return classNames;
        }

        /** The style classes only this control sets. */
        public List<String> styleClasses() {
            return styleClasses;
        }
    }

    /**
     * What only the build's reduction needs, in a class of its own: the window's start, which calls
     * {@link #userAgentStylesheet} before the toolkit, neither builds the set nor compiles the patterns.
     */
    private static final class Reduction {
        static final Set<String> UNUSED_STYLE_CLASSES = Stream.of(UnusedControl.values())
                .flatMap(control -> control.styleClasses().stream())
                .collect(Collectors.toUnmodifiableSet());
        static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
        static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)");
    }

    private ThemeSheet() {
    }

    /** Every style class of an {@link UnusedControl}: a selector naming one of them is left out. */
    public static Set<String> unusedStyleClasses() {
        return Reduction.UNUSED_STYLE_CLASSES;
    }

    /** The AtlantaFX sheet the window's sheet is made from, as a class path resource. */
    static String source(boolean dark) {
        return dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();
    }

    /** The reduced sheet's resource name beside this class, in JavaFX's binary form. */
    static String resource(boolean dark) {
        return FOLDER + (dark ? "primer-dark.bss" : "primer-light.bss");
    }

    /**
     * The sheet as the window sets it: the reduced one the build wrote, or, in classes not built by
     * Maven, AtlantaFX's own.
     */
    public static String userAgentStylesheet(boolean dark) {
        URL reduced = ThemeSheet.class.getResource(resource(dark));
        return reduced != null ? reduced.toExternalForm() : source(dark);
    }

    /**
     * {@code css} without the selectors that name a style class of an unused control: a rule keeps
     * the rest of its selectors, and goes when none is left. Comments are dropped; every kept rule's
     * selectors and declarations are as written, in their order. Expects a sheet of plain rules (no
     * {@code @} rules, no braces in strings), as AtlantaFX's are.
     */
    static String reduce(String css) {
        String text = Reduction.COMMENT.matcher(css).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                if (!text.substring(at).isBlank()) {
                    throw new IllegalArgumentException("text after the last rule: " + text.substring(at).strip());
                }
                return out.toString();
            }
            int close = text.indexOf('}', open);
            String selectors = text.substring(at, open).strip();
            if (close < 0 || selectors.contains("}") || selectors.startsWith("@") || text.substring(open + 1, close).contains("{")) {
                throw new IllegalArgumentException("not a plain rule at character " + at + ": " + selectors);
            }
            List<String> kept = new ArrayList<>();
            for (String selector : selectors.split(",")) {
                if (!namesUnusedControl(selector)) {
                    kept.add(selector.strip());
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(text, open + 1, close).append("}\n");
            }
            at = close + 1;
        }
    }

    static boolean namesUnusedControl(String selector) {
        Matcher m = Reduction.STYLE_CLASS.matcher(selector);
        while (m.find()) {
            if (Reduction.UNUSED_STYLE_CLASSES.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the light and the dark sheet, reduced, in JavaFX's binary form into {@code args[0]}
     * (the classes folder's {@code org/scholarfolio/ui/theme}).
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (boolean dark : new boolean[] {false, true}) {
            String css;
            try (InputStream in = ThemeSheet.class.getResourceAsStream(source(dark))) {
                if (in == null) {
                    throw new IOException("AtlantaFX's sheet " + source(dark) + " is not on the class path");
                }
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path text = Files.createTempFile(folder, "reduced", ".css");
            try {
                Files.writeString(text, reduce(css));
                Path binary = folder.resolve(Path.of(resource(dark)).getFileName());
                javafx.css.Stylesheet.convertToBinary(text.toFile(), binary.toFile());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                Files.deleteIfExists(text);
            }
        }
    }
}
