package org.scholarfolio.ui.news;

import java.time.LocalDate;

import javafx.scene.control.TableColumn;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.form.FormBuilder;

/** News announcements: table by date and the form for the selected item. */
public final class NewsView {
    private final RecordListView<NewsItem> list;

    public NewsView(NewsViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Announcement");
        FormBuilder.fieldPath(form.date("Date", "news-date", vm.dateProperty()), () -> vm.fieldPath("date"));
        FormBuilder.fieldPath(form.text("Title", "news-title", vm.titleProperty()), () -> vm.fieldPath("title"));
        form.check("Inline (the whole text shows in the news list)", "news-inline", vm.inlineProperty());
        FormBuilder.fieldPath(form.area("Text (Markdown)", "news-body", vm.bodyProperty(), 8), () -> vm.fieldPath("body"));

        list = new RecordListView<>("news", vm, vm.rows(), () -> vm.addNews(LocalDate.now()),
                "Add news", form.build())
                .column("Date", 110, n -> n.date() == null ? "" : n.date().toString())
                .column("Title", 300, n -> n.title().isBlank() ? firstLine(n.body()) : n.title())
                .column("Inline", 60, n -> n.inline() ? "\u2713" : "");
        // Newest first, as on the site; ISO dates sort as text. A click on a header still re-sorts.
        var date = list.table().getColumns().get(0);
        date.setSortType(TableColumn.SortType.DESCENDING);
        list.table().getSortOrder().add(date);
    }

    private static String firstLine(String body) {
        String s = body.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public javafx.scene.Parent root() {
        return list.root();
    }
}
