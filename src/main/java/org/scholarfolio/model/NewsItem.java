package org.scholarfolio.model;

/**
 * One news announcement. Inline items show their whole body in the news list; the others show
 * their title linking to a page of their own (al-folio's {@code inline: false}).
 */
public record NewsItem(String id, NewsDate date, String title, String body, boolean inline,
                       UnknownFields unknownFields) {

    public NewsItem {
        id = Text.orEmpty(id);
        title = Text.orEmpty(title);
        body = Text.orEmpty(body);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public NewsItem withId(String newId) {
        return new NewsItem(newId, date, title, body, inline, unknownFields);
    }

    public NewsItem withDate(NewsDate newDate) {
        return new NewsItem(id, newDate, title, body, inline, unknownFields);
    }

    public NewsItem withTitle(String newTitle) {
        return new NewsItem(id, date, newTitle, body, inline, unknownFields);
    }

    public NewsItem withBody(String newBody) {
        return new NewsItem(id, date, title, newBody, inline, unknownFields);
    }

    public NewsItem withInline(boolean newInline) {
        return new NewsItem(id, date, title, body, newInline, unknownFields);
    }
}
