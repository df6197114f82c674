package org.scholarfolio.ui.news;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.ui.NewsItemName;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.form.FormBuilder;

/** News announcements: table by date and the form for the selected item. */
public final class NewsView {
    private final RecordListView<NewsItem> list;

    public NewsView(NewsViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Announcement");
        for (NewsField field : NewsField.values()) {
            field.label().ifPresent(label -> {
                Control control = switch (field.widget()) {
                    case TEXT -> form.text(label, field.controlId(),
                            field == NewsField.DATE ? vm.dateTextProperty() : vm.textProperty(field));
                    case AREA -> form.area(label, field.controlId(), vm.textProperty(field), 8);
                    case CHECK -> form.check(label, field.controlId(), vm.flagProperty(field));
                };
                if (field.widget() != NewsField.Widget.CHECK) {
                    FormBuilder.fieldPath(control, () -> vm.fieldPath(field));
                }
                if (field == NewsField.DATE) {
                    form.add(dateProblem(vm));
                }
                if (field == NewsField.TITLE) {
                    form.add(titleNote(vm));
                }
            });
        }

        list = new RecordListView<>("news", vm, vm.rows(), () -> vm.addNews(LocalDate.now()),
                "Add news", form.build())
                // Never narrower than a date with its time: beside the preview at 1024 px it showed "1950-10-0…".
                .column("Date", 150, 150, n -> n.date() == null ? n.invalidDate().orElse("") : shownDate(n.date()))
                .column("Title", 300, NewsItemName::of)
                .column("Inline", 60, n -> n.inline() ? "\u2713" : "")
                .severalAtOnce();
        Button duplicate = new Button("Duplicate", new FontIcon(MaterialDesignC.CONTENT_COPY));
        duplicate.setId("news-duplicate");
        duplicate.setTooltip(new Tooltip("Copy the selected announcement under a new id"));
        duplicate.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        duplicate.setOnAction(e -> vm.duplicateSelected());
        list.toolBar().getItems().add(duplicate);
        // Newest first, as on the site; ISO dates sort as text. A click on a header still re-sorts.
        var date = list.table().getColumns().get(0);
        date.setSortType(TableColumn.SortType.DESCENDING);
        list.table().getSortOrder().add(date);
    }

    /** Why the typed date is not taken, shown under the date while it is not. */
    private static Label dateProblem(NewsViewModel vm) {
        Label dateProblem = new Label();
        dateProblem.setId("news-date-problem");
        dateProblem.getStyleClass().addAll("field-problem", "danger");
        dateProblem.textProperty().bind(vm.dateProblemProperty());
        dateProblem.visibleProperty().bind(vm.dateProblemProperty().isNotEmpty());
        dateProblem.managedProperty().bind(dateProblem.visibleProperty());
        return dateProblem;
    }

    /** Says that a title is plain text, shown under it while it holds Markdown. */
    private static Label titleNote(NewsViewModel vm) {
        Label note = new Label();
        note.setId("news-title-note");
        note.setWrapText(true);
        note.getStyleClass().add("field-note");
        note.textProperty().bind(vm.titleNoteProperty());
        note.visibleProperty().bind(vm.titleNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** "1936-09-29" or "1936-09-29 10:00": readable, and sorting the text sorts by time. */
    static String shownDate(NewsDate date) {
        if (date == null) {
            return "";
        }
        return date.time() == null ? date.date().toString()
                : date.date() + " " + date.time().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public javafx.scene.Parent root() {
        return list.root();
    }
}
