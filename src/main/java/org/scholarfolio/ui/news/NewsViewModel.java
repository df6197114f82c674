package org.scholarfolio.ui.news;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.RecordListViewModel;

/** The news list and the form for the selected announcement. */
public final class NewsViewModel extends RecordListViewModel<NewsItem> {
    private final ObjectProperty<LocalDate> date;
    private final StringProperty title;
    private final BooleanProperty inline;
    private final StringProperty body;

    public NewsViewModel(EditorViewModel editor) {
        super(editor, "news", Portfolio::news, Portfolio::withNews);
        // Picking a new day keeps a time of day the item already had.
        date = detailObject("date", n -> n.date() == null ? null : n.date().date(),
                (n, d) -> d == null ? n : n.withDate(n.date() == null ? NewsDate.of(d)
                        : new NewsDate(d, n.date().time(), n.date().offset())));
        title = detailText("title", NewsItem::title, NewsItem::withTitle);
        inline = detailFlag("inline", NewsItem::inline, NewsItem::withInline);
        body = detailText("body", NewsItem::body, NewsItem::withBody);
    }

    /** Adds an inline item dated {@code today} with an id not used yet, selected for editing. */
    public void addNews(LocalDate today) {
        Set<String> ids = new HashSet<>();
        records().forEach(n -> ids.add(n.id()));
        String base = "news-" + today;
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        add(new NewsItem(id, NewsDate.of(today), "", "", true, UnknownFields.NONE));
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty titleProperty() { return title; }
    public BooleanProperty inlineProperty() { return inline; }
    public StringProperty bodyProperty() { return body; }
}
