package org.scholarfolio.importer.alfolio;

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
 * (dedented, between blank lines); kramdown attribute lists ({@code {:.class}}, {@code {: #id}})
 * are dropped, as CommonMark would print them. Text outside HTML blocks is not touched.
 */
final class KramdownHtml {
    /** CommonMark's block-level tags (HTML block type 6), the ones kramdown also treats as blocks. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html",
            "iframe", "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Pattern OPENING = Pattern.compile("^ {0,3}<([A-Za-z][A-Za-z0-9]*)(?=[\\s/>]|$)");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^>]*?(/?)>");
    private static final Pattern MARKDOWN_ATTR = Pattern.compile("\\s+markdown\\s*=\\s*[\"']?(?:1|block|span)[\"']?");
    /** A kramdown attribute list or a block IAL on a line of its own, or trailing a line. */
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("(?m)^[ \\t]*\\{:[^}\\n]*}[ \\t]*\\n?|[ \\t]*\\{:[^}\\n]*}");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private KramdownHtml() {
    }

    static String toCommonMark(String markdown) {
        if (markdown.indexOf('<') < 0 && !markdown.contains("{:")) {
            return markdown;
        }
        return blocks(markdown);
    }

    private static String blocks(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean inFence = false;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            Matcher open = inFence ? null : OPENING.matcher(line);
            String tag = open != null && open.find() ? open.group(1).toLowerCase(Locale.ROOT) : null;
            int end = tag == null || !BLOCK_TAGS.contains(tag) ? -1 : closingLine(lines, i, tag);
            if (end < 0) {
                out.append(inFence ? line : dropAttributeLists(line));
                if (i < lines.length - 1) {
                    out.append('\n');
                }
                i++;
                continue;
            }
            appendBlock(out, lines, i, end, tag);
            i = end + 1;
            if (i < lines.length) {
                out.append('\n');
                if (!lines[i].isBlank()) {
                    out.append('\n'); // kramdown starts Markdown again after the closing tag; CommonMark needs a blank line
                }
            }
        }
        return out.toString();
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
                if (!m.group(2).equalsIgnoreCase(tag) || !m.group(3).isEmpty()) {
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
            out.append(md.replaceFirst("")).append("\n\n");
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
        for (int i = from; i <= to; i++) {
            if (lines[i].isBlank()) {
                continue; // a blank line would end the block in CommonMark
            }
            if (!first) {
                out.append('\n');
            }
            out.append(i == from ? MARKDOWN_ATTR.matcher(lines[i]).replaceFirst("") : lines[i]);
            first = false;
        }
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

    /** kramdown applies {@code {:.class}} lists to the element before them; CommonMark would print them, so they go. */
    private static String dropAttributeLists(String line) {
        return line.contains("{:") ? ATTRIBUTE_LIST.matcher(line).replaceAll("") : line;
    }
}
