package org.scholarfolio.model;

/** An extra Markdown page such as a CV, teaching or a collaboration statement, at {@code /<slug>/}. */
public record Page(String slug, String title, int menuOrder, boolean inMenu, String body,
                   UnknownFields unknownFields) {

    public Page {
        slug = Text.orEmpty(slug);
        title = Text.orEmpty(title);
        body = Text.orEmpty(body);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public Page withSlug(String newSlug) {
        return new Page(newSlug, title, menuOrder, inMenu, body, unknownFields);
    }

    public Page withTitle(String newTitle) {
        return new Page(slug, newTitle, menuOrder, inMenu, body, unknownFields);
    }

    public Page withMenuOrder(int newOrder) {
        return new Page(slug, title, newOrder, inMenu, body, unknownFields);
    }

    public Page withInMenu(boolean newInMenu) {
        return new Page(slug, title, menuOrder, newInMenu, body, unknownFields);
    }

    public Page withBody(String newBody) {
        return new Page(slug, title, menuOrder, inMenu, newBody, unknownFields);
    }
}
