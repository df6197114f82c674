package org.scholarfolio.markdown;

import java.util.Set;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * The rest of a text from a tag that a browser would read to the text's end ({@link BrowserTagParser}): shown
 * as written. A node of its own rather than text, so that no address in it is autolinked and no emphasis or
 * tag after it is read: none of it becomes markup.
 */
final class UnclosedTag extends CustomNode {
    private final String literal;

    UnclosedTag(String literal) {
        this.literal = literal;
    }

    String literal() {
        return literal;
    }

    /** Writes the text escaped. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(UnclosedTag.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().text(((UnclosedTag) node).literal());
        }
    }
}
