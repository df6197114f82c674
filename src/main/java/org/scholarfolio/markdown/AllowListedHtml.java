package org.scholarfolio.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Writes Markdown as the HTML {@link HtmlSanitizer} would give back for it, without parsing the
 * HTML again, for the documents where that can be known from the Markdown alone: no raw HTML, no
 * images, footnotes or task lists, no table with an aligned column (the allow-list drops {@code align}),
 * and links whose address the allow-list keeps as it is.
 * Those documents are most of a portfolio (abstracts, news, titles), and the allow-list's parse,
 * clean and serialisation was a tenth of a large export's processor time.
 *
 * <p>What this trusts: commonmark writes no element and no attribute of its own that the allow-list
 * would drop for the node types {@link #covers} accepts (paragraphs, emphasis, code, links, headings
 * with their anchors, lists, quotes, rules, strikethrough, tables, formulas); text, code and attribute values
 * are escaped here the way jsoup serialises them, and void elements are written as jsoup writes them.
 * Formulas are cleaned once per formula: taken as they are when {@link MathMlAsWritten} shows the allow-list
 * would give them back unchanged, else by the sanitiser itself. {@code AllowListedHtmlProperties}
 * compares this path with the sanitiser byte for byte over generated and hostile Markdown.
 */
final class AllowListedHtml {
    private static final Set<Class<? extends Node>> COVERED = Set.of(Document.class, Paragraph.class, Text.class,
            Emphasis.class, StrongEmphasis.class, Code.class, SoftLineBreak.class, HardLineBreak.class, Link.class,
            Heading.class, BulletList.class, OrderedList.class, ListItem.class, BlockQuote.class, ThematicBreak.class,
            FencedCodeBlock.class, IndentedCodeBlock.class, LinkReferenceDefinition.class, Strikethrough.class,
            MathNode.class, TableBlock.class, TableHead.class, TableBody.class, TableRow.class, TableCell.class);
    /** Formulas cleaned so far; a portfolio repeats few, and a bound keeps a hostile one from filling memory. */
    private static final int MATH_CACHE_LIMIT = 4_096;

    private final HtmlRenderer renderer;
    private final Function<MathNode, String> cleanMath;
    private final Map<MathKey, String> mathCache = new ConcurrentHashMap<>();
    private final UrlSanitizer urls = new DefaultUrlSanitizer();

    private record MathKey(String tex, boolean display) {
        // Written out, as the records looked up while exporting are: the generated methods are
        // linked on their first call, which costs a fresh process more than all later calls.
        @Override
        public boolean equals(Object o) {
            return o instanceof MathKey k && display == k.display && java.util.Objects.equals(tex, k.tex);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(tex) + Boolean.hashCode(display);
        }
    }

    /**
     * {@code extensions}: the parser's (headings' ids come from {@link HeadingIds}); {@code cleanMath}:
     * a formula's HTML as the full renderer writes it, passed through the allow-list.
     */
    AllowListedHtml(List<Extension> extensions, Function<MathNode, String> cleanMath) {
        this.cleanMath = cleanMath;
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(HeadingIds.FACTORY)
                .nodeRendererFactory(context -> new JsoupDialect(context, this))
                .softbreak("\n")
                .build();
    }

    /**
     * The HTML the sanitiser would return for {@code document} with its links passed through
     * {@code links}, or null when this path does not cover the document (then the sanitiser must).
     * On success the document's link addresses have been replaced by their final form.
     */
    String render(Node document, LinkRewriter links) {
        List<Link> found = covers(document);
        if (found == null) {
            return null;
        }
        rewriteLinks(found, links);
        return renderer.render(document).strip();
    }

    /** As {@link #render}, for the inline nodes of a one-line field joined as the full renderer joins them. */
    String renderInline(Node document, LinkRewriter links) {
        List<Link> found = covers(document);
        if (found == null) {
            return null;
        }
        rewriteLinks(found, links);
        return joinedInline(document).strip();
    }

    /**
     * {@link #joinedInline(Node, HtmlRenderer)} with each paragraph rendered once rather than once per
     * inline node: a render sets up every node renderer afresh. The same HTML, because none of the
     * inline nodes this path covers starts with a line break of the writer's, which is all a render
     * of its own would write differently; the paragraph adds only its {@code <p>} and {@code </p>}.
     */
    private String joinedInline(Node document) {
        StringBuilder html = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; ) {
            String rendered = renderer.render(block);
            if (!(block instanceof Paragraph)) {
                html.append(rendered);
            } else if (rendered.startsWith(PARAGRAPH_OPEN) && rendered.endsWith(PARAGRAPH_CLOSE)) {
                html.append(rendered, PARAGRAPH_OPEN.length(), rendered.length() - PARAGRAPH_CLOSE.length());
            } else {
                // not a paragraph as commonmark writes one today: its inline nodes one by one, as before
                for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
                    html.append(renderer.render(inline));
                }
            }
            block = block.getNext();
            if (block != null) {
                html.append(' ');
            }
        }
        return html.toString();
    }

    private static final String PARAGRAPH_OPEN = "<p>";
    private static final String PARAGRAPH_CLOSE = "</p>\n";

    /** The document's links when every node is one this path writes as the sanitiser would; else null. */
    private List<Link> covers(Node document) {
        Coverage coverage = new Coverage();
        document.accept(coverage);
        return coverage.covered ? coverage.links : null;
    }

    /** Sanitised as commonmark does, then as {@link HtmlSanitizer#clean} rewrites them. */
    private void rewriteLinks(List<Link> found, LinkRewriter links) {
        for (Link link : found) {
            String value = urls.sanitizeLinkUrl(link.getDestination()).strip();
            String rewritten = value.isEmpty() ? "" : links.rewrite(value);
            link.setDestination(rewritten == null || rewritten.isEmpty() ? null : rewritten);
        }
    }

    private String cleanedMath(MathNode node) {
        MathKey key = new MathKey(node.tex(), node.display());
        String cached = mathCache.get(key);
        if (cached == null) {
            if (mathCache.size() >= MATH_CACHE_LIMIT) {
                mathCache.clear();
            }
            cached = cleanMath.apply(node);
            mathCache.put(key, cached);
        }
        return cached;
    }

    /**
     * The HTML this path writes for the inline formula {@code $tex$}, or null when the allow-list's HTML of it
     * needs the sanitiser's link and media rules ({@link SimpleMarkdown}'s formulas).
     */
    String inlineFormula(String tex) {
        String clean = cleanedMath(new MathNode(tex, false));
        return writtenAsCleaned(clean) ? clean : null;
    }

    /** A formula's MathML holding a link or an image would need the rewriter and media rules. */
    private static boolean writtenAsCleaned(String clean) {
        return !(clean.contains("<a ") || clean.contains("<a>") || clean.contains("<img")
                || clean.contains("<iframe") || clean.contains("<input"));
    }

    private final class Coverage extends AbstractVisitor {
        boolean covered = true;
        final List<Link> links = new ArrayList<>();
        private int linkDepth;

        @Override
        protected void visitChildren(Node parent) {
            for (Node node = parent.getFirstChild(); node != null && covered; node = node.getNext()) {
                if (!COVERED.contains(node.getClass())) {
                    covered = false;
                    return;
                }
                node.accept(this);
            }
        }

        @Override
        public void visit(Link link) {
            // A link in a link is taken apart by an HTML parser; only the sanitiser knows how.
            if (linkDepth > 0 || !keptAsWritten(urls.sanitizeLinkUrl(link.getDestination()).strip())) {
                covered = false;
                return;
            }
            links.add(link);
            linkDepth++;
            visitChildren(link);
            linkDepth--;
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof MathNode math) {
                // A formula's MathML holding a link or an image would need the rewriter and media rules.
                if (!writtenAsCleaned(cleanedMath(math))) {
                    covered = false;
                }
                return;
            }
            if (node instanceof TableCell cell && cell.getAlignment() != null) {
                // commonmark writes the column's alignment as an align attribute, which the allow-list drops.
                covered = false;
                return;
            }
            visitChildren(node);
        }
    }

    /**
     * Addresses the allow-list keeps unchanged: web addresses ({@code http://}, {@code https://}) with a
     * plain host, mail addresses, both without white space, backslashes or other than ASCII, and addresses without a
     * scheme (relative, or a fragment without white space), which it resolves to https, that do not start with a
     * quote mark ({@link AddressQuotes}).
     */
    static boolean keptAsWritten(String href) {
        if (href.isEmpty()) {
            return true;
        }
        if (AddressQuotes.startsWithQuote(href)) {
            return false; // the allow-list takes the quote marks off
        }
        String lower = href.length() > 8 ? href.substring(0, 8).toLowerCase(java.util.Locale.ROOT)
                : href.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            // "http:s://x", "http:x" or "https:///x" do not resolve as web addresses: the allow-list drops them
            return hasPlainHost(href, href.indexOf("//") + 2) && isPlainAscii(href);
        }
        if (lower.startsWith("mailto:")) {
            return isPlainAscii(href);
        }
        if (href.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':' || c <= ' ' || c == '\\' || c >= 127) {
                return false;
            }
            if (c == '/' || c == '?' || c == '#') {
                return isPlainAscii(href);
            }
        }
        return true;
    }

    /** A host of letters, digits, dots and hyphens at {@code from}, then an optional port, then the path or the end. */
    private static boolean hasPlainHost(String href, int from) {
        int i = from;
        while (i < href.length() && (Character.isLetterOrDigit(href.charAt(i)) || ".-".indexOf(href.charAt(i)) >= 0)) {
            i++;
        }
        if (i == from) {
            return false;
        }
        if (i < href.length() && href.charAt(i) == ':') {
            int port = ++i;
            while (i < href.length() && href.charAt(i) >= '0' && href.charAt(i) <= '9') {
                i++;
            }
            if (i == port || i - port > 5) {
                return false;
            }
        }
        return i == href.length() || "/?#".indexOf(href.charAt(i)) >= 0;
    }

    private static boolean isPlainAscii(String href) {
        // a loop, not a stream: asked of every link of every paper, and a stream's pipeline is a dozen
        // of the JDK's methods more for the quick compiler
        for (int i = 0; i < href.length(); i++) {
            char x = href.charAt(i);
            if (x <= ' ' || x == '\\' || x >= 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text as jsoup writes it between tags and in attributes (UTF-8 output, base entities): markup
     * characters and the no-break space as entities, other control characters and unpaired
     * surrogates as numeric references, everything else as it is.
     */
    static void escape(String s, boolean inAttribute, StringBuilder out) {
        escape(s, 0, s.length(), inAttribute, out);
    }

    /** As {@link #escape(String, boolean, StringBuilder)}, for the characters of {@code s} from {@code from} to {@code to}. */
    static StringBuilder escape(String s, int from, int to, boolean inAttribute, StringBuilder out) {
        // A run of characters written as they are goes into the builder in one append: an append per character
        // was most of this loop's time in an export's pages (BENCHMARKS.md session 36).
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= ' ' ? c != '&' && c != '<' && c != '>' && c != '\u00A0' && (c != '"' || !inAttribute)
                    && (c < '\uD800' || c > '\uDFFF') : c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            out.append(s, run, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\u00A0' -> out.append("&nbsp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append("&#x").append(Integer.toHexString(c)).append(';'); // a control character, a lone surrogate
                    }
                }
            }
            run = i + 1;
        }
        return out.append(s, run, to);
    }

    /** The core renderer's output for the nodes whose HTML jsoup would write differently. */
    private static final class JsoupDialect implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final AllowListedHtml owner;
        private final StringBuilder buffer = new StringBuilder();

        JsoupDialect(HtmlNodeRendererContext context, AllowListedHtml owner) {
            this.context = context;
            this.html = context.getWriter();
            this.owner = owner;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class, Code.class, Link.class, HardLineBreak.class, ThematicBreak.class,
                    FencedCodeBlock.class, IndentedCodeBlock.class, MathNode.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Text text) {
                html.raw(escaped(text.getLiteral(), false));
            } else if (node instanceof Code code) {
                html.raw("<code>");
                html.raw(escaped(code.getLiteral(), false));
                html.raw("</code>");
            } else if (node instanceof Link link) {
                buffer.setLength(0);
                buffer.append("<a");
                if (link.getDestination() != null) {
                    buffer.append(" href=\"");
                    escape(link.getDestination(), true, buffer);
                    buffer.append('"');
                }
                if (link.getTitle() != null) {
                    buffer.append(" title=\"");
                    escape(link.getTitle(), true, buffer);
                    buffer.append('"');
                }
                html.raw(buffer.append('>').toString());
                for (Node child = link.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    context.render(child);
                    child = next;
                }
                html.raw("</a>");
            } else if (node instanceof HardLineBreak) {
                html.raw("<br>");
                html.line();
            } else if (node instanceof ThematicBreak) {
                html.line();
                html.raw("<hr>");
                html.line();
            } else if (node instanceof FencedCodeBlock block) {
                String info = block.getInfo();
                String language = info == null || info.isEmpty() ? null
                        : info.indexOf(' ') < 0 ? info : info.substring(0, info.indexOf(' '));
                codeBlock(block.getLiteral(), language);
            } else if (node instanceof IndentedCodeBlock block) {
                codeBlock(block.getLiteral(), null);
            } else if (node instanceof MathNode math) {
                html.raw(owner.cleanedMath(math));
            }
        }

        private void codeBlock(String literal, String language) {
            html.line();
            html.raw(language == null ? "<pre><code>" : "<pre><code class=\"" + escaped("language-" + language, true) + "\">");
            html.raw(escaped(literal, false));
            html.raw("</code></pre>");
            html.line();
        }

        private String escaped(String s, boolean inAttribute) {
            buffer.setLength(0);
            escape(s, inAttribute, buffer);
            return buffer.toString();
        }
    }

    /**
     * A one-line field's HTML: each paragraph's inline nodes without the paragraph, blocks joined by
     * one space. Both the fast path and the sanitised path join this way, so they agree.
     */
    static String joinedInline(Node document, HtmlRenderer renderer) {
        StringBuilder html = new StringBuilder();
        Node block = document.getFirstChild();
        while (block != null) {
            if (block instanceof Paragraph) {
                for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
                    html.append(renderer.render(inline));
                }
            } else {
                html.append(renderer.render(block));
            }
            block = block.getNext();
            if (block != null) {
                html.append(' ');
            }
        }
        return html.toString();
    }
}
