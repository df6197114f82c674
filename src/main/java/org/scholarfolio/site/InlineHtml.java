package org.scholarfolio.site;

import java.util.List;
import java.util.function.Function;
import org.scholarfolio.markdown.HtmlCharacters;
import org.scholarfolio.model.InlineText;

/**
 * A model inline text (title, venue, name, award) as HTML for the site: only {@code em},
 * {@code strong}, a small-caps {@code span}, {@code sub}, {@code sup}, {@code code} and math are
 * elements; every other character is escaped, so {@code <img src=x onerror=…>} in a title is text.
 * Math is handed to {@code math} as its node (TeX source and display flag).
 */
public final class InlineHtml {

    /** The markup the page's math typesetting looks for, as the Markdown renderer writes it. */
    public static final Function<InlineText.Math, String> MATH_SPANS = m -> "<span class=\"math "
            + (m.display() ? "display\">" + escape("\\[" + m.tex() + "\\]") : "inline\">" + escape("\\(" + m.tex() + "\\)"))
            + "</span>";

    private InlineHtml() {
    }

    public static String html(String modelText) {
        return html(InlineText.parse(modelText), MATH_SPANS);
    }

    /**
     * {@code modelText} as HTML, as {@link #html(InlineText, Function)} writes it parsed: text with
     * none of the characters that start markup or math (dollar, backslash, opening brace) is one run of plain
     * text, escaped without a parse (most names, venues and page numbers).
     */
    public static String html(String modelText, Function<InlineText.Math, String> math) {
        if (modelText.indexOf('$') < 0 && modelText.indexOf('\\') < 0 && modelText.indexOf('{') < 0) {
            return escape(modelText);
        }
        return html(InlineText.parse(modelText), math);
    }

    public static String html(InlineText text, Function<InlineText.Math, String> math) {
        StringBuilder out = new StringBuilder();
        append(text.nodes(), out, math);
        return out.toString();
    }

    private static void append(List<InlineText.Node> nodes, StringBuilder out, Function<InlineText.Math, String> math) {
        for (InlineText.Node n : nodes) {
            if (n instanceof InlineText.Plain p) {
                out.append(escape(p.text()));
            } else if (n instanceof InlineText.Protected p) {
                append(p.children(), out, math);
            } else if (n instanceof InlineText.Math m) {
                out.append(math.apply(m));
            } else if (n instanceof InlineText.Styled s) {
                String[] tags = tags(s.style());
                out.append(tags[0]);
                append(s.children(), out, math);
                out.append(tags[1]);
            }
        }
    }

    private static String[] tags(InlineText.Style style) {
        return switch (style) {
            case EMPHASIS, ITALIC -> new String[] {"<em>", "</em>"};
            case BOLD -> new String[] {"<strong>", "</strong>"};
            case SMALL_CAPS -> new String[] {"<span class=\"smallcaps\">", "</span>"};
            case SUBSCRIPT -> new String[] {"<sub>", "</sub>"};
            case SUPERSCRIPT -> new String[] {"<sup>", "</sup>"};
            case CODE -> new String[] {"<code>", "</code>"};
        };
    }

    /**
     * {@code s} with the characters that mean something in markup as entities, and those no page may
     * hold ({@link HtmlCharacters#forbidden}) as {@code &#xFFFD;}; {@code s} itself when it has none.
     */
    static String escape(String s) {
        int first = 0;
        while (first < s.length() && !isEscaped(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (HtmlCharacters.forbidden(c)) {
                        out.append("&#xFFFD;");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isEscaped(char c) {
        return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || HtmlCharacters.forbidden(c);
    }
}
