package org.scholarfolio.markdown;

import java.util.Map;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.AttributeProviderContext;
import org.commonmark.renderer.html.AttributeProviderFactory;

/**
 * Headings' {@code id} attributes as commonmark's {@code HeadingAnchorExtension} gives them (its
 * defaults: no prefix or suffix, "id" for a heading with no usable text, "a", "a-1" for repeats
 * within one text), with the id generator made at a render's first heading instead of at every
 * render. The extension's generator compiles a regular expression when it is made, and a render
 * sets up its attribute providers afresh: an export renders each abstract, title and venue, a few
 * thousand renders at 1,000 publications, nearly none with a heading. {@code HeadingIdsTest} holds
 * the two to the same HTML.
 */
final class HeadingIds implements AttributeProviderFactory {
    static final HeadingIds FACTORY = new HeadingIds();

    private HeadingIds() {
    }

    @Override
    public AttributeProvider create(AttributeProviderContext context) {
        return new PerRender();
    }

    /** One render's ids: numbered across that render's headings, as the extension's are. */
    private static final class PerRender implements AttributeProvider {
        private IdGenerator ids;

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (!(node instanceof Heading)) {
                return;
            }
            if (ids == null) {
                ids = generator();
            }
            StringBuilder text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }
            });
            attributes.put("id", id(ids, text));
        }
    }

    /** A generator for one render's headings, with the extension's defaults. */
    static IdGenerator generator() {
        return IdGenerator.builder().defaultId("id").prefix("").suffix("").build();
    }

    /** The id of the heading whose text (its text and code nodes' literals) is {@code text}, numbered by {@code ids}. */
    static String id(IdGenerator ids, CharSequence text) {
        // The default locale's lower case, as the extension's provider takes it.
        return ids.generateId(text.toString().trim().toLowerCase());
    }
}
