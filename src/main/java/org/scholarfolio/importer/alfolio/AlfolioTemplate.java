package org.scholarfolio.importer.alfolio;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the al-folio template ships as examples; found on many real sites that never replaced it.
 * The readers report what matches as template leftovers.
 */
final class AlfolioTemplate {
    private AlfolioTemplate() {
    }

    static final List<String> BIO_MARKERS = List.of("Write your biography here",
            "Tell the world about yourself. Link to your favorite",
            "Put your address / P.O. box / other info right",
            "Link to your social media connections, too");
    static final List<String> ADDRESS_MARKERS = List.of("555 your office number",
            "123 your address street", "Your City, State 12345",
            "Put your address / P.O. box / other info right here");
    static final List<String> NEWS_MARKERS = List.of("A simple inline announcement",
            "Announcements and news can be much longer than just quick inline posts",
            "A long announcement with details");
    static final List<String> SOCIAL_MARKERS = List.of("you@example.com",
            "qc6CJjYAAAAJ", "alberteinstein.com", "0000-0002-1825-0097", "1010907");
    static final String DESCRIPTION = "A simple, whitespace theme for academics";
    static final String SUBTITLE = "Affiliations</a>. Address. Contacts.";
    static final String SITE_HOST = "alshedivat.github.io";
    static final String LAST_NAME = "Einstein";

    /** Sentences of the template's example pages (its about_einstein.md bio, its teaching.md). */
    static final List<String> PAGE_MARKERS = List.of("Write your biography here",
            "Tell the world about yourself. Link to your favorite",
            "Put your address / P.O. box / other info right",
            "Link to your social media connections, too",
            "For now, this page is assumed to be a static description of your courses",
            "Organize your courses by years, topics, or universities, however you like");
    /** Letters a page may keep beside the template's paragraphs and still be the template's example. */
    private static final int OWN_TEXT_LETTERS = 80;

    /**
     * True when the page is the template's example found by its content, whatever its file is
     * called: it has the template's paragraphs and next to no text of its own.
     */
    static boolean isExamplePage(String body) {
        if (PAGE_MARKERS.stream().noneMatch(body::contains)) {
            return false;
        }
        int own = 0;
        for (String paragraph : body.split("\\n\\s*\\n")) {
            if (PAGE_MARKERS.stream().noneMatch(paragraph::contains)) {
                own += (int) paragraph.codePoints().filter(Character::isLetter).count();
            }
        }
        return own < OWN_TEXT_LETTERS;
    }

    /**
     * The sentences of the template's {@code footer_text}, untrue on a site Scholarfolio builds; each
     * may carry its links ({@code Powered by <a href=...>Jekyll</a> ...}) and run over lines.
     */
    private static final List<Pattern> FOOTER_SENTENCES = List.of(
            sentence("Powered by Jekyll with al-folio theme."), sentence("Hosted by GitHub Pages."),
            sentence("Photos from Unsplash."));
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** Words with tags and white space between them, as the footer's HTML writes them. */
    private static Pattern sentence(String words) {
        StringBuilder p = new StringBuilder("(?i)(?:<a\\b[^>]*>\\s*)?");
        String[] w = words.split(" ");
        for (int i = 0; i < w.length; i++) {
            p.append(i == 0 ? "" : "(?:\\s|<[^>]*>)+").append(Pattern.quote(w[i].replaceAll("\\.$", "")));
        }
        return Pattern.compile(p.append("(?:\\s|</a>)*\\.?").toString());
    }

    /**
     * The footer without the template's sentences (and without HTML comments, which show nothing),
     * or the footer as it is when it holds none of them.
     */
    static String footerWithoutTemplate(String footer) {
        String visible = HTML_COMMENT.matcher(footer).replaceAll("");
        String out = visible;
        for (Pattern p : FOOTER_SENTENCES) {
            out = p.matcher(out).replaceAll("");
        }
        if (out.equals(visible)) {
            return footer;
        }
        return TAG.matcher(out).replaceAll("").isBlank() ? "" : out.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("  +", " ").strip();
    }

    static boolean isExampleSocial(String value) {
        return SOCIAL_MARKERS.stream().anyMatch(value::contains);
    }
}
