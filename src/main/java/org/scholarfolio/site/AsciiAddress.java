package org.scholarfolio.site;

import java.net.IDN;
import java.nio.charset.StandardCharsets;

/**
 * An http(s) address as the machines that read it need it: the host in its ASCII (Punycode) form and
 * every other character outside ASCII percent-encoded as UTF-8. The sitemap protocol asks for such
 * addresses (RFC 3986), and so do robots.txt, canonical links and Google Scholar's tags; a researcher
 * types {@code https://müller.example/zé/} as it reads.
 */
final class AsciiAddress {
    private AsciiAddress() {
    }

    /** {@code url}, which starts with {@code scheme://}, in ASCII; an address already in ASCII is returned as it is. */
    static String of(String url) {
        if (url.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        int hostStart = url.indexOf("://") + 3;
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        return url.substring(0, hostStart) + host(url.substring(hostStart, hostEnd)) + percentEncoded(url.substring(hostEnd));
    }

    /** The authority's host in Punycode; a user name and a port stay as they are. */
    private static String host(String authority) {
        int at = authority.lastIndexOf('@');
        int colon = authority.indexOf(':', at + 1);
        int end = colon < 0 ? authority.length() : colon;
        String host = authority.substring(at + 1, end);
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notAHostName) {
            host = percentEncoded(host);
        }
        return percentEncoded(authority.substring(0, at + 1)) + host + authority.substring(end);
    }

    private static String percentEncoded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
