package org.scholarfolio.markdown;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Images and frames in sanitised Markdown. A local image gets its width and height (no layout
 * shift) and loads lazily unless it opens the page. Nothing loads from another site unless the
 * page allows that host: such an image becomes a link naming the host, and an allowed frame a
 * click-to-load link that the site's script turns into a sandboxed, lazy iframe.
 */
final class MediaElements {
    // Parsed once, not on every select (once per Markdown field).
    private static final Evaluator IMAGES = QueryParser.parse("img");
    private static final Evaluator FRAMES = QueryParser.parse("iframe");
    private static final Pattern PIXELS = Pattern.compile("0*([0-9]{1,5})(?:\\.[0-9]*)?\\s*(?:px)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]+)?%");
    /** One declaration of an inline style that sizes an image, in pixels (a unit-less 0 aside) or per cent. */
    private static final Pattern SIZE_DECLARATION = Pattern.compile(
            "(?i)^\\s*(max-width|max-height|width|height)\\s*:\\s*([0-9]{1,5}(?:\\.[0-9]*)?)\\s*(px|%)\\s*(?:!important\\s*)?$");
    /** Where a stated largest size waits between the allow-list, which drops {@code style}, and {@link #settle}. */
    static final String MAX_WIDTH = "data-max-width";
    static final String MAX_HEIGHT = "data-max-height";
    /** A largest width in per cent of the column ({@code max-width: 50%}), held as {@link #MAX_WIDTH} is. */
    static final String MAX_WIDTH_PERCENT = "data-max-width-percent";
    /**
     * The theme's text column at its widest, in CSS pixels: {@code main}'s 46 rem less its 1 rem of
     * padding on each side, at 16 px. An image no wider than a share of it already keeps under that
     * share on a desktop, and on a phone the theme's {@code max-width: 100%} holds it to the column.
     */
    static final int WIDEST_COLUMN = 704;

    private MediaElements() {
    }

    /**
     * Before the allow-list, which drops every {@code style}: an image's size stated in its inline style
     * ({@code style="max-height:120px; max-width:120px"}, a people page's photos) is kept as what HTML
     * allows, so that it shows at the intended size. A width or height in pixels or per cent becomes the
     * attribute, unless the image states that attribute itself (the style would win in a browser, but both
     * are the author's); a largest size in pixels is held for {@link #settle}, which scales the image's
     * own size down to fit it, and a largest width in per cent for it to become the width where the image
     * would be wider. Nothing else of the style is kept.
     */
    static void sizesFromStyle(Document dirty) {
        for (Element img : dirty.select(IMAGES)) {
            // only a style says this: the attributes are the allow-list's hand-over, never the text's
            img.removeAttr(MAX_WIDTH);
            img.removeAttr(MAX_HEIGHT);
            img.removeAttr(MAX_WIDTH_PERCENT);
            for (String declaration : img.attr("style").split(";")) {
                Matcher m = SIZE_DECLARATION.matcher(declaration);
                if (!m.matches()) {
                    continue;
                }
                String property = m.group(1).toLowerCase(java.util.Locale.ROOT);
                boolean percent = "%".equals(m.group(3));
                String number = Integer.toString(Math.round(Float.parseFloat(m.group(2))));
                if (property.startsWith("max-")) {
                    if (!percent && !number.equals("0")) {
                        img.attr(property.equals("max-width") ? MAX_WIDTH : MAX_HEIGHT, number);
                    } else if (percent && property.equals("max-width") && !number.equals("0") && Integer.parseInt(number) < 100) {
                        // 100% and more: what the theme's img { max-width: 100% } does already
                        img.attr(MAX_WIDTH_PERCENT, number);
                    }
                } else if (!img.hasAttr(property) && !number.equals("0")) {
                    img.attr(property, percent ? number + "%" : number);
                }
            }
        }
    }

    static void settle(Document doc, LinkRewriter links, boolean opensPage) {
        Set<String> hosts = links.remoteHosts();
        boolean first = true;
        for (Element img : doc.select(IMAGES)) {
            validDimension(img, "width");
            validDimension(img, "height");
            String src = img.attr("src").strip();
            if (src.isEmpty()) {
                replaceWithText(img, img.attr("alt"));
                continue;
            }
            if (RemoteHosts.isRemote(src)) {
                if (RemoteHosts.mayLoad(src, hosts)) {
                    img.attr("referrerpolicy", "no-referrer");
                } else if (isPixel(img)) {
                    // a visit counter's 1x1 image: nothing a reader saw, and the site loads no tracker
                    img.remove();
                    continue;
                } else {
                    String host = RemoteHosts.hostOf(src).orElse("");
                    String alt = img.attr("alt").strip();
                    replaceWithLink(img, src, host.isEmpty() ? alt
                            : (alt.isEmpty() ? "Image" : alt + ", image") + " on " + host);
                    continue;
                }
            } else {
                int[] size = links.imageSize(src);
                String rewritten = links.rewrite(src);
                if (rewritten == null || rewritten.isEmpty()) {
                    replaceWithText(img, img.attr("alt"));
                    continue;
                }
                img.attr("src", rewritten);
                if (size != null) {
                    setSize(img, size);
                    fitLargestSize(img);
                }
            }
            fitLargestShare(img);
            img.removeAttr(MAX_WIDTH);
            img.removeAttr(MAX_HEIGHT);
            img.removeAttr(MAX_WIDTH_PERCENT);
            // The first image of a text that opens the page is on the first screen: it loads at once.
            img.attr("loading", first && opensPage ? "eager" : "lazy");
            img.attr("decoding", "async");
            first = false;
        }
        for (Element frame : doc.select(FRAMES)) {
            String src = frame.attr("src").strip();
            String host = RemoteHosts.hostOf(src).orElse("");
            if (RemoteHosts.mayLoad(src, hosts)) {
                frame.replaceWith(placeholder(src, host, frame.attr("title").strip()));
            } else {
                replaceWithLink(frame, src, host.isEmpty() ? "" : "Embedded content on " + host);
            }
        }
    }

    /** Keeps the stated width (or height) and the image's proportions; fills in whatever is missing. */
    private static void setSize(Element img, int[] size) {
        if (PERCENT.matcher(img.attr("width").strip()).matches()) {
            return; // the column sizes it, and the theme's height: auto keeps its proportions
        }
        Integer width = number(img.attr("width"));
        Integer height = number(img.attr("height"));
        if (width == null && height == null) {
            width = size[0];
            height = size[1];
        } else if (height == null) {
            height = Math.max(1, Math.round(width * (float) size[1] / size[0]));
        } else if (width == null) {
            width = Math.max(1, Math.round(height * (float) size[0] / size[1]));
        }
        img.attr("width", Integer.toString(width));
        img.attr("height", Integer.toString(height));
    }

    private static boolean isPixel(Element img) {
        Integer width = number(img.attr("width"));
        Integer height = number(img.attr("height"));
        boolean zero = img.attr("width").strip().equals("0") || img.attr("height").strip().equals("0");
        return zero || width != null && height != null && width <= 1 && height <= 1;
    }

    /** Scales the width and height down, proportions kept, to the largest size the style stated. */
    private static void fitLargestSize(Element img) {
        Integer width = number(img.attr("width"));
        Integer height = number(img.attr("height"));
        Integer maxWidth = number(img.attr(MAX_WIDTH));
        Integer maxHeight = number(img.attr(MAX_HEIGHT));
        if (width == null || height == null || maxWidth == null && maxHeight == null) {
            return; // a width in per cent: the browser sizes it from the column, not from the image
        }
        double scale = Math.min(1.0, Math.min(maxWidth == null ? 1.0 : maxWidth / (double) width,
                maxHeight == null ? 1.0 : maxHeight / (double) height));
        if (scale < 1.0) {
            img.attr("width", Integer.toString(Math.max(1, (int) Math.round(width * scale))));
            img.attr("height", Integer.toString(Math.max(1, (int) Math.round(height * scale))));
        }
    }

    /**
     * A largest width in per cent of the column ({@code style="max-width: 50%"}): HTML has no largest
     * size, so the image takes that share of the column as its width when it would be wider than that
     * at the column's widest (its own or stated width, or an unknown one); an image already narrower
     * keeps its size, never stretched. A stated width in per cent keeps the smaller share.
     */
    private static void fitLargestShare(Element img) {
        Integer share = number(img.attr(MAX_WIDTH_PERCENT));
        if (share == null) {
            return;
        }
        String stated = img.attr("width").strip();
        if (PERCENT.matcher(stated).matches()) {
            if (Float.parseFloat(stated.substring(0, stated.length() - 1)) <= share) {
                return;
            }
        } else {
            Integer width = number(stated);
            if (width != null && width * 100 <= share * WIDEST_COLUMN) {
                return;
            }
        }
        img.attr("width", share + "%");
        img.removeAttr("height"); // a height in pixels beside a width in per cent would stretch it
    }

    /**
     * A width or height as HTML allows it, a whole number of pixels: {@code 100px} is written {@code 100},
     * as a browser reads it; a value a browser passes over ({@code auto}) is taken out, which shows the
     * same. A percentage, which browsers do honour, stays.
     */
    private static void validDimension(Element img, String attribute) {
        if (!img.hasAttr(attribute)) {
            return;
        }
        String v = img.attr(attribute).strip();
        Matcher pixels = PIXELS.matcher(v);
        if (pixels.matches()) {
            img.attr(attribute, pixels.group(1));
        } else if (!PERCENT.matcher(v).matches()) {
            img.removeAttr(attribute);
        }
    }

    private static Integer number(String value) {
        String v = value.strip();
        if (!v.matches("[0-9]{1,5}")) {
            return null;
        }
        int n = Integer.parseInt(v);
        return n > 0 ? n : null;
    }

    private static Element placeholder(String src, String host, String title) {
        Element figure = new Element("figure").addClass("embed");
        Element load = figure.appendElement("a").addClass("embed-load").attr("href", src);
        if (!title.isEmpty()) {
            load.attr("data-title", title);
        }
        // One child: the box centres it as a whole, keeping the space before the host.
        Element label = load.appendElement("span").appendText("Load embedded content from ");
        label.appendElement("strong").text(host);
        figure.appendElement("figcaption").text("Nothing loads from " + host + " until you click.");
        return figure;
    }

    /**
     * A web address stays a link; anything else (a broken address) leaves only the text. Inside a link (a
     * README badge, {@code [![CRAN](https://img.shields.io/...)](https://cran.r-project.org/...)}) the text
     * alone: a link in a link is no HTML, and the browser would close the outer one, leaving it empty and
     * its address unreachable.
     */
    private static void replaceWithLink(Element element, String src, String text) {
        String href = src.startsWith("//") ? "https:" + src : src;
        if (text.isEmpty() || RemoteHosts.hostOf(href).isEmpty() || insideLink(element)) {
            replaceWithText(element, text);
            return;
        }
        Element link = new Element("a").addClass("remote-media").attr("href", href).text(text);
        element.replaceWith(link);
    }

    private static boolean insideLink(Element element) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static void replaceWithText(Element element, String text) {
        if (text.isBlank()) {
            element.remove();
        } else {
            element.replaceWith(new TextNode(text.strip()));
        }
    }
}
