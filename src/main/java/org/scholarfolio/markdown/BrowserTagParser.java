package org.scholarfolio.markdown;

import java.util.Locale;
import java.util.Set;

import org.commonmark.node.HtmlInline;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads the tag of an element the allow-list keeps as a browser's HTML tokenizer reads it, where CommonMark's
 * stricter grammar would take it for text. A value opened by a typographic quote
 * ({@code <a href=”https://x.org/c">}), a value with a quote or {@code =} in it, attributes without a space
 * between them, an attribute named {@code @click}, an end tag with attributes ({@code </a x>}): a browser (and
 * the Jekyll sites researchers import) makes the element of each; CommonMark showed the tag as text, with the
 * address in it autolinked and the {@code </a>} after it taken as markup, half a tag shown and half read.
 * Taken here as raw HTML, such a tag goes to {@link HtmlSanitizer}, which parses it with an HTML5 parser,
 * keeps what the allow-list allows and writes it out again.
 *
 * <p>Tags of other elements are left to CommonMark's reading, which shows them as text where it does not
 * take them for HTML. A tag with an attribute's value that a browser would not end before the text ends
 * ({@code <a href="https://x.org/”>C</a> and "more"}) swallows the rest of the text in a browser; here the rest
 * is shown as written ({@link UnclosedTag}), none of it made markup. Without a value ({@code if i<j and *k*})
 * it is prose with a less-than sign, and CommonMark's reading stands.
 */
final class BrowserTagParser implements InlineContentParser {
    /** Real tags are far shorter; the bound keeps a text of many {@code <a b} linear. */
    static final int MAX_TAG = 2_000;

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('<');
        }

        @Override
        public InlineContentParser create() {
            return new BrowserTagParser();
        }
    }

    /** How the tokenizer left the tag: ended by its {@code >}, or not before the text's end, after an attribute's value or not. */
    private enum End { CLOSED, UNENDED_AFTER_VALUE, UNENDED, TOO_LONG }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next(); // '<'
        scanner.next('/');
        if (!isAsciiLetter(scanner.peek())) {
            return ParsedInline.none();
        }
        StringBuilder name = new StringBuilder();
        while (scanner.hasNext() && !isTagEnd(scanner.peek()) && name.length() < 32) {
            name.append(scanner.peek());
            scanner.next();
        }
        if (!HtmlSanitizer.allowsElement(name.toString().toLowerCase(Locale.ROOT))) {
            return ParsedInline.none();
        }
        End end = attributes(scanner);
        switch (end) {
            case CLOSED:
                HtmlInline html = new HtmlInline();
                html.setLiteral(source(scanner, start));
                return ParsedInline.of(html, scanner.position());
            case UNENDED_AFTER_VALUE:
                while (scanner.hasNext()) {
                    scanner.next();
                }
                return ParsedInline.of(new UnclosedTag(source(scanner, start)), scanner.position());
            default:
                return ParsedInline.none();
        }
    }

    /** The HTML5 tokenizer's states from after the tag name to the tag's {@code >} (WHATWG HTML 13.2.5.32-42). */
    private static End attributes(Scanner scanner) {
        int budget = MAX_TAG;
        boolean valued = false;
        while (budget-- > 0) {
            if (!scanner.hasNext()) {
                return valued ? End.UNENDED_AFTER_VALUE : End.UNENDED;
            }
            char c = scanner.peek();
            scanner.next();
            if (c == '>') {
                return End.CLOSED;
            }
            if (isWhitespace(c) || c == '/') {
                continue;
            }
            // an attribute's name: its first character may be '='
            budget -= skipWhile(scanner, x -> !isWhitespace(x) && x != '/' && x != '>' && x != '=');
            budget -= skipWhile(scanner, BrowserTagParser::isWhitespace);
            if (!scanner.next('=')) {
                continue;
            }
            budget -= skipWhile(scanner, BrowserTagParser::isWhitespace);
            valued = true;
            char quote = scanner.peek();
            if (quote == '"' || quote == '\'') {
                scanner.next();
                budget -= skipWhile(scanner, x -> x != quote);
                scanner.next(quote);
            } else {
                budget -= skipWhile(scanner, x -> !isWhitespace(x) && x != '>');
            }
        }
        return End.TOO_LONG;
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static int skipWhile(Scanner scanner, CharTest test) {
        int skipped = 0;
        while (scanner.hasNext() && test.test(scanner.peek()) && skipped <= MAX_TAG) {
            scanner.next();
            skipped++;
        }
        return skipped;
    }

    private static String source(Scanner scanner, Position start) {
        return scanner.getSource(start, scanner.position()).getContent();
    }

    private static boolean isTagEnd(char c) {
        return isWhitespace(c) || c == '/' || c == '>';
    }

    /** The tokenizer's white space; a line's end reaches it as a line feed. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
