package org.scholarfolio.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Builds one inline SVG sprite from the Font Awesome icons a site actually uses, read from the
 * Font Awesome webjar on the class path; pages then draw an icon with {@code <use href="#id">}.
 */
final class IconSprite {
    private static final String WEBJAR = "META-INF/resources/webjars/font-awesome/6.7.2/svgs/";
    private static final Pattern NAME = Pattern.compile("(solid|regular|brands)/[a-z0-9-]{1,60}");

    private IconSprite() {
    }

    static boolean isValidName(String icon) {
        return NAME.matcher(icon).matches();
    }

    static String symbolId(String icon) {
        return "i-" + icon.replace('/', '-');
    }

    /** The SVG source of one icon, if the name is well formed and the webjar has it. */
    static Optional<String> load(String icon) {
        if (!isValidName(icon)) {
            return Optional.empty();
        }
        try (InputStream in = IconSprite.class.getClassLoader().getResourceAsStream(WEBJAR + icon + ".svg")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
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
        Matcher plain = PLAIN_ICON.matcher(svg);
        if (!plain.matches()) {
            return null;
        }
        return "<symbol id=\"" + symbolId(icon) + "\" viewBox=\"" + plain.group(1) + "\"><path d=\"" + plain.group(2)
                + "\" /></symbol>";
    }

    private static final Pattern PLAIN_ICON = Pattern.compile("<svg xmlns=\"http://www\\.w3\\.org/2000/svg\" "
            + "viewBox=\"([0-9. ]+)\">(?:<!--(?:(?!-->).)*-->)?<path d=\"([A-Za-z0-9 .,-]*)\"/></svg>\\s*", Pattern.DOTALL);

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
