package org.scholarfolio.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.scholarfolio.math.MathSyntaxException;
import org.scholarfolio.math.MathTypesetter;

/**
 * Writes a formula as MathML, typeset here rather than by a script on the page. A formula that is
 * not valid TeX is shown as its source between {@code \( \)} or {@code \[ \]}, with the reason as
 * its tooltip, so the mistake is visible where it was made.
 */
final class MathNodeRenderer implements NodeRenderer {
    private final HtmlWriter html;
    private final MathTypesetter typesetter;

    MathNodeRenderer(HtmlNodeRendererContext context, MathTypesetter typesetter) {
        this.html = context.getWriter();
        this.typesetter = typesetter;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(MathNode.class);
    }

    @Override
    public void render(Node node) {
        MathNode math = (MathNode) node;
        String kind = math.display() ? "math display" : "math inline";
        String mathMl;
        try {
            mathMl = typesetter.toMathMl(math.tex(), math.display());
        } catch (MathSyntaxException e) {
            // In this order, each time: Map.of's order changes from one JVM to the next, and so did the page's bytes.
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", kind + " math-error");
            attributes.put("title", e.getMessage());
            html.tag("span", attributes);
            html.text(math.display() ? "\\[" + math.tex() + "\\]" : "\\(" + math.tex() + "\\)");
            html.tag("/span");
            return;
        }
        html.tag("span", Map.of("class", kind));
        html.raw(mathMl);
        html.tag("/span");
    }
}
