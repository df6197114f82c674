package org.scholarfolio.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The allow-list every piece of Markdown-made HTML passes through: what a researcher's bio needs
 * (links, images, tables, details, footnotes, embeds from the hosts a site allows, MathML) and nothing
 * that runs code (scripts, event handlers, style, {@code javascript:} and {@code data:} URLs).
 * Images and frames are then settled by {@link MediaElements}.
 */
final class HtmlSanitizer {
    // Relative links are kept; a base address is needed only so jsoup can judge their scheme.
    private static final String PROBE_BASE = "https://relative.invalid/";

    /** MathML Core's elements (what the math typesetter writes), and KaTeX's menclose. */
    private static final String[] MATHML = {"math", "semantics", "annotation", "mrow", "mi", "mn", "mo",
        "ms", "mtext", "mspace", "mfrac", "msqrt", "mroot", "msub", "msup", "msubsup", "munder", "mover",
        "munderover", "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mtd", "mstyle", "mpadded",
        "mphantom", "merror", "menclose"};
    /** Presentation attributes only: nothing that links, loads or styles from elsewhere. */
    private static final String[] MATHML_ATTRIBUTES = {"display", "displaystyle", "scriptlevel", "mathvariant",
        "mathcolor", "mathbackground", "stretchy", "fence", "separator", "form", "lspace", "rspace", "minsize",
        "maxsize", "largeop", "movablelimits", "symmetric", "accent", "accentunder", "linethickness", "width",
        "height", "depth", "voffset", "columnalign", "rowalign", "columnspacing", "rowspacing", "columnlines",
        "rowlines", "frame", "notation", "encoding"};

    // Parsed once: jsoup parses a selector string again on every select, once per Markdown field.
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator ICON_ELEMENTS = QueryParser.parse("i[class], span[class], a[class]");
    private static final Evaluator DRAWN_ICONS = QueryParser.parse("svg.text-icon");
    /** What a link can show besides its text. */
    private static final Evaluator VISIBLE_CONTENT = QueryParser.parse("img, svg, math, video, audio, iframe, picture");
    private static final Evaluator IMAGES_WITHOUT_ALT = QueryParser.parse("img:not([alt])");
    private static final Evaluator INPUTS = QueryParser.parse("input");
    static final Evaluator ADDRESSES = QueryParser.parse("[href], [src]");

    private final Safelist safelist;

    HtmlSanitizer() {
        safelist = allowList();
    }

    private static Safelist allowList() {
        Safelist safelist = Safelist.relaxed()
                .addTags("details", "summary", "span", "div", "sup", "sub", "del", "s", "hr",
                        "input", "section", "iframe", "figure", "figcaption", "mark", "kbd")
                .addAttributes(":all", "id", "class", "title", "lang", "dir")
                .addAttributes("a", "href", "rel")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("details", "open")
                .addAttributes("iframe", "src")
                .addAttributes("img", "loading", "decoding", MediaElements.MAX_WIDTH, MediaElements.MAX_HEIGHT,
                        MediaElements.MAX_WIDTH_PERCENT)
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("iframe", "src", "https")
                .preserveRelativeLinks(true);
        safelist.addTags(MATHML);
        for (String tag : MATHML) {
            safelist.addAttributes(tag, MATHML_ATTRIBUTES);
        }
        // A researcher's own links (GitHub, lab, co-authors) should count for search engines: no
        // enforced rel="nofollow" (MarkdownRenderer takes out the one its URL sanitizing adds).
        safelist.removeEnforcedAttribute("a", "rel");
        return safelist;
    }

    /** Whether the allow-list keeps elements named {@code name} (lower case). */
    static boolean allowsElement(String name) {
        return Elements.ALLOWED.isSafeTag(name);
    }

    /** Made at the first question: Markdown without raw HTML never sets up jsoup. */
    private static final class Elements {
        static final Safelist ALLOWED = allowList();
    }


    String clean(String html, LinkRewriter links) {
        return clean(html, links, false);
    }

    /** {@code opensPage}: the text starts the page's content, so its first image loads at once. */
    String clean(String html, LinkRewriter links, boolean opensPage) {
        Document dirty = Jsoup.parseBodyFragment(html, PROBE_BASE);
        AddressQuotes.strip(dirty);
        MediaElements.sizesFromStyle(dirty);
        Document clean = new Cleaner(safelist).clean(dirty);
        dropSchemeLookalikes(clean);
        drawIcons(clean);
        rewrite(clean, links);
        MediaElements.settle(clean, links, opensPage);
        for (Element img : clean.select(IMAGES_WITHOUT_ALT)) {
            img.attr("alt", "");
        }
        for (Element input : clean.select(INPUTS)) {
            if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
                input.remove();
            } else {
                input.attr("disabled", true);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /**
     * An address the allow-list kept as relative although its first segment holds a colon: an HTML
     * parser reads a NUL as U+FFFD, so {@code \0javascript:x} reaches us as {@code \uFFFDjavascript:x},
     * which no browser runs but which is no valid address either (a relative path may not look like a
     * scheme). Nobody means such a path; it is dropped like an unsafe one, the text stays.
     */
    private static void dropSchemeLookalikes(Document doc) {
        for (Element e : doc.select(ADDRESSES)) {
            for (String attribute : List.of("href", "src")) {
                if (e.hasAttr(attribute) && looksLikeABadScheme(e.attr(attribute))) {
                    e.removeAttr(attribute);
                }
            }
        }
    }

    /** A colon before the first {@code / ? #} without a well-formed scheme before it. */
    static boolean looksLikeABadScheme(String address) {
        String value = address.strip();
        int colon = value.indexOf(':');
        if (colon < 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
            boolean schemeChar = c < 128 && (Character.isLetter(c) || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return true;
            }
        }
        return colon == 0;
    }

    /**
     * An empty element of an icon font ({@code <i class="fa-brands fa-github"></i>}, al-folio's way) drawn
     * as the Font Awesome icon it names, inline: the site has no icon fonts, so it would show nothing.
     * An empty link that names the icon itself ({@code <a href="..." class="fa fa-home"></a>}) gets the
     * icon inside it. The picture is the webjar's, added after the allow-list, never anything the text wrote.
     */
    private static void drawIcons(Document doc) {
        for (Element e : doc.select(ICON_ELEMENTS)) {
            if (!e.childNodes().isEmpty()) {
                continue;
            }
            Optional<FontAwesomeIcons.Shape> shape = IconFontClasses.candidates(List.copyOf(e.classNames())).stream()
                    .map(FontAwesomeIcons::load).flatMap(Optional::stream).findFirst()
                    .flatMap(FontAwesomeIcons::plainShape);
            if (shape.isPresent()) {
                Element svg = new Element("svg").attr("class", "text-icon").attr("viewBox", shape.get().viewBox())
                        .attr("aria-hidden", "true");
                svg.appendElement("path").attr("d", shape.get().path());
                if (e.normalName().equals("a")) {
                    e.appendChild(svg);
                } else {
                    e.replaceWith(svg);
                }
            }
        }
    }

    private static void rewrite(Document doc, LinkRewriter links) {
        for (Element e : doc.select(LINKS)) {
            // An address dropped as unsafe leaves href="", which would point at the page itself.
            String value = e.attr("href").strip();
            if (!value.isEmpty() && e.text().isBlank() && e.select(VISIBLE_CONTENT).isEmpty()) {
                links.showsNothing(value);
            } else if (!value.isEmpty() && e.text().isBlank() && !e.select(DRAWN_ICONS).isEmpty() && !e.hasAttr("aria-label")) {
                // an icon alone says nothing to a screen reader: the link is named by where it goes; the
                // white space around the icon would show as underlined gaps
                e.attr("aria-label", nameOf(value));
                e.textNodes().stream().filter(TextNode::isBlank).toList().forEach(TextNode::remove);
            }
            String rewritten = value.isEmpty() ? "" : links.rewrite(value);
            if (rewritten == null || rewritten.isEmpty()) {
                e.removeAttr("href");
            } else {
                e.attr("href", rewritten);
            }
        }
    }

    /** A link's name from its address: the address of a mailto: or tel: link, else the host without "www.". */
    static String nameOf(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
            String rest = href.substring(href.indexOf(':') + 1);
            int query = rest.indexOf('?');
            return URLDecoder.decode(query < 0 ? rest : rest.substring(0, query), StandardCharsets.UTF_8);
        }
        return RemoteHosts.hostOf(href).filter(host -> !host.isBlank())
                .map(host -> host.startsWith("www.") ? host.substring(4) : host).orElse(href);
    }
}
