package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the HTML in an al-folio Markdown body so that CommonMark renders it as kramdown did on
 * the live site. kramdown runs an HTML block opened by a block-level tag to its closing tag and
 * leaves its inside alone (blank lines and indentation included); CommonMark ends the block at the
 * first blank line and turns the indented lines after it into a code box of tags. So inside such a
 * block blank lines are dropped; a block marked {@code markdown="1"} gets its inside as Markdown
 * (dedented, between blank lines); a kramdown attribute list on an image is applied to an
 * {@code <img>}, one on a block to a {@code <div>} around it where the site styles its class (see
 * {@link BlockAttributeLists}); other lists ({@code {:target="_blank"}}) are dropped, as CommonMark
 * would print them; a link whose address holds a space gets it in pointy brackets (see
 * {@link SpacedLinkDestinations}). Text outside HTML blocks is otherwise not touched.
 */
final class KramdownHtml {
    /** CommonMark's block-level tags (HTML block type 6), the ones kramdown also treats as blocks. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "iframe", "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Pattern OPENING = Pattern.compile("^ {0,3}<([A-Za-z][A-Za-z0-9]*)(?=[\\s/>]|$)");
    /** An element opening a line inside an HTML block, however deep it is indented. */
    private static final Pattern OPENING_ANY_INDENT = Pattern.compile("^[ \\t]*<([A-Za-z][A-Za-z0-9]*)(?=[\\s/>]|$)");
    /** A line holding one opening tag and nothing else: what follows it is the element's inside. */
    private static final Pattern TAG_ALONE = Pattern.compile("^[ \\t]*<[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?>[ \\t]*$");
    private static final Pattern PREFORMATTED = Pattern.compile("(?i)<(pre|textarea)\\b");
    /** A tag; an opening tag whose attributes run on to the next lines ({@code <section\n class=...>}) counts too. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)(?=[\\s/>]|$)(?:[^<>]*?(/?)>)?");
    private static final Pattern MARKDOWN_ATTR = Pattern.compile("\\s+markdown\\s*=\\s*[\"']?(?:1|block|span)[\"']?");
    /** A kramdown attribute list or a block IAL on a line of its own, or trailing a line. */
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("(?m)^[ \\t]*\\{:[^}\\n]*}[ \\t]*\\n?|[ \\t]*\\{:[^}\\n]*}");
    /** {@code ![alt](src "title"){: .class width="50%"}}: an image followed at once by its attribute list. */
    private static final Pattern IMAGE_WITH_ATTRIBUTES = Pattern.compile(
            "!\\[([^\\]\\n]*)]\\(\\s*<?([^\\s)>]+)>?(?:\\s+\"([^\"]*)\")?\\s*\\)\\{:([^}\\n]*)}");
    /** One attribute of a list: {@code .class}, {@code #id} or {@code key="value"} ('value', value). */
    static final Pattern ATTRIBUTE = Pattern.compile(
            "\\.([\\w-]+)|#([\\w-]+)|([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    private static final Set<String> IMAGE_ATTRIBUTES = Set.of("width", "height", "align", "title", "id");
    private static final Pattern STYLE_SIZE = Pattern.compile("(?i)\\b(width|height)\\s*:\\s*(\\d+(?:\\.\\d+)?(?:%|px)?)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    /** An HTML comment opening a line; kramdown shows nothing of it up to its {@code -->} and reads nothing inside it. */
    private static final Pattern COMMENT_START = Pattern.compile("^ {0,3}<!--");
    /** A line indented as code (or a list's continuation: such lines are left as they are, to be safe). */
    private static final Pattern INDENTED_CODE = Pattern.compile("^(?: {4}|\\t)");

    private KramdownHtml() {
    }

    static String toCommonMark(String markdown) {
        if (markdown.indexOf('<') < 0 && !markdown.contains("{:") && !SpacedLinkDestinations.mayHold(markdown)) {
            return markdown;
        }
        return blocks(markdown);
    }

    private static String blocks(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        List<String> markdown = new ArrayList<>(); // the Markdown lines since the last HTML block
        BitSet code = new BitSet();
        boolean inFence = false;
        boolean inComment = false;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            // a comment over several lines is left as written, like code: its attribute lists
            // ({: .text-justify} under a paragraph commented out) are no blocks' and make no <div>
            boolean opens = !inComment && !inFence && COMMENT_START.matcher(line).find()
                    && !line.substring(line.indexOf("<!--") + 4).contains("-->");
            if (inComment || opens) {
                inComment = opens || !line.contains("-->");
                code.set(markdown.size(), true);
                markdown.add(line);
                i++;
                continue;
            }
            boolean fence = FENCE.matcher(line).find();
            if (fence) {
                inFence = !inFence;
            }
            Matcher open = inFence ? null : OPENING.matcher(line);
            String tag = open != null && open.find() ? open.group(1).toLowerCase(Locale.ROOT) : null;
            int end = tag == null || !BLOCK_TAGS.contains(tag) ? -1 : closingLine(lines, i, tag);
            if (end < 0) {
                code.set(markdown.size(), inFence || fence);
                markdown.add(line);
                i++;
                continue;
            }
            appendMarkdown(out, markdown, code, true);
            appendBlock(out, lines, i, end, tag);
            i = end + 1;
            if (i < lines.length) {
                out.append('\n');
                if (!lines[i].isBlank()) {
                    out.append('\n'); // kramdown starts Markdown again after the closing tag; CommonMark needs a blank line
                }
            }
        }
        appendMarkdown(out, markdown, code, false);
        return out.toString();
    }

    /** Markdown lines with their attribute lists applied or dropped, each ended by a line break unless they end the text. */
    private static void appendMarkdown(StringBuilder out, List<String> markdown, BitSet code, boolean more) {
        for (int k = 0; k < markdown.size(); k++) {
            if (!code.get(k) && !INDENTED_CODE.matcher(markdown.get(k)).find()) {
                markdown.set(k, SpacedLinkDestinations.inPointyBrackets(markdown.get(k)));
            }
        }
        List<String> done = markdown.stream().anyMatch(l -> l.contains("{:"))
                ? BlockAttributeLists.apply(markdown, code, KramdownHtml::dropAttributeLists) : markdown;
        for (int k = 0; k < done.size(); k++) {
            out.append(done.get(k));
            if (more || k < done.size() - 1) {
                out.append('\n');
            }
        }
        markdown.clear();
        code.clear();
    }

    /**
     * The line holding the tag that closes the block opened on line {@code from}; -1 when it is never
     * closed (then the block is left as CommonMark reads it, rather than swallowing the rest of the text).
     */
    private static int closingLine(String[] lines, int from, String tag) {
        int depth = 0;
        for (int i = from; i < lines.length; i++) {
            Matcher m = TAG.matcher(lines[i]);
            while (m.find()) {
                if (!m.group(2).equalsIgnoreCase(tag) || m.group(3) != null && !m.group(3).isEmpty()) {
                    continue;
                }
                depth += m.group(1).isEmpty() ? 1 : -1;
                if (depth == 0) {
                    return i;
                }
            }
            if (depth == 0) {
                return i; // a tag such as <p> closed implicitly on its own line
            }
        }
        return -1;
    }

    private static void appendBlock(StringBuilder out, String[] lines, int from, int to, String tag) {
        Matcher md = MARKDOWN_ATTR.matcher(lines[from]);
        if (md.find() && to > from) {
            // markdown="1": the inside is Markdown; CommonMark reads it as such between blank lines
            out.append(md.replaceFirst("").stripLeading()).append("\n\n");
            StringBuilder inner = new StringBuilder();
            int indent = commonIndent(lines, from + 1, to);
            for (int i = from + 1; i < to; i++) {
                inner.append(lines[i].length() >= indent ? lines[i].substring(indent) : lines[i].strip()).append('\n');
            }
            out.append(blocks(FrontMatterFile.withoutOuterNewlines(inner.toString()))).append("\n\n");
            out.append(lines[to].stripLeading());
            return;
        }
        boolean first = true;
        boolean reopened = false;
        for (int i = from; i <= to; i++) {
            if (lines[i].isBlank()) {
                continue; // a blank line would end the block in CommonMark
            }
            int inner = i > from && i < to ? innerMarkdownBlock(lines, i, to) : -1;
            if (inner >= 0) {
                // kramdown honours markdown="1" on an element inside a raw block too (a Bootstrap
                // column in a row); CommonMark reads its inside as Markdown between blank lines
                out.append(first ? "" : "\n");
                appendBlock(out, lines, i, inner, innerTag(lines[i]));
                i = inner;
                reopened = true;
                first = false;
                continue;
            }
            if (!first) {
                out.append('\n');
            }
            // after a blank line an indented tag would be code to CommonMark: the rest starts at the margin
            String line = reopened ? lines[i].stripLeading() : lines[i];
            out.append(MARKDOWN_ATTR.matcher(line).replaceFirst("")); // kramdown never shows the attribute
            first = false;
        }
    }

    /** The element a line inside an HTML block opens with, lower case; null when it opens with none. */
    private static String innerTag(String line) {
        Matcher open = OPENING_ANY_INDENT.matcher(line);
        return open.find() ? open.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The closing line of a block-level element marked {@code markdown="1"} that opens on line {@code at}
     * (its tag alone there) and closes before line {@code limit} of the block around it; -1 when there
     * is none. An element holding preformatted text is left as it is, as its indentation is its content.
     */
    private static int innerMarkdownBlock(String[] lines, int at, int limit) {
        String tag = innerTag(lines[at]);
        if (tag == null || !BLOCK_TAGS.contains(tag) || !MARKDOWN_ATTR.matcher(lines[at]).find()
                || !TAG_ALONE.matcher(lines[at]).matches()) {
            return -1;
        }
        int close = closingLine(lines, at, tag);
        if (close <= at || close >= limit) {
            return -1;
        }
        for (int i = at; i <= close; i++) {
            if (PREFORMATTED.matcher(lines[i]).find()) {
                return -1;
            }
        }
        return close;
    }

    private static int commonIndent(String[] lines, int from, int to) {
        int indent = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (!lines[i].isBlank()) {
                int n = 0;
                while (n < lines[i].length() && (lines[i].charAt(n) == ' ' || lines[i].charAt(n) == '\t')) {
                    n++;
                }
                indent = Math.min(indent, n);
            }
        }
        return indent == Integer.MAX_VALUE ? 0 : indent;
    }

    /**
     * kramdown applies {@code {:.class}} lists to the element before them; CommonMark would print
     * them. An image's list is applied (an {@code <img>} with its class, id, width, height and
     * alignment, which CommonMark passes through); the others go.
     */
    private static String dropAttributeLists(String line) {
        if (!line.contains("{:")) {
            return line;
        }
        Matcher m = IMAGE_WITH_ATTRIBUTES.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(image(m.group(1), m.group(2), m.group(3), m.group(4))));
        }
        m.appendTail(out);
        return ATTRIBUTE_LIST.matcher(out).replaceAll("");
    }

    private static String image(String alt, String src, String title, String attributes) {
        StringBuilder img = new StringBuilder("<img src=\"").append(attribute(src)).append("\" alt=\"").append(attribute(alt)).append('"');
        if (title != null) {
            img.append(" title=\"").append(attribute(title)).append('"');
        }
        StringBuilder classes = new StringBuilder();
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1) != null) {
                classes.append(classes.length() == 0 ? "" : " ").append(a.group(1));
            } else if (a.group(2) != null) {
                img.append(" id=\"").append(attribute(a.group(2))).append('"');
            } else {
                String key = a.group(3).toLowerCase(Locale.ROOT);
                String value = a.group(4) != null ? a.group(4) : a.group(5) != null ? a.group(5) : a.group(6);
                if (key.equals("class")) {
                    classes.append(classes.length() == 0 ? "" : " ").append(value);
                } else if (IMAGE_ATTRIBUTES.contains(key)) {
                    img.append(' ').append(key).append("=\"").append(attribute(value.replaceFirst("(?i)px$", ""))).append('"');
                } else if (key.equals("style")) {
                    Matcher w = STYLE_SIZE.matcher(value); // the site allows no inline style; its size survives as attributes
                    while (w.find()) {
                        img.append(' ').append(w.group(1).toLowerCase(Locale.ROOT)).append("=\"").append(w.group(2).replaceFirst("(?i)px$", "")).append('"');
                    }
                }
            }
        }
        if (classes.length() > 0) {
            img.append(" class=\"").append(attribute(classes.toString())).append('"');
        }
        return img.append('>').toString();
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
