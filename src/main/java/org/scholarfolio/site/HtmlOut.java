package org.scholarfolio.site;

/**
 * A page on its way to UTF-8 bytes, written in three kinds of pieces: the theme's own markup,
 * sanitised HTML ({@code ...Html} values of the views, from {@code markdown.HtmlSanitizer}), and
 * text, which is always escaped. A value reaches the page as markup only through {@link #html}, so
 * a title or a name cannot become markup by a forgotten filter.
 */
final class HtmlOut {
    /** Where the page goes; null while the page is walked for its theme ids only ({@link #themeIdsOnly}). */
    private final Utf8Writer out;
    private final PageIds ids;
    /** Whether a fragment took an id the theme wrote after it ({@link #fragmentTookAThemeId}). */
    private boolean fragmentTookAThemeId;

    HtmlOut(Utf8Writer out) {
        this(out, new PageIds());
    }

    private HtmlOut(Utf8Writer out, PageIds ids) {
        this.out = out;
        this.ids = ids;
    }

    /**
     * A page that writes nothing and only claims the ids the theme writes ({@link #id}): walked before
     * the page is written again ({@link #writingTo}) when a Markdown field took an id the theme wrote
     * further down ({@link #fragmentTookAThemeId}), so that the field gives way to it. The parts that
     * write the ids are then the only place that says which ids the theme writes.
     */
    static HtmlOut themeIdsOnly() {
        return new HtmlOut(null, new PageIds());
    }

    /** The page for {@code bytes}, holding the theme ids this one claimed. */
    HtmlOut writingTo(Utf8Writer bytes) {
        return new HtmlOut(bytes, ids);
    }

    /** The theme's own markup: ASCII, written as it is. */
    HtmlOut markup(String ascii) {
        if (out != null) {
            out.writeAscii(ascii);
        }
        return this;
    }

    /**
     * HTML that was sanitised before it came here, written as it is but for an id the page already
     * holds ({@link PageIds}); null writes nothing.
     */
    HtmlOut html(String sanitised) {
        if (sanitised != null && out != null) {
            out.write(ids.unique(sanitised));
        }
        return this;
    }

    /** Data in a script element (JSON-LD), written as it is: it holds no markup and no id. */
    HtmlOut scriptData(String json) {
        if (json != null && out != null) {
            out.write(json);
        }
        return this;
    }

    /** JSON ({@link JsonText}) in a script element, written straight into the page. */
    HtmlOut scriptJson(Object json) {
        if (json != null && out != null) {
            JsonText.write(out, json);
        }
        return this;
    }

    /** The value of an id the theme writes, escaped; fragments written later give way to it. */
    HtmlOut id(String id) {
        if (!ids.claim(id)) {
            fragmentTookAThemeId = true;
        }
        return text(id);
    }

    /**
     * Whether a sanitised fragment written before took an id the theme wrote after it (a bio heading
     * spelled like a selected paper's anchor): the page is then to be written again, walked for the
     * theme's ids first ({@link #themeIdsOnly}). Rare, so a page is written in one pass otherwise.
     */
    boolean fragmentTookAThemeId() {
        return fragmentTookAThemeId;
    }

    /** Text, escaped ({@link Utf8Writer#writeEscaped}); null writes nothing. */
    HtmlOut text(String text) {
        if (text != null && out != null) {
            out.writeEscaped(text);
        }
        return this;
    }

    /**
     * Text shown inside a run of other text (a name among names), escaped and closed off
     * ({@link BidiIsolation}) so that its direction ends with it.
     */
    HtmlOut isolatedText(String text) {
        return text(BidiIsolation.isolated(text));
    }

    /** Sanitised HTML shown inside a run of other text, closed off as {@link #isolatedText}. */
    HtmlOut isolatedHtml(String sanitised) {
        return html(BidiIsolation.isolated(sanitised));
    }

    /** A number as text. */
    HtmlOut text(int number) {
        if (out != null) {
            out.writeAscii(Integer.toString(number));
        }
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
