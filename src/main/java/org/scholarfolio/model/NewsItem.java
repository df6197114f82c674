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

    /** A date in place of the one there, or of text kept because it was not a date. */
    public NewsItem withDate(NewsDate newDate) {
        return new NewsItem(id, newDate, title, body, inline, keptDate(null));
    }

    /**
     * Text typed as the date that is not a date: kept as typed (under the same JSON key, among the
     * unknown fields) in place of a date, so that nothing typed is lost and the validator can say
     * what is wrong with it. Blank text leaves the item without a date.
     */
    public NewsItem withInvalidDate(String typed) {
        return new NewsItem(id, null, title, body, inline, keptDate(Text.isBlank(typed) ? null : typed));
    }

    /** The text kept in place of a date, when the item has no date. */
    public java.util.Optional<String> invalidDate() {
        Object kept = unknownFields.values().get("date");
        return date == null && kept instanceof String text ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    private UnknownFields keptDate(String text) {
        if (text == null && !unknownFields.values().containsKey("date")) {
            return unknownFields;
        }
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(unknownFields.values());
        if (text == null) {
            values.remove("date");
        } else {
            values.put("date", text);
        }
        return new UnknownFields(values);
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
