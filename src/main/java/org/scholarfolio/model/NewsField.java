package org.scholarfolio.model;

import java.util.Optional;

/**
 * The fields of a news item, each described once: its key in {@code portfolio.json}, its key in an
 * al-folio {@code _news/} file's front matter (the body is the file's text, the id its name), its
 * kind, and its label and widget in the editor's form. The JSON reader and writer, the al-folio
 * reader and writer, the validator's field paths and the news form use these constants. Constant
 * order is the order in {@code portfolio.json}. See {@code docs/decisions/field-registry.md}.
 */
public enum NewsField {
    ID("id", null, Kind.TEXT, null, null),
    DATE("date", "date", Kind.DATE, "Date (1952-01-09, 9 Jan 1952 or your usual form)", Widget.TEXT),
    TITLE("title", "title", Kind.TEXT, "Title", Widget.TEXT),
    INLINE("inline", "inline", Kind.FLAG, "Inline (the whole text shows in the news list)", Widget.CHECK),
    BODY("body", null, Kind.MARKDOWN, "Text (Markdown)", Widget.AREA);

    /** How the value is held and written. */
    public enum Kind {
        /** Plain text, written only when not empty. */
        TEXT,
        /** Markdown text, written only when not empty. */
        MARKDOWN,
        /** A {@link NewsDate}; text that is not a date is kept as typed among the unknown fields. */
        DATE,
        /** true or false, always written. */
        FLAG
    }

    /** The control the news form shows for the field. */
    public enum Widget {
        TEXT, AREA, CHECK
    }

    private final String jsonKey;
    private final String alfolioKey;
    private final Kind kind;
    private final String label;
    private final Widget widget;

    NewsField(String jsonKey, String alfolioKey, Kind kind, String label, Widget widget) {
        this.jsonKey = jsonKey;
        this.alfolioKey = alfolioKey;
        this.kind = kind;
        this.label = label;
        this.widget = widget;
    }

    /** The member's name in a news item of {@code portfolio.json}, and the last step of its field path. */
    public String jsonKey() {
        return jsonKey;
    }

    /** The front-matter key of an al-folio news file, or empty when the file holds it otherwise. */
    public Optional<String> alfolioKey() {
        return Optional.ofNullable(alfolioKey);
    }

    public Kind kind() {
        return kind;
    }

    /** The form's label, or empty when the form does not show the field (the id). */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    public Widget widget() {
        return widget;
    }

    /** The form control's node id, such as {@code news-date}. */
    public String controlId() {
        return "news-" + jsonKey;
    }

    /** The field of the item at {@code index}, as the validator and the Problems list name it. */
    public String pathAt(int index) {
        return "news[" + index + "]." + jsonKey;
    }

    /** A text field's value; only for {@link Kind#TEXT} and {@link Kind#MARKDOWN}. */
    public String text(NewsItem n) {
        return switch (this) {
            case ID -> n.id();
            case TITLE -> n.title();
            case BODY -> n.body();
            default -> throw new IllegalStateException(this + " is not text");
        };
    }

    /** A copy with a text field set; only for {@link Kind#TEXT} and {@link Kind#MARKDOWN}. */
    public NewsItem withText(NewsItem n, String value) {
        return switch (this) {
            case ID -> n.withId(value);
            case TITLE -> n.withTitle(value);
            case BODY -> n.withBody(value);
            default -> throw new IllegalStateException(this + " is not text");
        };
    }

    /** A flag's value; only for {@link Kind#FLAG}. */
    public boolean flag(NewsItem n) {
        if (this != INLINE) {
            throw new IllegalStateException(this + " is not a flag");
        }
        return n.inline();
    }

    /** A copy with a flag set; only for {@link Kind#FLAG}. */
    public NewsItem withFlag(NewsItem n, boolean value) {
        if (this != INLINE) {
            throw new IllegalStateException(this + " is not a flag");
        }
        return n.withInline(value);
    }
}
