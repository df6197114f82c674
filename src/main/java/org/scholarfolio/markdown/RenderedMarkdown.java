package org.scholarfolio.markdown;

/** Safe HTML made from Markdown, and whether it holds formulas (so a page loads KaTeX only then). */
public record RenderedMarkdown(String html, boolean containsMath) {
    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", false);
}
