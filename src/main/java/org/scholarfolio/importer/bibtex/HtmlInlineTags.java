package org.scholarfolio.importer.bibtex;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML emphasis in a BibTeX text field ({@code title = {Genome of <i>Cephalotus</i>}}), as al-folio
 * sites write it because their pages print the field as HTML. It becomes the LaTeX the model keeps
 * as markup ({@code \textit{Cephalotus}}), so the site shows italics, not tags, and BibTeX written
 * back is BibTeX. Only a tag closed by its own end tag is taken; anything else stays as written.
 */
final class HtmlInlineTags {
    private static final Pattern PAIR = Pattern.compile("(?is)<(i|em|b|strong|sub|sup)>((?:(?!</?\\1>).)*)</\\1>");
    private static final Map<String, String> COMMANDS = Map.of("i", "\\textit", "em", "\\emph", "b", "\\textbf",
            "strong", "\\textbf", "sub", "\\textsubscript", "sup", "\\textsuperscript");

    /** A span's tags (a class or a style around text) and line breaks, as al-folio sites write awards and notes. */
    private static final Pattern SPAN_TAG = Pattern.compile("(?i)</?span\\b[^<>]*>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)\\s*<br\\s*/?>\\s*");

    private HtmlInlineTags() {
    }

    /**
     * A text field written as HTML for an al-folio page, which prints it as HTML and so shows the text (an
     * award or a note {@code <span class="award">🏆 Best Paper</span><br> <span …>…</span>}): the text, with
     * the spans' tags taken out and a line break beside them as a separating semicolon; null without a span.
     */
    static String withoutSpansAndBreaks(String value) {
        // only around spans: a "<br>" typed alone into a field is the person's text, and written back as it was
        if (value.indexOf('<') < 0 || !SPAN_TAG.matcher(value).find()) {
            return null;
        }
        String out = LINE_BREAK.matcher(SPAN_TAG.matcher(value).replaceAll("")).replaceAll("; ").strip();
        out = out.replaceAll("^(?:;\\s*)+|(?:;\\s*)+$", "").strip();
        return out.equals(value) ? null : out;
    }

    static String toLatex(String value) {
        if (value.indexOf('<') < 0) {
            return value;
        }
        String out = value;
        for (int pass = 0; pass < 4; pass++) { // nested pairs, innermost first
            Matcher m = PAIR.matcher(out);
            if (!m.find()) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            do {
                String command = COMMANDS.get(m.group(1).toLowerCase(Locale.ROOT));
                m.appendReplacement(sb, Matcher.quoteReplacement(command + "{" + m.group(2) + "}"));
            } while (m.find());
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }
}
