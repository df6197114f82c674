package org.scholarfolio.ui.export;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/**
 * A line of the export report, wrapped to the report's width and as tall as its lines. The line is
 * a {@link Text} that wraps at the cell's inner width: a text node never cuts its string short with
 * "…" and its bounds are its lines, so the cell sizes itself for any length, font and theme (a label
 * measured by hand came out a few pixels short under one theme and was drawn a line short).
 */
final class ReportLineCell extends ListCell<String> {
    /** Room the list's vertical scroll bar and border take beside a row. */
    private static final double BESIDE_ROWS = 24;

    private final Text line = new Text();

    ReportLineCell(ListView<String> list) {
        line.getStyleClass().add("text");
        line.fontProperty().bind(fontProperty());
        // The cell's text colour, which the theme changes for a selected or focused row.
        line.fillProperty().bind(textFillProperty());
        prefWidthProperty().bind(list.widthProperty().subtract(BESIDE_ROWS));
        setMaxWidth(USE_PREF_SIZE);
        line.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, getPrefWidth() - snappedLeftInset() - snappedRightInset()),
                prefWidthProperty(), paddingProperty(), insetsProperty()));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
        } else {
            line.setText(item);
            setGraphic(line);
            // Read out as the row it is: the text is a graphic, which a screen reader does not read by itself.
            setAccessibleText(item);
        }
    }
}
