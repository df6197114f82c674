package org.scholarfolio.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Text;

/**
 * Turns GitHub shortcodes such as {@code :rocket:} into emoji in text nodes only, as jemoji does on
 * an al-folio site. Only {@code :name:} with one of GitHub's alias names is converted, and only when
 * it stands apart from letters and digits, so "C:D:", "{:style" and emoticons like ":)" stay text.
 * Code spans and blocks are other node types and are never visited; a link whose text is its own
 * address (an autolink) is skipped so that a URL never changes.
 */
final class EmojiShortcodes extends AbstractVisitor {

    private static final Pattern SHORTCODE = Pattern.compile("(?<![\\p{L}\\p{N}]):([a-z0-9_+-]+):(?![\\p{L}\\p{N}])");

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
        Matcher m = SHORTCODE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            String alias = m.group();
            String emoji = GithubEmojiAliases.emoji(alias).orElse(null);
            if (emoji != null) {
                out.append(s, last, m.start()).append(emoji);
                last = m.end();
            }
        }
        return out.append(s, last, s.length()).toString();
    }

    private static boolean sameAddress(String text, String destination) {
        return destination != null && (destination.equals(text) || destination.endsWith(text)
                || destination.equals("mailto:" + text));
    }
}
