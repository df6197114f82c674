package org.scholarfolio.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * thousand renders at 1,000 publications, nearly none with a heading. The numbering is the
 * generator's rules written out ({@link Numbering}): its string concatenation was the one in the
 * export that Java made a class for at run time (commonmark's jar joins strings through
 * {@code invokedynamic}), with the JDK's class-file writer run interpreted to make it.
 * {@code HeadingIdsTest} holds the two to the same HTML.
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
        private Numbering ids;

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

    /** A numbering for one render's headings, with the extension's defaults. */
    static Numbering generator() {
        return new Numbering();
    }

    /** The id of the heading whose text (its text and code nodes' literals) is {@code text}, numbered by {@code ids}. */
    static String id(Numbering ids, CharSequence text) {
        // The default locale's lower case, as the extension's provider takes it.
        return ids.id(text.toString().trim().toLowerCase());
    }

    /**
     * One render's ids as commonmark's {@code IdGenerator} gives them with no prefix or suffix and "id" for
     * none: the text in lower case, spaces as hyphens, only its runs of word characters and hyphens kept
     * (Unicode's word characters); the first heading of a text gets it as it is, the next ones "-1", "-2", ...
     */
    static final class Numbering {
        private static final Pattern ALLOWED = Pattern.compile("[\\w\\-_]+", Pattern.UNICODE_CHARACTER_CLASS);
        private final Map<String, Integer> seen = new HashMap<>();

        String id(String text) {
            StringBuilder kept = new StringBuilder();
            Matcher m = ALLOWED.matcher(text.toLowerCase().replace(" ", "-"));
            while (m.find()) {
                kept.append(m.group());
            }
            String id = kept.isEmpty() ? "id" : kept.toString();
            Integer count = seen.get(id);
            if (count == null) {
                seen.put(id, 1);
                return id;
            }
            seen.put(id, count + 1);
            return new StringBuilder(id.length() + 4).append(id).append('-').append(count.intValue()).toString();
        }
    }
}
