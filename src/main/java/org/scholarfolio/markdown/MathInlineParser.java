package org.scholarfolio.markdown;

import java.util.Set;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Takes {@code $...$} and {@code $$...$$} out of the inline text before emphasis runs, so that
 * {@code $a_1 * b_2$} keeps its underscores and stars. Follows Pandoc's rule for single dollars
 * (no space just inside, no digit just after the closing one) so that "$5 and $10" stays text.
 */
final class MathInlineParser implements InlineContentParser {
    // Bounds keep a text full of unmatched dollars linear; real formulas are far shorter.
    private static final int MAX_INLINE = 1_000;
    private static final int MAX_DISPLAY = 10_000;

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
        int dollars = scanner.matchMultiple('$');
        if (dollars == 2) {
            return display(scanner);
        }
        if (dollars == 1) {
            return inline(scanner);
        }
        return ParsedInline.none();
    }

    private static ParsedInline display(Scanner scanner) {
        StringBuilder tex = new StringBuilder();
        for (int budget = MAX_DISPLAY; scanner.hasNext() && budget > 0; budget--) {
            char c = scanner.peek();
            scanner.next();
            if (c == '$' && scanner.peek() == '$') {
                scanner.next();
                String formula = tex.toString().strip();
                return formula.isEmpty() ? ParsedInline.none()
                        : ParsedInline.of(new MathNode(formula, true), scanner.position());
            }
            tex.append(c);
        }
        return ParsedInline.none();
    }

    private static ParsedInline inline(Scanner scanner) {
        char first = scanner.peek();
        if (first == Scanner.END || Character.isWhitespace(first)) {
            return ParsedInline.none();
        }
        StringBuilder tex = new StringBuilder();
        for (int budget = MAX_INLINE; scanner.hasNext() && budget > 0; budget--) {
            char c = scanner.peek();
            scanner.next();
            if (c == '\\' && scanner.hasNext()) {
                // \$ inside a formula is a dollar sign, not the end.
                tex.append(c).append(scanner.peek());
                scanner.next();
                continue;
            }
            if (c == '$') {
                char after = scanner.peek();
                char last = tex.charAt(tex.length() - 1);
                if (!Character.isWhitespace(last) && !Character.isDigit(after) && after != '$') {
                    return ParsedInline.of(new MathNode(tex.toString(), false), scanner.position());
                }
                return ParsedInline.none();
            }
            tex.append(c);
        }
        return ParsedInline.none();
    }
}
