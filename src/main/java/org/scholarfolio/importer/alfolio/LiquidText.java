package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid in a Markdown body, resolved as far as it can be without running Jekyll: {@code {{ site.X }}},
 * {@code {{ site.X.Y }}} from {@code _config.yml}, {@code {{ page.X }}} from the front matter, string
 * literals, the filters {@code relative_url}, {@code absolute_url}, {@code prepend}, {@code append},
 * {@code {% link %}}, {@code {% include figure.liquid %}} (an image with its class and caption),
 * {@code {% cite key %}} ("(Author, Year)" linked to the paper on the publications page; see {@link Citations}) and {@code {% raw %}}.
 * Everything else (loops, conditions, other includes, unknown variables) is taken out of the text and
 * listed with its position, so that it is never published as text. A news loop or a selected-papers
 * include is recognised, for the about page to turn on the portfolio's own switches.
 */
final class LiquidText {
    private static final Pattern TOKEN = Pattern.compile(
            "\\{%-?\\s*(\\w+)((?:[^%]|%(?!}))*?)-?%}|\\{\\{-?((?:[^}]|}(?!}))*?)-?}}", Pattern.DOTALL);
    private static final List<String> BLOCKS = List.of("if", "unless", "for", "case", "capture", "tablerow", "comment");
    private static final Pattern PARAM = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern NEWS_LOOP = Pattern.compile("(?s)\\bsite\\.news\\b|include\\s+news\\.(?:liquid|html)");
    private static final Pattern SELECTED_PAPERS = Pattern.compile(
            "(?s)include\\s+selected_papers\\.(?:liquid|html)|bibliography\\b.*selected\\s*=\\s*true");
    private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern FIGURE = Pattern.compile("figure\\.(?:liquid|html)");

    /** A piece of Liquid taken out: where it started in the body and what it was (shortened). */
    record Removed(int offset, String what) {
    }

    /** The text with Liquid resolved or taken out, and what the Liquid said about the home page. */
    record Result(String text, List<Removed> removed, boolean newsLoop, boolean selectedPapers) {
        boolean changed(String original) {
            return !text.equals(original);
        }
    }

    private final Map<String, Object> site;
    private final Map<String, Object> page;
    private final Map<String, String> permalinks;
    private final Citations citations;

    LiquidText(Map<String, Object> site, Map<String, Object> page, Map<String, String> permalinks) {
        this(site, page, permalinks, Citations.NONE);
    }

    /**
     * @param site       the keys of {@code _config.yml}
     * @param page       the front matter of the file being read
     * @param permalinks site-relative page file name ({@code _pages/join.md}) to its permalink
     * @param citations  the site's publications, for {@code {% cite %}}
     */
    LiquidText(Map<String, Object> site, Map<String, Object> page, Map<String, String> permalinks, Citations citations) {
        this.site = site;
        this.page = page;
        this.permalinks = permalinks;
        this.citations = citations;
    }

    static boolean hasLiquid(String text) {
        return text.contains("{%") || text.contains("{{");
    }

    Result resolve(String text) {
        if (!hasLiquid(text)) {
            return new Result(text, List.of(), false, false);
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Removed> removed = new ArrayList<>();
        boolean news = false;
        boolean selected = false;
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (last < text.length() && m.find(last)) {
            out.append(text, last, m.start());
            int next = m.end();
            if (m.group(3) != null) {
                String value = output(m.group(3));
                if (value == null) {
                    removed.add(new Removed(m.start(), m.group()));
                } else {
                    out.append(value);
                }
            } else {
                String tag = m.group(1).toLowerCase(Locale.ROOT);
                String args = m.group(2).strip();
                if (tag.equals("raw")) {
                    Matcher close = END_RAW.matcher(text);
                    int closeAt = close.find(m.end()) ? close.start() : text.length();
                    next = closeAt == text.length() ? closeAt : close.end();
                    out.append(text, m.end(), closeAt);
                } else if (BLOCKS.contains(tag)) {
                    next = blockEnd(text, m.end(), tag);
                    String block = text.substring(m.start(), next);
                    news |= NEWS_LOOP.matcher(block).find();
                    selected |= SELECTED_PAPERS.matcher(block).find();
                    if (!tag.equals("comment")) {
                        removed.add(new Removed(m.start(), block));
                    }
                } else {
                    String value = tag(tag, args);
                    if (value == null) {
                        news |= NEWS_LOOP.matcher(m.group()).find();
                        selected |= SELECTED_PAPERS.matcher(m.group()).find();
                        removed.add(new Removed(m.start(), m.group()));
                    } else {
                        out.append(value);
                    }
                }
            }
            last = next;
        }
        if (last < text.length()) {
            out.append(text, last, text.length());
        }
        return new Result(out.toString(), removed, news, selected);
    }

    /** Where the block opened just before {@code from} ends, after its matching end tag; nested blocks of the same tag count. */
    private static int blockEnd(String text, int from, String tag) {
        Matcher m = TOKEN.matcher(text);
        int depth = 1;
        int at = from;
        while (m.find(at)) {
            String t = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (t.equals(tag)) {
                depth++;
            } else if (t.equals("end" + tag)) {
                depth--;
                if (depth == 0) {
                    return m.end();
                }
            }
            at = m.end();
        }
        return text.length();
    }

    /** A {@code {{ }}} output as text, or null when it cannot be resolved without Jekyll. */
    private String output(String expression) {
        String[] parts = expression.split("\\|");
        String value = value(parts[0].strip());
        for (int i = 1; i < parts.length && value != null; i++) {
            value = filter(value, parts[i].strip());
        }
        return value;
    }

    private String filter(String value, String filter) {
        int colon = filter.indexOf(':');
        String name = (colon < 0 ? filter : filter.substring(0, colon)).strip();
        String arg = colon < 0 ? null : value(filter.substring(colon + 1).strip());
        return switch (name) {
            // links are kept root-relative; the export makes them relative to each page
            case "relative_url", "absolute_url" -> rootRelative(value);
            case "prepend" -> arg == null ? null : arg + value;
            case "append" -> arg == null ? null : value + arg;
            case "downcase" -> value.toLowerCase(Locale.ROOT);
            case "upcase" -> value.toUpperCase(Locale.ROOT);
            case "strip" -> value.strip();
            case "escape", "xml_escape" -> escape(value);
            default -> null;
        };
    }

    private static String rootRelative(String value) {
        if (value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || value.startsWith("/") || value.startsWith("#")) {
            return value;
        }
        return "/" + value;
    }

    /** A literal or a {@code site.}/{@code page.} variable with a text, number or true/false value. */
    private String value(String expr) {
        if (expr.length() >= 2 && (expr.startsWith("'") && expr.endsWith("'") || expr.startsWith("\"") && expr.endsWith("\""))) {
            return expr.substring(1, expr.length() - 1);
        }
        if (expr.matches("-?\\d+(\\.\\d+)?")) {
            return expr;
        }
        if (expr.equals("site.baseurl")) {
            return ""; // links stay root-relative inside the portfolio; the export adds what the address needs
        }
        Object v;
        if (expr.startsWith("site.")) {
            v = lookup(site, expr.substring(5));
        } else if (expr.startsWith("page.")) {
            v = lookup(page, expr.substring(5));
        } else {
            return null;
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return str(v);
        }
        return null;
    }

    private static Object lookup(Map<String, Object> map, String path) {
        Object v = map;
        for (String key : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m) || !m.containsKey(key)) {
                return null;
            }
            v = m.get(key);
        }
        return v;
    }

    /** The text a {@code {% %}} tag stands for, or null when only Jekyll knows. */
    private String tag(String tag, String args) {
        return switch (tag) {
            case "link" -> permalinks.get(args.strip().replaceAll("^/+", ""));
            case "cite" -> cite(args);
            case "include", "include_relative" -> FIGURE.matcher(args).lookingAt() ? figure(args) : null;
            default -> null;
        };
    }

    /** {@code {% cite a b --file x %}}: the keys come before the first option. */
    private String cite(String args) {
        List<String> keys = new ArrayList<>();
        for (String word : args.strip().split("\\s+")) {
            if (word.startsWith("-")) {
                break;
            }
            if (!word.isEmpty()) {
                keys.add(word);
            }
        }
        return citations.cite(keys);
    }

    /** al-folio's figure include as the HTML it renders: the image, its class, and a caption when given. */
    private String figure(String args) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(args);
        while (p.find()) {
            String v = p.group(2) != null ? p.group(2) : p.group(3) != null ? p.group(3) : value(p.group(4));
            if (v == null && p.group(1).equals("path")) {
                return null; // the image comes from a variable only Jekyll knows
            }
            if (v != null) {
                params.put(p.group(1), v); // switches such as zoomable=true do not change the picture
            }
        }
        String path = params.get("path");
        if (path == null || path.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder("<figure><img src=\"").append(escape(rootRelative(path.strip()))).append('"');
        if (params.containsKey("class")) {
            html.append(" class=\"").append(escape(params.get("class"))).append('"');
        }
        String alt = params.getOrDefault("alt", params.getOrDefault("title", params.getOrDefault("caption", "")));
        html.append(" alt=\"").append(escape(alt)).append("\">");
        if (params.containsKey("caption") && !params.get("caption").isBlank()) {
            html.append("<figcaption>").append(escape(params.get("caption"))).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
