package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedHostEntryTest {

    @ParameterizedTest
    @ValueSource(strings = {"www.youtube.com", "https://www.youtube.com/", " WWW.YouTube.com "})
    void anEntryNamesAHost(String entry) {
        assertThat(EmbedHostEntry.hostName(entry)).contains("www.youtube.com");
        assertThat(EmbedHostEntry.problem(entry)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                              | is empty
            http://www.youtube.com          | uses http://
            ftp://files.example.org         | is an address
            data:                           | is an address
            *.youtube.com                   | has a wildcard
            https://*.vimeo.com             | has a wildcard
            www.youtube.com:443             | has a port
            https://player.vimeo.com:8443/  | has a port
            https://www.youtube.com/embed   | has a path
            www.youtube.com/watch?v=x       | has a path
            user@www.youtube.com            | has a user part
            127.0.0.1                       | is an IP address
            [::1]                           | is an IP address
            localhost                       | has no dot
            youtube.com;script-src *        | has a wildcard
            'self'                          | has no dot
            www.you tube.com                | is not a host name
            -bad.example                    | is not a host name
            """)
    void anythingElseIsNoHostAndSaysWhy(String entry, String reason) {
        assertThat(EmbedHostEntry.hostName(entry)).as(entry).isEmpty();
        assertThat(EmbedHostEntry.problem(entry)).as(entry).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.youtube.com:443", "http://player.vimeo.com"})
    void theWarningNamesTheEntryAndItsPlaceInTheSetting(String entry) {
        Diagnostic d = EmbedHostEntry.ignored(2, entry);
        assertThat(d.path()).isEqualTo("site.embedHosts[2]");
        assertThat(d.isError()).isFalse();
        assertThat(d.message()).startsWith("\"" + entry + "\" ").contains("it is ignored");
    }
}
