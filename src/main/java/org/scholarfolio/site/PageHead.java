package org.scholarfolio.site;

import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/** What every page's head says about it besides its content: its policy and its summary for previews. */
final class PageHead {
    private static final int MAX_DESCRIPTION = 200;

    private PageHead() {
    }

    /** The page's one inline style (the accent colour), as the template writes it. */
    static String accentStyle(String accent) {
        return ":root{--accent:" + accent + "}";
    }

    /**
     * Everything from the site itself and nothing else: no inline script, the one inline style by
     * its hash, no plugins, no forms, no base address from elsewhere.
     */
    static String contentSecurityPolicy(String accent) {
        return contentSecurityPolicy(accent, Set.of());
    }

    /** As above, and images and frames from exactly the {@code embedHosts} (over https) when there are any. */
    static String contentSecurityPolicy(String accent, Set<String> embedHosts) {
        String remote = embedHosts.stream().map(h -> " https://" + h).collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'; style-src 'self' '" + CspHash.of(accentStyle(accent))
                + "'; img-src 'self'" + remote + (remote.isEmpty() ? "" : "; frame-src" + remote)
                + "; object-src 'none'; base-uri 'self'; form-action 'none'";
    }

    /**
     * The text a reader sees in some HTML: a formula counts once, as its typeset characters, not
     * again as the TeX source its MathML carries for copying.
     */
    static String plainText(String html) {
        String plain = ReadableText.of(html);
        return plain != null ? plain : parsedText(html);
    }

    /**
     * Whether some HTML shows any text, as jsoup's text of the parsed fragment says, read without the parse where
     * {@link ReadableText} reads it as jsoup does: a formula, whose TeX annotation jsoup's text holds and ReadableText's
     * does not, is parsed. The home page asks it of each address line, the first page's only use of jsoup otherwise.
     */
    static boolean showsText(String html) {
        String read = html.contains("<annotation") ? null : ReadableText.of(html);
        return !(read != null ? read : Jsoup.parseBodyFragment(html).text()).isBlank();
    }

    /** As {@link #plainText}, from the parsed document: for HTML that {@link ReadableText} hands back. */
    static String parsedText(String html) {
        if (!html.contains("<annotation")) {
            return Jsoup.parseBodyFragment(html).text();
        }
        var doc = Jsoup.parseBodyFragment(html);
        doc.select("annotation").remove();
        for (var math : doc.select("math")) {
            math.replaceWith(new org.jsoup.nodes.TextNode(math.text().replace(" ", "")));
        }
        return doc.text();
    }

    /** The first sentence of some HTML's text, at most about 200 characters; "" for none. */
    static String firstSentence(String html) {
        return firstSentenceOfText(plainText(html));
    }

    /** As {@link #firstSentence}, of text already taken out of its HTML ({@link #plainText}). */
    static String firstSentenceOfText(String plainText) {
        String text = plainText.strip();
        int end = sentenceEnd(text);
        return shorten(end < 0 ? text : text.substring(0, end));
    }

    /**
     * Where the first sentence of {@code text} ends (after its {@code .}, {@code !} or {@code ?}), or -1: the end
     * of the first match of {@code [.!?](?=\s+\p{Lu}|\s*$)}, found by a loop over the text. Once per paper's page,
     * the expression ran in the interpreter or the quick compiler's code through a dozen of its node classes.
     */
    static int sentenceEnd(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < length && isRegexSpace(text.charAt(j))) {
                j++;
            }
            // \s+\p{Lu}, or \s*$ (the end, or a line terminator that is not \s and the text's last character)
            if (j == length || j > i + 1 && Character.getType(text.codePointAt(j)) == Character.UPPERCASE_LETTER
                    || j == length - 1 && (text.charAt(j) == '\u0085' || (text.charAt(j) | 1) == '\u2029')) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A character of {@code \s} (ASCII whitespace, as the regular expression reads it); ScholarMeta's page range too. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The text of some HTML, cut after a word to about 200 characters. */
    static String summary(String html) {
        return shorten(plainText(html).strip());
    }

    /**
     * An extra page's description: the text of its body without its headings and tables, which read run together
     * ("Positions Years Position Institution 1935– Fellow …" for a CV that opens with a heading and a table);
     * a page of nothing else keeps all its text.
     */
    static String pageSummary(String html) {
        if (!html.contains("<h") && !html.contains("<table")) {
            return summary(html);
        }
        // Plain HTML (headings, paragraphs, lists, quotes, emphasis, links) loses its headings without a parse: the
        // 1,000 export's one use of jsoup was its teaching page's description, ~20 ms of processor time loading and
        // interpreting the parser for an 80-character page. Not with a table, nor with a formula or a line break:
        // the parsed document's HTML, which the text is read from, spaces those apart from what follows.
        String withoutHeadings = html.contains("<math") || html.contains("<br") ? null : ReadableText.withoutHeadings(html);
        if (withoutHeadings != null) {
            String text = summary(withoutHeadings);
            return text.isBlank() ? summary(html) : text;
        }
        return parsedPageSummary(html);
    }

    /** As {@link #pageSummary}, from the parsed document. */
    static String parsedPageSummary(String html) {
        if (!html.contains("<h") && !html.contains("<table")) {
            return summary(html);
        }
        var doc = Jsoup.parseBodyFragment(html);
        doc.select("h1, h2, h3, h4, h5, h6, table").remove();
        String text = summary(doc.body().html());
        return text.isBlank() ? summary(html) : text;
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION);
        return text.substring(0, cut > MAX_DESCRIPTION / 2 ? cut : MAX_DESCRIPTION).strip() + "…";
    }

}
