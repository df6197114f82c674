package org.scholarfolio.lookup;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns the markup services put in titles and abstracts (JATS such as {@code <jats:italic>} and
 * {@code <jats:p>}, MathML, HTML {@code <sub>}/{@code <i>}) into the portfolio's own text: in an
 * abstract (Markdown) emphasis as {@code *…*} and paragraphs separated by a blank line; in a title or a
 * venue (inline text, {@link org.scholarfolio.model.InlineText}) emphasis as {@code \emph{…}}, bold as
 * {@code \textbf{…}}, small capitals as {@code \textsc{…}}, since asterisks there are text the site
 * and BibTeX print; in both Unicode sub- and superscripts where they exist, {@code $...$} math
 * otherwise. No markup survives. Active content ({@code <script>}, {@code <iframe>},
 * event handlers, ...) is never quietly dropped: the record is refused, so a researcher sees it.
 */
public final class ServiceMarkup {
    private static final Set<String> ACTIVE = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "link", "meta", "base", "form", "input", "button", "textarea", "select", "template",
            "noscript");
    private static final Set<String> BLOCK = Set.of("p", "sec", "list-item", "li", "div", "abstract", "title",
            "disp-formula", "break", "br", "list", "ul", "ol", "table-wrap");
    // Digits and signs only: Unicode's few subscript letters are missing from many fonts.
    private static final String SUB_FROM = "0123456789+-=()";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
    private static final String SUP_FROM = "0123456789+-=()";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";

    /** Thrown for markup that could run in a browser; the message names the element. */
    public static final class ActiveMarkupException extends Exception {
        private static final long serialVersionUID = 1L;

        ActiveMarkupException(String message) {
            super(message);
        }
    }

    private ServiceMarkup() {
    }

    /** A title or a venue: one line of inline text (emphasis {@code \\emph{…}}, not Markdown's asterisks). */
    public static String title(String markup) throws ActiveMarkupException {
        return convert(markup, true).replaceAll("\\s*\\n+\\s*", " ").strip();
    }

    /** An abstract: paragraphs separated by a blank line; a leading "Abstract" heading is dropped. */
    public static String paragraphs(String markup) throws ActiveMarkupException {
        String text = convert(markup, false).replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{2,}", "\n\n").strip();
        return text.replaceFirst("^(?i)abstract\\s*\\n+", "").strip();
    }

    /** {@code inline}: the result is inline text (a title), else Markdown (an abstract). */
    private static String convert(String markup, boolean inline) throws ActiveMarkupException {
        if (markup == null || markup.isBlank()) {
            return "";
        }
        if (markup.indexOf('<') < 0 && markup.indexOf('&') < 0) {
            return markup.replaceAll("[ \\t\\r]+", " ").replace("\r", "");
        }
        Document doc = Jsoup.parse(markup, "", Parser.xmlParser());
        StringBuilder out = new StringBuilder();
        for (Node n : doc.childNodes()) {
            append(n, out, inline);
        }
        return out.toString().replaceAll("[ \\t\\r]+", " ").replaceAll(" ?\\n ?", "\n");
    }

    private static void append(Node node, StringBuilder out, boolean inline) throws ActiveMarkupException {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText().replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String name = localName(e);
        if (ACTIVE.contains(name)) {
            throw new ActiveMarkupException("it holds a <" + e.tagName() + "> element, which could run in a browser");
        }
        for (var attribute : e.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("on") || attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:")) {
                throw new ActiveMarkupException("its <" + e.tagName() + "> element carries " + attribute.getKey()
                        + "=\"…\", which could run in a browser");
            }
        }
        switch (name) {
            case "math" -> {
                String tex = MathMlToTex.convert(e);
                if (!tex.isBlank()) {
                    out.append('$').append(tex).append('$');
                }
            }
            case "tex-math" -> out.append('$').append(stripDelimiters(e.wholeText())).append('$');
            case "inline-formula" -> appendFormula(e, out, inline);
            case "italic", "i", "em" -> wrap(e, out, inline ? "\\emph{" : "*", inline ? "}" : "*", inline);
            case "bold", "b", "strong" -> wrap(e, out, inline ? "\\textbf{" : "**", inline ? "}" : "**", inline);
            case "sub" -> script(e, out, SUB_FROM, SUB_TO, "_", inline);
            case "sup" -> script(e, out, SUP_FROM, SUP_TO, "^", inline);
            case "sc" -> {
                if (inline) {
                    wrap(e, out, "\\textsc{", "}", true);
                } else {
                    out.append(children(e, false));
                }
            }
            default -> {
                boolean block = BLOCK.contains(name);
                if (block) {
                    out.append("\n\n");
                }
                for (Node c : e.childNodes()) {
                    append(c, out, inline);
                }
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    /** A JATS formula: its TeX when it has one, else its MathML. */
    private static void appendFormula(Element e, StringBuilder out, boolean inline) throws ActiveMarkupException {
        for (Element c : e.children()) {
            String n = localName(c);
            if (n.equals("tex-math")) {
                append(c, out, inline);
                return;
            }
        }
        for (Node c : e.childNodes()) {
            append(c, out, inline);
        }
    }

    private static void wrap(Element e, StringBuilder out, String open, String close, boolean inline)
            throws ActiveMarkupException {
        String inner = children(e, inline);
        if (inner.isBlank()) {
            out.append(inner);
            return;
        }
        String lead = inner.startsWith(" ") ? " " : "";
        String trail = inner.endsWith(" ") ? " " : "";
        out.append(lead).append(open).append(inner.strip()).append(close).append(trail);
    }

    /** H<sub>2</sub>O becomes H₂O; a subscript Unicode lacks becomes math: x$_{ij}$ ... */
    private static void script(Element e, StringBuilder out, String from, String to, String texOperator,
            boolean inline) throws ActiveMarkupException {
        String inner = children(e, inline).strip();
        StringBuilder mapped = new StringBuilder();
        for (char c : inner.toCharArray()) {
            int i = from.indexOf(c);
            if (i < 0) {
                out.append("$").append(texOperator).append('{').append(inner).append("}$");
                return;
            }
            mapped.append(to.charAt(i));
        }
        out.append(mapped);
    }

    private static String children(Element e, boolean inline) throws ActiveMarkupException {
        StringBuilder inner = new StringBuilder();
        for (Node c : e.childNodes()) {
            append(c, inner, inline);
        }
        return inner.toString();
    }

    private static String stripDelimiters(String tex) {
        String t = tex.strip();
        if (t.startsWith("\\(") && t.endsWith("\\)") || t.startsWith("\\[") && t.endsWith("\\]")) {
            t = t.substring(2, t.length() - 2);
        }
        while (t.startsWith("$") && t.endsWith("$") && t.length() > 1) {
            t = t.substring(1, t.length() - 1);
        }
        return t.strip();
    }

    static String localName(Element e) {
        String n = e.tagName().toLowerCase(Locale.ROOT);
        int colon = n.indexOf(':');
        return colon < 0 ? n : n.substring(colon + 1);
    }
}
