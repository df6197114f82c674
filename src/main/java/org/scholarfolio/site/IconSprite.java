package org.scholarfolio.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
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
            Document doc = Jsoup.parse(svg.get(), "", Parser.xmlParser());
            Element root = doc.selectFirst("svg");
            if (root == null) {
                continue;
            }
            root.childNodes().stream().filter(Comment.class::isInstance).toList().forEach(n -> n.remove());
            out.append("<symbol id=\"").append(symbolId(icon)).append("\" viewBox=\"")
                    .append(root.attr("viewBox").replaceAll("[^0-9. ]", "")).append("\">");
            for (Element child : root.children()) {
                out.append(child.outerHtml());
            }
            out.append("</symbol>");
        }
        return out.append("</svg>").toString();
    }
}
