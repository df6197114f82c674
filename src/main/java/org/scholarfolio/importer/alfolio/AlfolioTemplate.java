package org.scholarfolio.importer.alfolio;

import java.util.List;

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

    static boolean isExampleSocial(String value) {
        return SOCIAL_MARKERS.stream().anyMatch(value::contains);
    }
}
