package org.scholarfolio.site;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.scholarfolio.markdown.FontAwesomeIcons;

/**
 * Builds one inline SVG sprite from the Font Awesome icons a site actually uses, read from the
 * Font Awesome webjar on the class path; pages then draw an icon with {@code <use href="#id">}.
 */
final class IconSprite {
    private IconSprite() {
    }

    static boolean isValidName(String icon) {
        return FontAwesomeIcons.isValidName(icon);
    }

    static String symbolId(String icon) {
        return "i-" + icon.replace('/', '-');
    }

    /** The SVG source of one icon, if the name is well formed and the webjar has it. */
    static Optional<String> load(String icon) {
        return FontAwesomeIcons.load(icon);
    }

    /** The sprite holding the given icons (each must be loadable), or "" when there are none. */
    static String build(Collection<String> icons) {
        TreeSet<String> names = new TreeSet<>(icons);
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sprite\" aria-hidden=\"true\">");
        for (String icon : names) {
            Optional<String> svg = load(icon);
            if (svg.isEmpty()) {
                continue;
            }
            String symbol = symbolAsWritten(icon, svg.get());
            out.append(symbol != null ? symbol : symbolParsed(icon, svg.get()));
        }
        return out.append("</svg>").toString();
    }

    /**
     * An icon as every Font Awesome file is written (its box, a comment, one path of plain figures), made into a
     * symbol as {@link #symbolParsed} makes it, without jsoup: its XML parser's classes were an export's largest
     * first use of jsoup, on the way to the first pages. Null for any other shape of file.
     */
    static String symbolAsWritten(String icon, String svg) {
        return FontAwesomeIcons.plainShape(svg).map(shape -> "<symbol id=\"" + symbolId(icon) + "\" viewBox=\""
                + shape.viewBox() + "\"><path d=\"" + shape.path() + "\" /></symbol>").orElse(null);
    }

    /** An icon made into a symbol from its parsed SVG: its box and its elements, without comments. */
    static String symbolParsed(String icon, String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = doc.selectFirst("svg");
        if (root == null) {
            return "";
        }
        root.childNodes().stream().filter(Comment.class::isInstance).toList().forEach(n -> n.remove());
        StringBuilder out = new StringBuilder("<symbol id=\"").append(symbolId(icon)).append("\" viewBox=\"")
                .append(root.attr("viewBox").replaceAll("[^0-9. ]", "")).append("\">");
        for (Element child : root.children()) {
            out.append(child.outerHtml());
        }
        return out.append("</symbol>").toString();
    }
}
