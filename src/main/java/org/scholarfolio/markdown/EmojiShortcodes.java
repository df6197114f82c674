package org.scholarfolio.markdown;

import java.util.List;

import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Text;

/**
 * Turns GitHub shortcodes such as {@code :rocket:} into emoji in text nodes only. Code spans and
 * blocks are other node types and are never visited; a link whose text is its own address (an
 * autolink) is skipped so that a URL never changes.
 */
final class EmojiShortcodes extends AbstractVisitor {

    @Override
    public void visit(Text text) {
        String literal = text.getLiteral();
        if (literal.indexOf(':') >= 0) {
            text.setLiteral(replace(literal));
        }
    }

    @Override
    public void visit(Link link) {
        if (link.getFirstChild() instanceof Text t && t.getNext() == null
                && sameAddress(t.getLiteral(), link.getDestination())) {
            return;
        }
        visitChildren(link);
    }

    static String replace(String s) {
        return EmojiManager.replaceAliases(s, (alias, emojis) -> first(alias, emojis));
    }

    private static String first(String alias, List<Emoji> emojis) {
        return emojis.isEmpty() ? alias : emojis.get(0).getEmoji();
    }

    private static boolean sameAddress(String text, String destination) {
        return destination != null && (destination.equals(text) || destination.endsWith(text)
                || destination.equals("mailto:" + text));
    }
}
