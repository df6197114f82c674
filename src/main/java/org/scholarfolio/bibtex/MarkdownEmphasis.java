package org.scholarfolio.bibtex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Emphasis in a Markdown field and LaTeX's: {@code *text*} is {@code \emph{text}} and
 * {@code **text**} is {@code \textbf{text}} in BibTeX, so an abstract's emphasis survives
 * export-bibtex and import. Only {@code *} delimiters are written as commands (import writes
 * {@code *}, so {@code _text_} stays as typed); which runs are emphasis is CommonMark's decision.
 */
final class MarkdownEmphasis {

    /** Built on first use: reading LaTeX asks only {@link #delimiterFor}, and an import should not load a Markdown parser for it. */
    private static final class Holder {
        static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    /** A delimiter run of the text and what BibTeX writes for it. */
    record Delimiter(int length, String latex) {
    }

    private MarkdownEmphasis() {
    }

    /** The Markdown delimiters LaTeX's emphasis commands read back to, or "" for markup Markdown lacks. */
    static String delimiterFor(String command) {
        return switch (command) {
            case "emph", "textit" -> "*";
            case "textbf" -> "**";
            default -> "";
        };
    }

    /**
     * The {@code *} delimiter runs of the text's emphasis, by their index, skipping any run that
     * {@code insideMath} says the writer copies as math.
     */
    static Map<Integer, Delimiter> delimiters(String text, IntPredicate insideMath) {
        Map<Integer, Delimiter> found = new HashMap<>();
        if (text.indexOf('*') < 0) {
            return found;
        }
        Holder.PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Emphasis emphasis) {
                add(emphasis, emphasis, "\\emph{");
                visitChildren(emphasis);
            }

            @Override
            public void visit(StrongEmphasis strong) {
                add(strong, strong, "\\textbf{");
                visitChildren(strong);
            }

            private void add(Node node, Delimited delimited, String open) {
                List<SourceSpan> spans = node.getSourceSpans();
                String opening = delimited.getOpeningDelimiter();
                if (spans.isEmpty() || !opening.startsWith("*")) {
                    return;
                }
                int start = spans.get(0).getInputIndex();
                SourceSpan last = spans.get(spans.size() - 1);
                int closeAt = last.getInputIndex() + last.getLength() - delimited.getClosingDelimiter().length();
                boolean asWritten = text.startsWith(opening, start) && text.startsWith(delimited.getClosingDelimiter(), closeAt)
                        && closeAt > start && !insideMath.test(start) && !insideMath.test(closeAt);
                if (asWritten) {
                    found.put(start, new Delimiter(opening.length(), open));
                    found.put(closeAt, new Delimiter(delimited.getClosingDelimiter().length(), "}"));
                }
            }
        });
        return found;
    }
}
