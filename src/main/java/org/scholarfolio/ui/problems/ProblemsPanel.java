package org.scholarfolio.ui.problems;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.ShownText;

/**
 * The Problems list above the status bar and the status-bar button that shows and hides it with
 * the current count. Each problem names its place as the screens do ("Publication smith2020 › year").
 * Choosing a problem (click or Enter) hands it to {@code onChosen}.
 */
public final class ProblemsPanel {
    private final ListView<Diagnostic> list = new ListView<>();
    private final ToggleButton toggle = new ToggleButton();

    public ProblemsPanel(ProblemsViewModel problems, Supplier<Portfolio> portfolio, Consumer<Diagnostic> onChosen) {
        list.setId("problem-list");
        list.setItems(problems.problems());
        list.setPrefHeight(130);
        list.setPlaceholder(new Label("No problems: the site can be exported as it is."));
        list.setAccessibleText("Problems");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Diagnostic p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(ShownText.of(ProblemPlace.line(p, portfolio.get())));
                    FontIcon icon = new FontIcon(p.isError() ? MaterialDesignA.ALERT_CIRCLE_OUTLINE
                            : MaterialDesignA.ALERT_OUTLINE);
                    icon.getStyleClass().add(p.isError() ? "danger" : "warning");
                    setGraphic(icon);
                }
            }
        });
        list.setOnMouseClicked(e -> choose(onChosen));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(onChosen);
            }
        });

        toggle.setId("problems-toggle");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> count(problems.problems().size()),
                problems.problems()));
        toggle.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        toggle.getStyleClass().add("flat");
        // Beside a long status line (an export's summary) the button kept "…" of its count: it is
        // never narrower than its text, and the status line gives up the room instead.
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        list.visibleProperty().bind(toggle.selectedProperty());
        list.managedProperty().bind(toggle.selectedProperty());
    }

    /** "No problems", "1 problem", "2 problems": the button's text. */
    public static String count(long problems) {
        return problems == 0 ? "No problems" : problems == 1 ? "1 problem" : org.scholarfolio.model.Text.number(problems) + " problems";
    }

    private void choose(Consumer<Diagnostic> onChosen) {
        Diagnostic chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            onChosen.accept(chosen);
        }
    }

    public ListView<Diagnostic> list() {
        return list;
    }

    public ToggleButton toggle() {
        return toggle;
    }
}
