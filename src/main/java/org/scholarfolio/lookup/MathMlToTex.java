package org.scholarfolio.lookup;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Presentation MathML as LaTeX for the site's KaTeX. A TeX annotation or {@code alttext} the
 * publisher supplies wins; otherwise the common elements are translated and unknown ones give
 * their text, so a formula is never lost, at worst plainer.
 */
final class MathMlToTex {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("\u2212", "-"), Map.entry("\u00d7", "\\times "), Map.entry("\u22c5", "\\cdot "),
            Map.entry("\u2264", "\\le "), Map.entry("\u2265", "\\ge "), Map.entry("\u2260", "\\ne "),
            Map.entry("\u2248", "\\approx "), Map.entry("\u221e", "\\infty "), Map.entry("\u2192", "\\to "),
            Map.entry("\u2211", "\\sum "), Map.entry("\u220f", "\\prod "), Map.entry("\u222b", "\\int "),
            Map.entry("\u00b1", "\\pm "), Map.entry("\u2208", "\\in "), Map.entry("\u2202", "\\partial "),
            Map.entry("\u2061", ""), Map.entry("\u2062", ""), Map.entry("\u2063", ","));

    private MathMlToTex() {
    }

    static String convert(Element math) {
        String alt = math.attr("alttext");
        for (Element annotation : math.getElementsByTag(math.tagName().replace("math", "annotation"))) {
            if (annotation.attr("encoding").toLowerCase(java.util.Locale.ROOT).contains("tex")) {
                return annotation.wholeText().strip();
            }
        }
        if (!alt.isBlank()) {
            return alt.strip();
        }
        return tex(math).strip().replaceAll("\\s+", " ");
    }

    private static String tex(Node node) {
        if (node instanceof TextNode t) {
            return symbols(t.getWholeText().strip());
        }
        if (!(node instanceof Element e)) {
            return "";
        }
        List<Element> k = e.children();
        return switch (ServiceMarkup.localName(e)) {
            case "mi" -> {
                String s = symbols(e.wholeText().strip());
                yield s.length() > 1 && s.chars().allMatch(Character::isLetter) ? "\\mathrm{" + s + "}" : s;
            }
            case "mn", "mo" -> symbols(e.wholeText().strip());
            case "mtext", "ms" -> "\\text{" + e.wholeText().replace("{", "").replace("}", "") + "}";
            case "mspace" -> "\\ ";
            case "msub" -> k.size() == 2 ? group(k.get(0)) + "_" + group(k.get(1)) : all(e);
            case "msup" -> k.size() == 2 ? group(k.get(0)) + "^" + group(k.get(1)) : all(e);
            case "msubsup" -> k.size() == 3 ? group(k.get(0)) + "_" + group(k.get(1)) + "^" + group(k.get(2)) : all(e);
            case "munder" -> k.size() == 2 ? group(k.get(0)) + "_" + group(k.get(1)) : all(e);
            case "mover" -> k.size() == 2 ? over(k.get(0), k.get(1)) : all(e);
            case "munderover" -> k.size() == 3 ? group(k.get(0)) + "_" + group(k.get(1)) + "^" + group(k.get(2)) : all(e);
            case "mfrac" -> k.size() == 2 ? "\\frac" + group(k.get(0)) + group(k.get(1)) : all(e);
            case "msqrt" -> "\\sqrt{" + all(e) + "}";
            case "mroot" -> k.size() == 2 ? "\\sqrt[" + tex(k.get(1)) + "]" + group(k.get(0)) : all(e);
            case "mfenced" -> e.attr("open").isEmpty() ? "(" + all(e) + ")" : e.attr("open") + all(e) + e.attr("close");
            case "semantics" -> k.isEmpty() ? "" : tex(k.get(0));
            case "annotation", "annotation-xml", "mphantom", "none" -> "";
            default -> all(e);
        };
    }

    private static String over(Element base, Element accent) {
        String a = accent.wholeText().strip();
        return switch (a) {
            case "^", "\u02c6" -> "\\hat" + group(base);
            case "~", "\u02dc" -> "\\tilde" + group(base);
            case "\u00af", "\u203e", "\u2015" -> "\\bar" + group(base);
            case "\u2192", "\u20d7" -> "\\vec" + group(base);
            case ".", "\u02d9" -> "\\dot" + group(base);
            default -> "\\overset" + group(accent) + group(base);
        };
    }

    private static String group(Element e) {
        String t = tex(e).strip();
        return t.length() == 1 ? t : "{" + t + "}";
    }

    private static String all(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node c : e.childNodes()) {
            String t = tex(c);
            if (!b.isEmpty() && !t.isEmpty() && Character.isLetter(b.charAt(b.length() - 1))
                    && t.startsWith("\\") == false && Character.isLetter(t.charAt(0))) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }

    private static String symbols(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            b.append(SYMBOLS.getOrDefault(c, c));
        });
        return b.toString();
    }
}
