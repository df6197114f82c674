package org.scholarfolio.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.scholarfolio.math.KatexMathMl;
import org.scholarfolio.math.MathTypesetter;

/**
 * The one Markdown service of the app: the preview and the site export call the same instance (the
 * preview through {@link #withBlockMemo()}, the same engines and the same HTML), so what the
 * researcher sees is what gets published. Safe to share between threads.
 *
 * <p>Pipeline: parse (with {@code $...$} math kept as {@link MathNode}s and typeset to MathML, and the tags of
 * allowed elements read as a browser reads them, {@link BrowserTagParser}), undo autolinks inside raw
 * {@code <a>} elements ({@link RawAnchorAutolinks}), replace emoji shortcodes
 * in text nodes, render, then pass the HTML through an allow-list ({@link HtmlSanitizer}); Markdown
 * whose HTML is known to pass the allow-list unchanged skips that second parse ({@link AllowListedHtml}), and so
 * do typeset formulas ({@link MathMlAsWritten}): an export whose texts all take that path never sets up jsoup's
 * cleaner. Simple text ({@link SimpleMarkdown}: prose with the occasional emphasis, code, link, formula or emoji
 * shortcode, where each can be read one way only) is written without the parse as well.
 */
public final class MarkdownRenderer {
    private static final MarkdownRenderer SHARED = new MarkdownRenderer();

    /** Texts shorter than this are rendered whole: their render costs less than cutting them up. */
    static final int BLOCK_MEMO_FROM = 2_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Made at its first use: Markdown the allow-list path covers, formulas included, never needs jsoup. */
    private final SanitizerOnFirstUse sanitizer;
    /** Writes the allow-list's HTML directly for Markdown it covers; null: everything goes through the sanitiser. */
    private final AllowListedHtml allowListed;
    /** Simple text ({@link SimpleMarkdown}) is written without a parse; false only to compare with the parse. */
    private final boolean simpleText;
    /** The allow-list path's inline formulas, for {@link SimpleMarkdown}; null without that path. */
    private final SimpleMarkdown.Formulas formulas;
    /** Null: every text is rendered whole (the export); else long texts are rendered block by block (the preview). */
    private final BlockMemo blocks;
    private final int blocksFrom;

    public MarkdownRenderer() {
        this(KatexMathMl.shared());
    }

    private MarkdownRenderer(MarkdownRenderer engines, BlockMemo blocks, int blocksFrom) {
        this.parser = engines.parser;
        this.renderer = engines.renderer;
        this.sanitizer = engines.sanitizer;
        this.allowListed = engines.allowListed;
        this.simpleText = engines.simpleText;
        this.formulas = engines.formulas;
        this.blocks = blocks;
        this.blocksFrom = blocksFrom;
    }

    /**
     * A renderer giving the same HTML as this one, which keeps the HTML of the blocks of the long
     * texts it renders ({@link BlockMemo}) and renders again only the blocks that changed: for the
     * live preview, which renders the whole page after every key. Safe to share between threads.
     */
    public MarkdownRenderer withBlockMemo() {
        return withBlockMemo(BLOCK_MEMO_FROM);
    }

    MarkdownRenderer withBlockMemo(int fromLength) {
        return new MarkdownRenderer(this, new BlockMemo(), fromLength);
    }

    /** How many blocks the memo rendered rather than reused; 0 without one. */
    long blocksRendered() {
        return blocks == null ? 0 : blocks.blocksRendered();
    }

    /** A renderer whose formulas {@code math} typesets. */
    public MarkdownRenderer(MathTypesetter math) {
        this(math, true);
    }

    /** {@code allowListedPath} false: every text is parsed again by the sanitiser (to compare the two paths). */
    MarkdownRenderer(MathTypesetter math, boolean allowListedPath) {
        this(math, allowListedPath, allowListedPath);
    }

    /** {@code simpleTextPath} false: simple text ({@link SimpleMarkdown}) is parsed too (to compare the two paths). */
    MarkdownRenderer(MathTypesetter math, boolean allowListedPath, boolean simpleTextPath) {
        simpleText = simpleTextPath;
        sanitizer = new SanitizerOnFirstUse();
        blocks = null;
        blocksFrom = 0;
        // Headings get their ids from HeadingIds, which writes what commonmark's heading-anchor
        // extension writes without its cost per render; the extension changes no parsing.
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                AutolinkExtension.create(),
                FootnotesExtension.create(),
                StrikethroughExtension.create(),
                TaskListItemsExtension.create());
        parser = Parser.builder()
                .extensions(extensions)
                .customInlineContentParserFactory(new MathInlineParser.Factory())
                .customInlineContentParserFactory(new BrowserTagParser.Factory())
                .build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(HeadingIds.FACTORY)
                .nodeRendererFactory(context -> new MathNodeRenderer(context, math))
                .nodeRendererFactory(UnclosedTag.Renderer::new)
                .sanitizeUrls(true)
                // sanitizing makes every link rel="nofollow", which is for links others post; a
                // researcher's own links (papers, lab, co-authors) are theirs and should be followed
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link && "nofollow".equals(attributes.get("rel"))) {
                        attributes.remove("rel");
                    }
                })
                .softbreak("\n")
                .build();
        allowListed = allowListedPath
                ? new AllowListedHtml(extensions, formula -> cleanFormula(renderer.render(formula)))
                : null;
        formulas = allowListed == null ? null : allowListed::inlineFormula;
    }

    /** The instance shared by preview and export. */
    public static MarkdownRenderer shared() {
        return SHARED;
    }

    /**
     * One formula as Markdown's {@code $…$} or {@code $$…$$} is written: a span holding the typeset
     * MathML, or the source marked as an error. For the inline fields (title, venue, names), which
     * are not Markdown but show their math the same way.
     */
    public String mathHtml(String tex, boolean display) {
        return renderer.render(new MathNode(HtmlCharacters.replaceForbidden(tex), display));
    }

    /** Renders a block of Markdown (a bio, a news body, a page) to safe HTML. */
    public RenderedMarkdown render(String markdown) {
        return render(markdown, LinkRewriter.NONE);
    }

    /** As {@link #render(String)}, with every link and image address passed through {@code links}. */
    public RenderedMarkdown render(String markdown, LinkRewriter links) {
        return render(markdown, links, false);
    }

    /**
     * As {@link #render(String, LinkRewriter)}; {@code opensPage} says the text starts the page's
     * content (a bio, a page's body), so its first image is on the first screen and is not lazy.
     */
    public RenderedMarkdown render(String markdown, LinkRewriter links, boolean opensPage) {
        if (markdown == null || markdown.isBlank()) {
            return RenderedMarkdown.EMPTY;
        }
        markdown = HtmlCharacters.replaceForbidden(markdown);
        if (blocks != null && markdown.length() >= blocksFrom) {
            RenderedMarkdown byBlock = blocks.render(markdown, links, opensPage,
                    (block, recording) -> renderWhole(block, recording, opensPage));
            if (byBlock != null) {
                return byBlock;
            }
        }
        return renderWhole(markdown, links, opensPage);
    }

    /** A block of a longer text may be white space to Java and text to Markdown (a form feed): no blank check here. */
    private RenderedMarkdown renderWhole(String markdown, LinkRewriter links, boolean opensPage) {
        if (simpleText) {
            RenderedMarkdown simple = SimpleMarkdown.render(markdown, false, links, formulas);
            if (simple != null) {
                return simple;
            }
        }
        Node document = parse(markdown);
        try {
            boolean math = containsMath(document);
            String html = allowListed == null ? null : allowListed.render(document, links);
            return new RenderedMarkdown(html != null ? html : sanitizer.get().clean(renderer.render(document), links, opensPage),
                    math);
        } catch (StackOverflowError e) {
            return new RenderedMarkdown(sanitizer.get().clean(renderer.render(asWritten(markdown)), links, opensPage), false);
        }
    }

    /**
     * Renders a one-line field (subtitle, address line, title) without a wrapping paragraph.
     * Block syntax that is not a paragraph is rendered as it would be in a block.
     */
    public RenderedMarkdown renderInline(String markdown) {
        return renderInline(markdown, LinkRewriter.NONE);
    }

    /** As {@link #renderInline(String)}, with every link and image address passed through {@code links}. */
    public RenderedMarkdown renderInline(String markdown, LinkRewriter links) {
        if (markdown == null || markdown.isBlank()) {
            return RenderedMarkdown.EMPTY;
        }
        String stripped = HtmlCharacters.replaceForbidden(markdown.strip());
        if (simpleText) {
            RenderedMarkdown simple = SimpleMarkdown.render(stripped, true, links, formulas);
            if (simple != null) {
                return simple;
            }
        }
        Node document = parse(stripped);
        try {
            return renderInline(document, links);
        } catch (StackOverflowError e) {
            return renderInline(asWritten(stripped), links);
        }
    }

    private RenderedMarkdown renderInline(Node document, LinkRewriter links) {
        boolean math = containsMath(document);
        String allowListedHtml = allowListed == null ? null : allowListed.renderInline(document, links);
        if (allowListedHtml != null) {
            return new RenderedMarkdown(allowListedHtml, math);
        }
        return new RenderedMarkdown(sanitizer.get().clean(AllowListedHtml.joinedInline(document, renderer), links), math);
    }

    /**
     * What a reader sees of some Markdown, as one line of plain text: the marks rendered away
     * ({@code Elected a **Fellow**} reads "Elected a Fellow"), emoji shortcodes as their emoji, a
     * formula as its TeX source between dollars, raw HTML left out, blocks and line breaks as spaces.
     * For a list's cell or a name where the text stands for a record with no title of its own.
     */
    public String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        parse(markdown.strip()).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append(' ');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append(' ');
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof MathNode math) {
                    String dollars = math.display() ? "$$" : "$";
                    text.append(dollars).append(math.tex()).append(dollars);
                } else if (node instanceof UnclosedTag tag) {
                    text.append(tag.literal());
                } else {
                    visitChildren(node);
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** A formula's HTML through the allow-list: as it is when that is what the allow-list would give back. */
    private String cleanFormula(String html) {
        String unchanged = MathMlAsWritten.unchanged(html);
        return unchanged != null ? unchanged : sanitizer.get().clean(html, LinkRewriter.NONE);
    }

    /** The sanitiser, shared by the renderers made from one ({@link #withBlockMemo}), set up when first asked for. */
    private static final class SanitizerOnFirstUse {
        private volatile HtmlSanitizer made;

        HtmlSanitizer get() {
            HtmlSanitizer sanitizer = made;
            if (sanitizer == null) {
                synchronized (this) {
                    sanitizer = made;
                    if (sanitizer == null) {
                        sanitizer = new HtmlSanitizer();
                        made = sanitizer;
                    }
                }
            }
            return sanitizer;
        }
    }

    private Node parse(String markdown) {
        try {
            Node document = parser.parse(markdown);
            document.accept(new RawAnchorAutolinks());
            document.accept(new EmojiShortcodes());
            return document;
        } catch (StackOverflowError e) {
            // The parser's post-processors, the visitors and the HTML renderer recurse once per level
            // of nesting: 100,000 nested quotes overflow the stack. Such text is shown as written.
            return asWritten(markdown);
        }
    }

    private static Node asWritten(String markdown) {
        Document document = new Document();
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(markdown));
        document.appendChild(paragraph);
        return document;
    }

    private static boolean containsMath(Node document) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof MathNode) {
                    found[0] = true;
                } else {
                    visitChildren(node);
                }
            }
        });
        return found[0];
    }
}
