package org.scholarfolio.ui;

import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.NewsItem;

/**
 * A news item as a person knows it: its title, or, for an item without one, its text's first words as
 * plain text (the Markdown marks rendered away, as the site's page title and feed entry read them),
 * rather than its id or its text as written.
 */
public final class NewsItemName {
    /** About the first words the site's untitled items are named by. */
    private static final int FIRST_WORDS = 80;
    /** Only the start of a long text is read: the name never reaches past it. */
    private static final int READ_UP_TO = 2_000;

    private NewsItemName() {
    }

    /**
     * "Fellowship announcement", or "Elected a Fellow of the Royal Society" from its text; empty when
     * both are. Emoji are spelled out ({@link ShownText}): the name is shown in JavaFX's controls.
     */
    public static String of(NewsItem item) {
        if (!item.title().isBlank()) {
            return ShownText.of(item.title().strip());
        }
        return ShownText.of(firstWords(MarkdownRenderer.shared().plainText(firstBlock(item.body()))));
    }

    /**
     * As {@link #of}, quoted, with its date: "“Elected a Fellow of the Royal Society” of 2026-12-06";
     * an item with neither title nor text by its id.
     */
    public static String withDate(NewsItem item) {
        return withDate(item, item.id());
    }

    /**
     * As {@link #withDate(NewsItem)}, an item with neither title nor text called {@code nameless}
     * ("#3 of 2026-12-06", by its row), not by its id, which the app made up and shows nowhere.
     */
    public static String withDate(NewsItem item, String nameless) {
        String name = of(item);
        String date = item.date() != null ? item.date().date().toString() : item.invalidDate().orElse("");
        return (name.isEmpty() ? nameless : "\u201c" + name + "\u201d") + (date.isBlank() ? "" : " of " + date);
    }

    /** The text up to its first blank line (its first paragraph), and not past {@link #READ_UP_TO}. */
    private static String firstBlock(String markdown) {
        String s = markdown.strip();
        int blank = s.indexOf("\n\n");
        int end = Math.min(blank < 0 ? s.length() : blank, READ_UP_TO);
        return s.substring(0, end);
    }

    private static String firstWords(String text) {
        if (text.length() <= FIRST_WORDS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FIRST_WORDS);
        return text.substring(0, cut > FIRST_WORDS / 2 ? cut : FIRST_WORDS).strip() + "\u2026";
    }
}
