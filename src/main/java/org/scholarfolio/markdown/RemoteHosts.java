package org.scholarfolio.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which other sites a page may load images and embeds from. A host is named exactly (no wildcard,
 * no port); an address loads only over https, on the default port, with no user part, from a host
 * the site setting names. Everything else stays a link the reader may follow.
 */
public final class RemoteHosts {
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    private RemoteHosts() {
    }

    /**
     * The host name a setting entry names, lower case: {@code www.youtube.com}, also when written
     * as {@code https://www.youtube.com/}; empty for anything else (a port, a path, a wildcard, an
     * address without a dot, an IP address).
     */
    public static Optional<String> settingEntry(String entry) {
        if (entry == null) {
            return Optional.empty();
        }
        String host = entry.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("https://")) {
            host = host.substring("https://".length());
        }
        if (host.endsWith("/")) {
            host = host.substring(0, host.length() - 1);
        }
        return HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    /** The host of a web address (http, https or scheme-relative), lower case; empty when it has none. */
    static Optional<String> hostOf(String address) {
        try {
            URI uri = new URI(address.strip());
            String host = uri.getHost();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (host == null || !(scheme.isEmpty() || scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            return Optional.of(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} may be loaded on a page that allows {@code allowed} hosts. */
    static boolean mayLoad(String address, Set<String> allowed) {
        if (allowed.isEmpty()) {
            return false;
        }
        try {
            URI uri = new URI(address.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null && uri.getPort() == -1
                    && uri.getHost() != null && allowed.contains(uri.getHost().toLowerCase(Locale.ROOT))
                    && uri.getRawAuthority().equals(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether an address leaves the site: it has a scheme or starts with "//". */
    static boolean isRemote(String address) {
        String a = address.strip();
        return a.startsWith("//") || a.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }
}
