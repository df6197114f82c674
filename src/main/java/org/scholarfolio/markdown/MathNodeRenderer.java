package org.scholarfolio.markdown;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a formula as escaped text between {@code \( \)} or {@code \[ \]}, the delimiters the
 * page's KaTeX auto-render looks for; plain dollars elsewhere in the text are never typeset.
 */
final class MathNodeRenderer implements NodeRenderer {
    private final HtmlWriter html;

    MathNodeRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(MathNode.class);
    }

    @Override
    public void render(Node node) {
        MathNode math = (MathNode) node;
        html.tag("span", Map.of("class", math.display() ? "math display" : "math inline"));
        html.text(math.display() ? "\\[" + math.tex() + "\\]" : "\\(" + math.tex() + "\\)");
        html.tag("/span");
    }
}
