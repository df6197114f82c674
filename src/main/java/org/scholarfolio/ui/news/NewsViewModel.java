package org.scholarfolio.ui.news;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scholarfolio.ui.form.TypedDates;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.regex.Pattern;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.RecordListViewModel;

/** The news list and the form for the selected announcement. */
public final class NewsViewModel extends RecordListViewModel<NewsItem> {
    /** How the ids the editor makes start; the item's date follows. */
    private static final String DATED_ID = "news-";
    /**
     * Ids this editor made for items added since it opened: only those follow a new date. An item's
     * id is its page's and feed entry's address, and an item from an earlier sitting may be published.
     */
    private final Set<String> idsMadeHere = new HashSet<>();
    private final ObjectProperty<LocalDate> date;
    private final StringProperty dateText;
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper(this, "dateProblem", "");
    private final ReadOnlyStringWrapper titleNote = new ReadOnlyStringWrapper(this, "titleNote", "");
    private final Map<NewsField, StringProperty> texts = new EnumMap<>(NewsField.class);
    private final Map<NewsField, BooleanProperty> flags = new EnumMap<>(NewsField.class);

    /** A link, emphasis or strong emphasis, inline code or an HTML tag: Markdown a person meant to be read as such. */
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "\\[[^\\]]*]\\([^)]*\\)|\\*\\*\\S|__\\S|`[^`]+`|(?<![\\w*])[*_][^\\s*_][^*_]*(?<!\\s)[*_](?![\\w*])|<[a-zA-Z][^>]*>");

    public NewsViewModel(EditorViewModel editor) {
        super(editor, "news", Portfolio::news, Portfolio::withNews);
        // Picking a new day keeps a time of day the item already had.
        date = detailObject(NewsField.DATE.jsonKey(), n -> n.date() == null ? null : n.date().date(),
                (n, d) -> d == null ? n : redated(n, n.date() == null ? NewsDate.of(d)
                        : new NewsDate(d, n.date().time(), n.date().offset())));
        // Typed text that is no date stays in the field and in the file, with a message.
        dateText = detailText(NewsField.DATE.jsonKey(), n -> n.date() == null ? n.invalidDate().orElse("") : n.date().date().toString(),
                (n, text) -> TypedDates.parse(text, Locale.getDefault()).map(d -> redated(n, n.date() == null
                        ? NewsDate.of(d) : new NewsDate(d, n.date().time(), n.date().offset())))
                        .orElseGet(() -> n.withInvalidDate(text)));
        dateProblem.bind(Bindings.createStringBinding(() -> {
            String typed = dateText.get();
            return typed == null || typed.isBlank() || TypedDates.parse(typed, Locale.getDefault()).isPresent() ? ""
                    : "\u201c" + typed.strip() + "\u201d is not a date: write 1952-01-09, 9 Jan 1952 or "
                    + LocalDate.of(1952, 1, 9).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT));
        }, dateText));
        for (NewsField field : NewsField.values()) {
            switch (field.kind()) {
                case TEXT, MARKDOWN -> texts.put(field, detailText(field.jsonKey(), field::text, field::withText));
                case FLAG -> flags.put(field, detailFlag(field.jsonKey(), field::flag, field::withFlag));
                case DATE -> { } // the two date properties above
            }
        }
        // al-folio shows a news title as written (front matter, not Markdown), and so does the site made here.
        titleNote.bind(Bindings.createStringBinding(() -> MARKDOWN_SIGNS.matcher(Objects.toString(titleProperty().get(), "")).find()
                ? "A title is plain text: it shows as typed, here and on the site. Links and formatting go in "
                + "\u201c" + NewsField.BODY.label().orElse("Text") + "\u201d below."
                : "", titleProperty()));
    }

    /** Adds an inline item dated {@code today} with an id not used yet, selected for editing. */
    public void addNews(LocalDate today) {
        String id = unusedId(DATED_ID + today);
        idsMadeHere.add(id);
        add(new NewsItem(id, NewsDate.of(today), "", "", true, UnknownFields.NONE));
    }

    /**
     * Copies the selected item (date, title, text, extra fields) under a new id, just after it,
     * and selects the copy: a talk series or a yearly award starts from last time's wording.
     */
    public void duplicateSelected() {
        int i = selectedIndexProperty().get();
        if (i < 0 || i >= records().size()) {
            return;
        }
        NewsItem original = records().get(i);
        addAt(i + 1, original.withId(unusedId(original.id() + "-copy")));
    }

    /**
     * The item on its new date. An id the editor made from the old date ({@code news-2026-12-06},
     * {@code news-2026-12-06-2}) follows the date, so that an item added today and dated 3 Dec is
     * {@code news-2026-12-03}, while the item was added since the editor opened; an id typed, imported
     * or made in an earlier sitting stays, as published pages and feeds may link to it (the old id stays
     * known, so that after an undo the item still follows its date).
     */
    private NewsItem redated(NewsItem n, NewsDate newDate) {
        NewsItem moved = n.withDate(newDate);
        if (n.date() == null || n.date().date().equals(newDate.date()) || !idsMadeHere.contains(n.id())
                || !n.id().matches(Pattern.quote(DATED_ID + n.date().date()) + "(-\\d+)?")) {
            return moved;
        }
        String id = unusedId(DATED_ID + newDate.date());
        idsMadeHere.add(id);
        return moved.withId(id);
    }

    private String unusedId(String base) {
        Set<String> ids = new HashSet<>();
        records().forEach(n -> ids.add(n.id()));
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    /** The date as typed: ISO, the locale's form or "9 Jan 1952". */
    public StringProperty dateTextProperty() { return dateText; }
    /** Why the typed date is not taken, or empty. */
    public ReadOnlyStringProperty dateProblemProperty() { return dateProblem.getReadOnlyProperty(); }

    /** What the form says under a title that holds Markdown (a link, emphasis, code); empty otherwise. */
    public ReadOnlyStringProperty titleNoteProperty() { return titleNote.getReadOnlyProperty(); }
    /** A text field of the selected item; the date is {@link #dateTextProperty()}. */
    public StringProperty textProperty(NewsField field) { return texts.get(field); }
    public BooleanProperty flagProperty(NewsField field) { return flags.get(field); }
    /** The field's path in the selected item, as the validator names it. */
    public String fieldPath(NewsField field) { return fieldPath(field.jsonKey()); }
    public StringProperty titleProperty() { return textProperty(NewsField.TITLE); }
    public BooleanProperty inlineProperty() { return flagProperty(NewsField.INLINE); }
    public StringProperty bodyProperty() { return textProperty(NewsField.BODY); }
}
