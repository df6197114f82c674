package org.scholarfolio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inline text of a title, venue, name, award or note, as the model holds it: Unicode text with a
 * small LaTeX subset (see docs/decisions/inline-text-in-the-model.md): protective braces {@code {BERT}},
 * {@code \emph{…}} / {@code \textit{…}}, {@code \textbf{…}}, {@code \textsc{…}},
 * {@code \textsubscript{…}}, {@code \textsuperscript{…}}, {@code \texttt{…}} and math {@code $…$} /
 * {@code $$…$$}. {@code \{} and {@code \}} are braces shown as text (BibTeX's literal braces,
 * {@code \{112\}}). Everything else, an unknown command or a brace without a partner included, is
 * literal text. One parser; the site, CSL-JSON and the editor each render the same tree.
 */
public final class InlineText {

    /** A piece of inline text. */
    public sealed interface Node permits Plain, Styled, Protected, Math {
    }

    /** Text shown as it is. */
    public record Plain(String text) implements Node {
    }

    /** Text with one kind of markup. */
    public record Styled(Style style, List<Node> children) implements Node {
        public Styled {
            children = List.copyOf(children);
        }
    }

    /** Text in protective braces: its case stays as written (CSL's {@code nocase}). */
    public record Protected(List<Node> children) implements Node {
        public Protected {
            children = List.copyOf(children);
        }
    }

    /** A formula, with its TeX source (without the dollars). */
    public record Math(String tex, boolean display) implements Node {
    }

    /** The markup the model keeps, with the LaTeX command that writes it. */
    public enum Style {
        EMPHASIS("emph"), ITALIC("textit"), BOLD("textbf"), SMALL_CAPS("textsc"), SUBSCRIPT("textsubscript"),
        SUPERSCRIPT("textsuperscript"), CODE("texttt");

        private final String command;

        Style(String command) {
            this.command = command;
        }

        public String command() {
            return command;
        }
    }

    private static final Map<String, Style> BY_COMMAND = Map.of("emph", Style.EMPHASIS, "textit", Style.ITALIC,
            "textbf", Style.BOLD, "textsc", Style.SMALL_CAPS, "textsubscript", Style.SUBSCRIPT,
            "textsuperscript", Style.SUPERSCRIPT, "texttt", Style.CODE);

    /** Groups nested deeper than this are literal text: bounded work on hostile input. */
    private static final int MAX_DEPTH = 32;
    /** A depth that makes every brace literal text. */
    private static final int BRACES_LITERAL = 1_000;

    private final List<Node> nodes;

    private InlineText(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    public static InlineText parse(String text) {
        String s = text == null ? "" : text;
        if (s.indexOf('$') < 0 && s.indexOf('\\') < 0 && s.indexOf('{') < 0 && s.indexOf('}') < 0) {
            // Nothing but text, as most titles, venues and notes are: found by the runtime's searches, not by the
            // parse's calls per character, which ran in the interpreter for an export's first hundred or so
            // papers (BENCHMARKS.md session 36). The parse gives the same: one piece of text, or none.
            return new InlineText(s.isEmpty() ? List.of() : List.of(new Plain(s)));
        }
        return new InlineText(parse(s, 0, s.length(), bracesGroup(s) ? 0 : BRACES_LITERAL));
    }

    /**
     * Braces group text only when all of them pair up and none is empty; otherwise every brace is
     * literal, as the BibTeX writer spells them ({@code \textbraceleft{}}), so TeX prints them too.
     */
    public static boolean bracesGroup(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isEscapedBrace(s, i, s.length())) {
                i++; // \{ is a brace as text, it groups nothing
            } else if (ch == '{') {
                depth++;
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    return false;
                }
            } else if (ch == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** What a reader sees, as plain text: no braces, no commands; math as its TeX source between dollars. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        appendPlain(nodes, out);
        return out.toString();
    }

    /** Plain text of a model value: {@code {Energy}-Neutral} is {@code Energy-Neutral}. */
    public static String plain(String text) {
        return text.indexOf('{') < 0 && text.indexOf('}') < 0 && text.indexOf('\\') < 0 ? text : parse(text).plain();
    }

    public boolean containsMath() {
        return containsMath(nodes);
    }

    private static boolean containsMath(List<Node> nodes) {
        for (Node n : nodes) {
            if (n instanceof Math || n instanceof Styled s && containsMath(s.children())
                    || n instanceof Protected p && containsMath(p.children())) {
                return true;
            }
        }
        return false;
    }

    private static void appendPlain(List<Node> nodes, StringBuilder out) {
        for (Node n : nodes) {
            if (n instanceof Plain p) {
                out.append(p.text());
            } else if (n instanceof Styled s) {
                appendPlain(s.children(), out);
            } else if (n instanceof Protected p) {
                appendPlain(p.children(), out);
            } else if (n instanceof Math m) {
                out.append(m.display() ? "$$" : "$").append(m.tex()).append(m.display() ? "$$" : "$");
            }
        }
    }

    private static List<Node> parse(String s, int from, int to, int depth) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        MathSpans math = null;
        int i = from;
        while (i < to) {
            char ch = s.charAt(i);
            if (ch == '$' && (depth < MAX_DEPTH || depth == BRACES_LITERAL)) {
                math = math != null ? math : new MathSpans(s, to);
                boolean display = math.display(i);
                int close = math.end(i);
                // empty math ("$$" read as "$" + "$") is text
                if (close > 0 && close > i + (display ? 4 : 2)) {
                    flush(text, nodes);
                    int open = display ? 2 : 1;
                    nodes.add(new Math(s.substring(i + open, close - open), display));
                    i = close;
                    continue;
                }
            } else if (isEscapedBrace(s, i, to)) {
                text.append(s.charAt(i + 1));
                i += 2;
                continue;
            } else if (ch == '\\' && depth < MAX_DEPTH) {
                int end = i + 1;
                while (end < to && Character.isLetter(s.charAt(end)) && s.charAt(end) < 128) {
                    end++;
                }
                Style style = BY_COMMAND.get(s.substring(i + 1, end));
                int close = style != null && end < to && s.charAt(end) == '{' ? matchBrace(s, end, to) : -1;
                if (close > 0) {
                    flush(text, nodes);
                    nodes.add(new Styled(style, parse(s, end + 1, close, depth + 1)));
                    i = close + 1;
                    continue;
                }
            } else if (ch == '{' && depth < MAX_DEPTH) {
                int close = matchBrace(s, i, to);
                if (close > i + 1) {
                    flush(text, nodes);
                    nodes.add(new Protected(parse(s, i + 1, close, depth + 1)));
                    i = close + 1;
                    continue;
                }
            }
            text.append(ch);
            i++;
        }
        flush(text, nodes);
        return nodes;
    }

    /** {@code \{} and {@code \}}: a brace the text shows, where a bare one would group text. */
    private static boolean isEscapedBrace(String s, int i, int to) {
        return s.charAt(i) == '\\' && i + 1 < to && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '}');
    }

    private static void flush(StringBuilder text, List<Node> nodes) {
        if (text.length() > 0) {
            nodes.add(new Plain(text.toString()));
            text.setLength(0);
        }
    }

    private static int matchBrace(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
