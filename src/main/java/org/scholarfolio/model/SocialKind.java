package org.scholarfolio.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The social and profile links al-folio knows (jekyll-socials keys), in its display order, with the
 * address each value turns into and the Font Awesome 6 icon ({@code style/name}) shown for it.
 * A link whose kind is not listed here is a {@link SocialLink#CUSTOM custom} link.
 */
public enum SocialKind {
    ACADEMIA_EDU("academia_edu", "Academia.edu", "https://%s.academia.edu/", "solid/graduation-cap"),
    ACM_ID("acm_id", "ACM Digital Library", "https://dl.acm.org/profile/%s/", "solid/book"),
    ARXIV_ID("arxiv_id", "arXiv", "https://arxiv.org/a/%s", "solid/file-lines"),
    BLOGGER_URL("blogger_url", "Blogger", null, "brands/blogger"),
    BLUESKY_URL("bluesky_url", "Bluesky", null, "brands/bluesky"),
    CV_PDF("cv_pdf", "CV", null, "solid/file-pdf"),
    DBLP_URL("dblp_url", "DBLP", null, "solid/database"),
    DISCORD_ID("discord_id", "Discord", "https://discord.com/users/%s", "brands/discord"),
    EMAIL("email", "Email", "mailto:%s", "solid/envelope"),
    FACEBOOK_ID("facebook_id", "Facebook", "https://facebook.com/%s", "brands/facebook"),
    FLICKR_ID("flickr_id", "Flickr", "https://www.flickr.com/photos/%s", "brands/flickr"),
    GITHUB_USERNAME("github_username", "GitHub", "https://github.com/%s", "brands/github"),
    GITLAB_USERNAME("gitlab_username", "GitLab", "https://gitlab.com/%s", "brands/gitlab"),
    HAL_ID("hal_id", "HAL", "https://cv.hal.science/%s", "solid/building-columns"),
    IEEE_ID("ieee_id", "IEEE Xplore", "https://ieeexplore.ieee.org/author/%s", "solid/book"),
    INSPIREHEP_ID("inspirehep_id", "INSPIRE", "https://inspirehep.net/authors/%s", "solid/atom"),
    INSTAGRAM_ID("instagram_id", "Instagram", "https://instagram.com/%s", "brands/instagram"),
    KAGGLE_ID("kaggle_id", "Kaggle", "https://www.kaggle.com/%s", "brands/kaggle"),
    KEYBASE_USERNAME("keybase_username", "Keybase", "https://keybase.io/%s", "brands/keybase"),
    LASTFM_ID("lastfm_id", "Last.fm", "https://www.last.fm/user/%s", "brands/lastfm"),
    LATTES_ID("lattes_id", "Lattes", "http://lattes.cnpq.br/%s", "solid/id-card"),
    LEETCODE_ID("leetcode_id", "LeetCode", "https://leetcode.com/u/%s/", "solid/code"),
    LETTERBOXD_ID("letterboxd_id", "Letterboxd", "https://letterboxd.com/%s", "solid/film"),
    LINKEDIN_USERNAME("linkedin_username", "LinkedIn", "https://www.linkedin.com/in/%s", "brands/linkedin"),
    MASTODON_USERNAME("mastodon_username", "Mastodon", "https://%s", "brands/mastodon"),
    MEDIUM_USERNAME("medium_username", "Medium", "https://medium.com/@%s", "brands/medium"),
    ORCID_ID("orcid_id", "ORCID", "https://orcid.org/%s", "brands/orcid"),
    OSF_ID("osf_id", "OSF", "https://osf.io/%s/", "solid/lock-open"),
    PINTEREST_ID("pinterest_id", "Pinterest", "https://www.pinterest.com/%s", "brands/pinterest"),
    PUBLONS_ID("publons_id", "Publons", "https://publons.com/a/%s/", "solid/book-open"),
    QUORA_USERNAME("quora_username", "Quora", "https://www.quora.com/profile/%s", "brands/quora"),
    RESEARCH_GATE_PROFILE("research_gate_profile", "ResearchGate", "https://www.researchgate.net/profile/%s/", "brands/researchgate"),
    RSS_ICON("rss_icon", "RSS feed", null, "solid/square-rss"),
    SCHOLAR_USERID("scholar_userid", "Google Scholar", "https://scholar.google.com/citations?user=%s", "brands/google-scholar"),
    SCOPUS_ID("scopus_id", "Scopus", "https://www.scopus.com/authid/detail.uri?authorId=%s", "solid/magnifying-glass"),
    SEMANTICSCHOLAR_ID("semanticscholar_id", "Semantic Scholar", "https://www.semanticscholar.org/author/%s", "solid/graduation-cap"),
    SPOTIFY_ID("spotify_id", "Spotify", "https://open.spotify.com/user/%s", "brands/spotify"),
    STACKOVERFLOW_ID("stackoverflow_id", "Stack Overflow", "https://stackoverflow.com/users/%s", "brands/stack-overflow"),
    STRAVA_USERID("strava_userid", "Strava", "https://www.strava.com/athletes/%s", "brands/strava"),
    TELEGRAM_USERNAME("telegram_username", "Telegram", "https://telegram.me/%s", "brands/telegram"),
    UNSPLASH_ID("unsplash_id", "Unsplash", "https://unsplash.com/@%s", "brands/unsplash"),
    WECHAT_USERNAME("wechat_username", "WeChat", null, "brands/weixin"),
    WECHAT_QR("wechat_qr", "WeChat QR code", null, "brands/weixin"),
    WHATSAPP_NUMBER("whatsapp_number", "WhatsApp", "https://wa.me/%s", "brands/whatsapp"),
    WIKIDATA_ID("wikidata_id", "Wikidata", "https://www.wikidata.org/wiki/%s", "solid/barcode"),
    WIKIPEDIA_ID("wikipedia_id", "Wikipedia", "https://wikipedia.org/wiki/User:%s", "brands/wikipedia-w"),
    WORK_URL("work_url", "Work page", null, "solid/briefcase"),
    X_USERNAME("x_username", "X", "https://x.com/%s", "brands/x-twitter"),
    TWITTER_USERNAME("twitter_username", "Twitter", "https://twitter.com/%s", "brands/x-twitter"),
    YOUTUBE_ID("youtube_id", "YouTube", "https://youtube.com/@%s", "brands/youtube"),
    ZOTERO_USERNAME("zotero_username", "Zotero", "https://www.zotero.org/%s", "solid/book-bookmark");

    private final String key;
    private final String label;
    private final String urlTemplate;
    private final String icon;

    SocialKind(String key, String label, String urlTemplate, String icon) {
        this.key = key;
        this.label = label;
        this.urlTemplate = urlTemplate;
        this.icon = icon;
    }

    /** The key as al-folio writes it, e.g. {@code github_username}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Font Awesome 6 icon as {@code style/name}, e.g. {@code brands/github}. */
    public String icon() {
        return icon;
    }

    /** True when the value itself is an address or file path rather than an id to put into one. */
    public boolean valueIsAddress() {
        return urlTemplate == null && this != WECHAT_USERNAME && this != RSS_ICON;
    }

    /**
     * The address a value points to, or empty when the kind has none (a WeChat id is shown, not
     * linked; the RSS link points at the site's own feed and is resolved by the exporter).
     */
    public Optional<String> urlFor(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (this == WECHAT_USERNAME || this == RSS_ICON) {
            return Optional.empty();
        }
        if (urlTemplate == null) {
            return Optional.of(v);
        }
        if (this == EMAIL || this == MASTODON_USERNAME) {
            // An address or "host/@user": kept as typed, but for characters no address may hold, written as
            // the address's own escapes (a bracket or a space typed into a wrong address made a link no
            // browser reads the same way); validation rejects anything with a scheme.
            return Optional.of(urlTemplate.formatted(escapeOutsideUrl(v)));
        }
        return Optional.of(urlTemplate.formatted(encodePathSegment(v)));
    }

    public static Optional<SocialKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SocialKind::key).toList();
    }

    /**
     * {@code v} with every character outside the URL standard's code points percent-encoded as its UTF-8 bytes: all
     * but ASCII letters and digits, {@code !$&'()*+,-./:;=?@_~}, a {@code %} starting an escape, and characters from
     * U+00A0 on (not surrogates without their partner, nor noncharacters). The same string when there is none.
     */
    static String escapeOutsideUrl(String v) {
        StringBuilder out = null;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            int n = Character.charCount(c);
            boolean allowed = c < 0x80 ? Character.isLetterOrDigit(c) || "!$&'()*+,-./:;=?@_~".indexOf(c) >= 0
                    || c == '%' && i + 2 < v.length() && isHex(v.charAt(i + 1)) && isHex(v.charAt(i + 2))
                    : c >= 0xA0 && !Character.isSurrogate((char) c) && (c & 0xFFFE) != 0xFFFE && !(c >= 0xFDD0 && c <= 0xFDEF);
            if (!allowed && out == null) {
                out = new StringBuilder(v.length() + 8).append(v, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.appendCodePoint(c);
                } else {
                    // half a surrogate pair has no bytes of its own: the replacement character's, as a page shows it
                    int shown = Character.isSurrogate((char) c) && n == 1 ? 0xFFFD : c;
                    for (byte b : new String(Character.toChars(shown)).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                                .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                    }
                }
            }
            i += n;
        }
        return out == null ? v : out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String encodePathSegment(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
