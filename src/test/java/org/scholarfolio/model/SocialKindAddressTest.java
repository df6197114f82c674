package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An e-mail or Mastodon value is linked as typed. Typed wrong ("ada]@example.org", "ada @example.org"), it made an
 * address with characters no address may hold (an HTML checker's one error on a site of hostile values, and a link
 * browsers read differently); those characters are written as the address's own escapes.
 */
class SocialKindAddressTest {
    @Test
    void anAddressAsTypedIsLinkedAsTyped() {
        assertThat(SocialKind.EMAIL.urlFor(" ada.lovelace+site@example.org ")).contains("mailto:ada.lovelace+site@example.org");
        assertThat(SocialKind.EMAIL.urlFor("zoë@exämple.org")).contains("mailto:zoë@exämple.org");
        assertThat(SocialKind.MASTODON_USERNAME.urlFor("mastodon.social/@ada")).contains("https://mastodon.social/@ada");
        assertThat(SocialKind.EMAIL.urlFor("a%20b@example.org")).contains("mailto:a%20b@example.org");
    }

    @Test
    void charactersNoAddressMayHoldAreEscaped() {
        assertThat(SocialKind.EMAIL.urlFor("ada]@example.org")).contains("mailto:ada%5D@example.org");
        assertThat(SocialKind.EMAIL.urlFor("ada lovelace@example.org")).contains("mailto:ada%20lovelace@example.org");
        assertThat(SocialKind.EMAIL.urlFor("a\"<b>@x.org")).contains("mailto:a%22%3Cb%3E@x.org");
        assertThat(SocialKind.EMAIL.urlFor("100%@x.org")).contains("mailto:100%25@x.org");
        assertThat(SocialKind.EMAIL.urlFor("a\uD800@x.org")).contains("mailto:a%EF%BF%BD@x.org");
    }
}
