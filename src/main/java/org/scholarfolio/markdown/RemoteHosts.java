package org.scholarfolio.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which other sites a page may load images and embeds from (the hosts as
 * {@code model.EmbedHostEntry} reads them from the site setting); an address loads only over https, on the default port, with no user part, from a host
 * the site setting names. Everything else stays a link the reader may follow.
 */
public final class RemoteHosts {
    private RemoteHosts() {
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
