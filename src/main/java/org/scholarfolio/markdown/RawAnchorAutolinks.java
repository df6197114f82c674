package org.scholarfolio.markdown;

import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Undoes links made inside a raw HTML {@code <a>...</a>}, such as the autolink of the address in
 * {@code <a href="mailto:me@example.org">me@example.org</a>}. An anchor inside an anchor is not
 * valid HTML; browsers close the outer one first and the researcher's link shows up empty.
 */
final class RawAnchorAutolinks extends AbstractVisitor {
    private static final Pattern OPEN_A = Pattern.compile("(?i)^<a[\\s>].*");
    /** {@code </a>}, and {@code </a x>} as a browser reads it: attributes on an end tag are ignored. */
    private static final Pattern CLOSE_A = Pattern.compile("(?i)^</a(?:[\\s/][^>]*)?>$");

    @Override
    protected void visitChildren(Node parent) {
        boolean inRawAnchor = false;
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof HtmlInline html) {
                String literal = html.getLiteral().strip();
                if (OPEN_A.matcher(literal).matches()) {
                    inRawAnchor = true;
                } else if (CLOSE_A.matcher(literal).matches()) {
                    inRawAnchor = false;
                }
            } else if (inRawAnchor && node instanceof Link link) {
                Node first = link.getFirstChild();
                while (link.getFirstChild() != null) {
                    link.insertBefore(link.getFirstChild());
                }
                link.unlink();
                node = first != null ? first : next; // the moved children are visited in place
                continue;
            }
            node.accept(this);
            node = next;
        }
    }
}
