package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.List;
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

    /** A link, as al-folio sites write one into a venue or a note: {@code <a href="…">GEM Workshop</a>}. */
    private static final Pattern ANCHOR = Pattern.compile("(?is)<a(\\s[^<>]*)?>(.*?)</a\\s*>");
    private static final Pattern HREF = Pattern.compile("(?is)\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'<>]+))");

    private HtmlInlineTags() {
    }

    /** An HTML character reference, as text copied from a web page carries it ({@code Information \&amp; Management}). */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile(
            "&(amp|lt|gt|quot|apos|nbsp|ndash|mdash);|&#(\\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "ndash", "\u2013", "mdash", "\u2014");

    /** A field's text with its HTML character references read as the characters they name. */
    record CharactersRead(String value, String firstReference, String firstCharacter) {
    }

    /**
     * A text field holding HTML character references ({@code &amp;}, {@code &#233;}): al-folio's page prints
     * the field as HTML, so a visitor reads the character, where the portfolio, which keeps text, would show
     * the reference itself; null when the field has none (or only ones naming no character).
     */
    static CharactersRead withCharacterReferencesRead(String value) {
        if (value.indexOf('&') < 0) {
            return null;
        }
        Matcher m = CHARACTER_REFERENCE.matcher(value);
        StringBuilder sb = new StringBuilder();
        String first = null;
        String firstCharacter = null;
        while (m.find()) {
            String character = character(m);
            if (character == null) {
                continue;
            }
            if (first == null) {
                first = m.group();
                firstCharacter = character;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(character));
        }
        if (first == null) {
            return null;
        }
        m.appendTail(sb);
        return new CharactersRead(sb.toString(), first, firstCharacter);
    }

    private static String character(Matcher m) {
        if (m.group(1) != null) {
            return NAMED.get(m.group(1));
        }
        int codePoint = m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16);
        return codePoint > 0 && Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)
                ? new String(Character.toChars(codePoint)) : null;
    }

    /** One {@code <a>} taken out of a field: the text the page shows and the address it linked to ("" without one). */
    record Anchor(String text, String address) {
    }

    /** A field with its links read as their text, and the links in the order they were written. */
    record Unlinked(String value, List<Anchor> anchors) {
    }

    /**
     * A text field holding HTML links, as al-folio sites write them because the page prints the field as
     * HTML ({@code journal = {<a href="https://…">GEM Workshop</a>, EMNLP}}): each link becomes its text,
     * so the site and the editor show what al-folio's page shows, and its address is given back for the
     * caller to keep; null when the field has no {@code <a>…</a>}.
     */
    static Unlinked withoutAnchors(String value) {
        if (value.indexOf('<') < 0) {
            return null;
        }
        Matcher m = ANCHOR.matcher(value);
        if (!m.find()) {
            return null;
        }
        List<Anchor> anchors = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        do {
            String text = m.group(2).strip();
            anchors.add(new Anchor(text, href(m.group(1))));
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        } while (m.find());
        m.appendTail(sb);
        return new Unlinked(sb.toString().strip(), List.copyOf(anchors));
    }

    /** The address in an opening tag's attributes ({@code href="…"}, {@code href='…'} or bare), or "". */
    static String href(String attributes) {
        if (attributes == null) {
            return "";
        }
        Matcher h = HREF.matcher(attributes);
        if (!h.find()) {
            return "";
        }
        String address = h.group(1) != null ? h.group(1) : h.group(2) != null ? h.group(2) : h.group(3);
        return address.strip().replace("&amp;", "&");
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
