package org.scholarfolio.markdown;

import java.util.Set;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Takes {@code $...$} and {@code $$...$$} out of the inline text before emphasis runs, so that
 * {@code $a_1 * b_2$} keeps its underscores and stars. Follows Pandoc's rule for single dollars
 * (no space just inside, no digit just after the closing one) so that "$5 and $10" stays text.
 */
final class MathInlineParser implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new MathInlineParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        int dollars = scanner.matchMultiple('$');
        if (dollars == 2) {
            return display(scanner);
        }
        if (dollars == 1) {
            return inline(scanner, start);
        }
        return ParsedInline.none();
    }

    private static ParsedInline display(Scanner scanner) {
        Position contentStart = scanner.position();
        while (scanner.find('$') >= 0) {
            Position contentEnd = scanner.position();
            if (scanner.matchMultiple('$') == 2) {
                String tex = scanner.getSource(contentStart, contentEnd).getContent();
                if (!tex.isBlank()) {
                    return ParsedInline.of(new MathNode(tex.strip(), true), scanner.position());
                }
                return ParsedInline.none();
            }
        }
        return ParsedInline.none();
    }

    private static ParsedInline inline(Scanner scanner, Position start) {
        Position contentStart = scanner.position();
        char first = scanner.peek();
        if (first == Scanner.END || Character.isWhitespace(first)) {
            return ParsedInline.none();
        }
        while (scanner.find('$') >= 0) {
            Position contentEnd = scanner.position();
            String tex = scanner.getSource(contentStart, contentEnd).getContent();
            scanner.next();
            char after = scanner.peek();
            boolean closes = !tex.isEmpty() && !Character.isWhitespace(tex.charAt(tex.length() - 1))
                    && tex.charAt(tex.length() - 1) != '\\' && !Character.isDigit(after) && after != '$';
            if (closes) {
                return ParsedInline.of(new MathNode(tex, false), scanner.position());
            }
            if (after == '$') {
                return ParsedInline.none();
            }
        }
        return ParsedInline.none();
    }
}
