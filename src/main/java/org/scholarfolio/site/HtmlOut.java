package org.scholarfolio.site;

/**
 * A page on its way to UTF-8 bytes, written in three kinds of pieces: the theme's own markup,
 * sanitised HTML ({@code ...Html} values of the views, from {@code markdown.HtmlSanitizer}), and
 * text, which is always escaped. A value reaches the page as markup only through {@link #html}, so
 * a title or a name cannot become markup by a forgotten filter.
 */
final class HtmlOut {
    private final Utf8Writer out;
    private final PageIds ids = new PageIds();

    HtmlOut(Utf8Writer out) {
        this.out = out;
    }

    /** The theme's own markup: ASCII, written as it is. */
    HtmlOut markup(String ascii) {
        out.writeAscii(ascii);
        return this;
    }

    /**
     * HTML that was sanitised before it came here, written as it is but for an id the page already
     * holds ({@link PageIds}); null writes nothing.
     */
    HtmlOut html(String sanitised) {
        if (sanitised != null) {
            out.write(ids.unique(sanitised));
        }
        return this;
    }

    /** Data in a script element (JSON-LD), written as it is: it holds no markup and no id. */
    HtmlOut scriptData(String json) {
        if (json != null) {
            out.write(json);
        }
        return this;
    }

    /**
     * An id the theme will write further down the page ({@link #id}): fragments written before it
     * give way to it as well as those written after.
     */
    void reserveId(String id) {
        ids.claim(id);
    }

    /** The value of an id the theme writes, escaped; fragments written later give way to it. */
    HtmlOut id(String id) {
        ids.claim(id);
        return text(id);
    }

    /** Text, escaped ({@link Utf8Writer#writeEscaped}); null writes nothing. */
    HtmlOut text(String text) {
        if (text != null) {
            out.writeEscaped(text);
        }
        return this;
    }

    /** A number as text. */
    HtmlOut text(int number) {
        out.writeAscii(Integer.toString(number));
        return this;
    }

    /**
     * Whether a value shows nothing: null, or text of nothing but spaces and control characters
     * ({@link String#trim}), as the theme's tests for an empty field have always been.
     */
    static boolean blank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }
}
