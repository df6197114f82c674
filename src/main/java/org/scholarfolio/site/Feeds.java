package org.scholarfolio.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.scholarfolio.site.Views.NewsView;

/**
 * The site's machine-facing files: an Atom feed of the news, a sitemap and robots.txt. Addresses
 * are absolute only when the site has a base URL; a sitemap is written only then, since the
 * protocol requires absolute addresses.
 */
final class Feeds {
    private final String title;
    private final String author;
    private final String baseUrl;
    private final LocalDate updated;

    Feeds(String title, String author, String baseUrl, LocalDate updated) {
        this.title = title;
        this.author = author.isBlank() ? title : author;
        this.baseUrl = baseUrl;
        this.updated = updated;
    }

    String atom(List<NewsView> news) {
        // Without a base URL every entry's id is a name-based UUID: one digest for the whole feed.
        MessageDigest md5 = baseUrl.isEmpty() ? md5() : null;
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(xml(title)).append("</title>\n")
                .append("  <id>").append(xml(baseUrl.isEmpty() ? urn(md5, "site:" + title) : baseUrl)).append("</id>\n")
                .append("  <link href=\"").append(xml(address("index.html", ""))).append("\"/>\n");
        if (!baseUrl.isEmpty()) {
            out.append("  <link rel=\"self\" href=\"").append(xml(baseUrl + "feed.xml")).append("\"/>\n");
        }
        LocalDate newest = news.isEmpty() ? updated : IsoDates.day(news.get(0).isoDate());
        out.append("  <updated>").append(timestamp(newest)).append("</updated>\n")
                .append("  <author><name>").append(xml(author)).append("</name></author>\n");
        for (NewsView n : news) {
            String link = n.inline() ? address("news/index.html#" + n.id(), "news/#" + n.id())
                    : address(n.pageHref(), Routes.pretty(n.pageHref()));
            // An entry's id names it for good, whatever its address: an item that had a folder
            // (news/<slug>/, before its page became news/<slug>.html) keeps that id, so feed
            // readers do not show every item again as new.
            String id = baseUrl.isEmpty() ? urn(md5, "news:" + n.id()) : n.inline() ? link : baseUrl + "news/" + n.id() + "/";
            out.append("  <entry>\n")
                    .append("    <title>").append(xml(n.title())).append("</title>\n")
                    .append("    <id>").append(xml(id)).append("</id>\n")
                    .append("    <link href=\"").append(xml(link)).append("\"/>\n")
                    .append("    <updated>").append(midnight(n.isoDate())).append("</updated>\n")
                    .append("    <content type=\"html\">").append(xml(n.homeHtml())).append("</content>\n")
                    .append("  </entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    /** A page of the sitemap: its address below the base URL and when its content last changed (W3C date). */
    record SitemapEntry(String path, String lastmod) {
    }

    String sitemap(List<SitemapEntry> pages) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapEntry p : pages) {
            out.append("  <url><loc>").append(xml(baseUrl + p.path())).append("</loc><lastmod>").append(p.lastmod())
                    .append("</lastmod></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    String robots() {
        return "User-agent: *\nAllow: /\n" + (baseUrl.isEmpty() ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n");
    }

    /** The feed's own folder is the site root, so without a base URL links stay relative to it. */
    private String address(String relative, String pretty) {
        return baseUrl.isEmpty() ? relative : baseUrl + pretty;
    }

    private static String urn(MessageDigest md5, String name) {
        return "urn:uuid:" + nameUuid(md5, name.getBytes(StandardCharsets.UTF_8));
    }

    /** A digest for one feed's ids. */
    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /**
     * {@link UUID#nameUUIDFromBytes}, a version 3 UUID, from a digest kept for the feed: that method asks the
     * security providers for an MD5 digest on every call, which was half of the feed's time.
     */
    static UUID nameUuid(MessageDigest md5, byte[] name) {
        byte[] hash = md5.digest(name);
        hash[6] = (byte) (hash[6] & 0x0f | 0x30); // version 3: named, MD5
        hash[8] = (byte) (hash[8] & 0x3f | 0x80); // the IETF variant
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | hash[i] & 0xff;
            low = low << 8 | hash[i + 8] & 0xff;
        }
        return new UUID(high, low);
    }

    static String timestamp(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).toString().replace("Z", "") + ":00Z";
    }

    /**
     * {@link #timestamp} of the day a news view's {@code isoDate} ({@link LocalDate#toString}) names: its midnight,
     * UTC, written on to that text without parsing it to a date and formatting the date back.
     */
    static String midnight(String isoDate) {
        return isoDate + "T00:00:00Z";
    }

    static String xml(String s) {
        // Runs of characters kept as they are copied whole, one test per character, and no copy at all when
        // nothing is escaped or dropped: a news item's HTML, escaped whole, went a character and a call at a
        // time, in the interpreter for the feed's first hundred or so entries (BENCHMARKS.md session 36).
        int length = s.length();
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' && c != '\r' : c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                if (out == null) {
                    out = new StringBuilder(length + length / 8);
                }
                out.append(s, run, i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&apos;");
                    default -> {
                        // a control character XML 1.0 may not hold: dropped
                    }
                }
                run = i + 1;
            }
        }
        return out == null ? s : out.append(s, run, length).toString();
    }
}
