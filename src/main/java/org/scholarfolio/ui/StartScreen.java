package org.scholarfolio.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * What the window shows instead of an empty, untitled portfolio: the ways to begin, each one
 * button, with a sentence saying that a portfolio is a folder.
 */
final class StartScreen {
    private final VBox root = new VBox(10);

    /**
     * {@code sampleOrNull}: the bundled sample; {@code importAlfolio} / {@code importBibtex} run
     * the File menu's imports; {@code create} makes a new portfolio in a chosen folder.
     */
    StartScreen(Path sampleOrNull, List<Path> recent, Consumer<Path> open, Runnable openChooser,
                Consumer<Path> create, Runnable importAlfolio, Runnable importBibtex, Runnable startEmpty,
                java.util.function.Supplier<Window> window) {
        root.setId("start-screen");
        root.getStyleClass().add("start-screen");
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(520);
        Label title = new Label("Start your academic homepage");
        title.getStyleClass().add("title-2");
        Label explain = new Label("A portfolio is a folder: portfolio.json holds your profile, news and publications, "
                + "assets/ your photo and PDFs. Keep it anywhere, in git or a synced folder.");
        explain.setWrapText(true);
        root.getChildren().addAll(title, explain);
        if (sampleOrNull != null) {
            root.getChildren().add(button("Open the sample portfolio", "start-sample", MaterialDesignS.STAR_OUTLINE,
                    () -> open.accept(sampleOrNull)));
        }
        root.getChildren().addAll(
                button("Create a portfolio in a folder\u2026", "start-create", MaterialDesignF.FOLDER_PLUS_OUTLINE, () -> {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle("Choose or make an empty folder for the portfolio");
                    File folder = chooser.showDialog(window.get());
                    if (folder != null) {
                        create.accept(folder.toPath());
                    }
                }),
                button("Import an al-folio site\u2026", "start-import-alfolio", MaterialDesignW.WEB, importAlfolio),
                button("Import a BibTeX file\u2026", "start-import-bibtex", MaterialDesignB.BOOKSHELF, importBibtex),
                button("Open a portfolio\u2026", "start-open", MaterialDesignF.FOLDER_OPEN_OUTLINE, openChooser));
        // A portfolio folder moved or deleted since is named too: left out, the last portfolio simply
        // vanished and the window greeted its owner as a newcomer, with no word of where it went.
        List<Path> shown = recent.stream().limit(5).toList();
        if (!shown.isEmpty()) {
            Label heading = new Label("Recent");
            heading.getStyleClass().add("title-4");
            root.getChildren().add(heading);
            boolean anyMissing = false;
            for (Path p : shown) {
                String folder = p.getParent() == null ? p.toString() : p.getParent().toString();
                if (Files.isRegularFile(p)) {
                    Hyperlink link = new Hyperlink(folder);
                    link.getStyleClass().add("start-recent");
                    link.setOnAction(e -> open.accept(p));
                    root.getChildren().add(link);
                } else {
                    Label missing = new Label(folder + " \u2014 not found (moved or deleted?)");
                    missing.getStyleClass().addAll("start-recent-missing", "text-muted");
                    missing.setWrapText(true);
                    root.getChildren().add(missing);
                    anyMissing = true;
                }
            }
            if (anyMissing) {
                Label hint = new Label("If you moved a portfolio folder, \u201cOpen a portfolio\u2026\u201d opens it where it is now.");
                hint.setId("start-recent-missing-hint");
                hint.setWrapText(true);
                root.getChildren().add(hint);
            }
        }
        Hyperlink empty = new Hyperlink("Start with an empty portfolio");
        empty.setId("start-empty");
        empty.setOnAction(e -> startEmpty.run());
        root.getChildren().add(empty);
    }

    private static Button button(String text, String id, Ikon icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> action.run());
        return b;
    }

    Node root() {
        return root;
    }

    /** Puts the focus on the first way to begin, so that Enter and Tab work from the first moment. */
    void focusFirstChoice() {
        root.getChildren().stream().filter(Button.class::isInstance).findFirst().ifPresent(Node::requestFocus);
    }

    /** Writes an empty portfolio into {@code folder}; refuses a folder that already holds one. */
    static Path createIn(Path folder, EditorViewModel editor) throws IOException {
        Path json = folder.resolve("portfolio.json");
        if (Files.exists(json)) {
            throw new IOException(folder + " already holds a portfolio; open it instead");
        }
        editor.newPortfolio();
        editor.saveAs(json);
        return json;
    }
}
