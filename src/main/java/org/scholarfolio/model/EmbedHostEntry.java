package org.scholarfolio.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of {@code site.embedHosts}: a host name written exactly ({@code www.youtube.com}, also
 * as {@code https://www.youtube.com/}), never a pattern, port, path or address. The validator, the
 * editor's Problems list and the export all read entries through this one rule.
 */
public final class EmbedHostEntry {
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern PORT = Pattern.compile(".*:\\d+$");

    private EmbedHostEntry() {
    }

    /** The host name the entry names, lower case; empty when the entry is anything else. */
    public static Optional<String> hostName(String entry) {
        if (entry == null) {
            return Optional.empty();
        }
        String host = withoutHttpsAndSlash(entry.strip().toLowerCase(Locale.ROOT));
        return HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }

    /** What is wrong with an entry, as a sentence fragment ("has a port …"), or empty when it names a host. */
    public static Optional<String> problem(String entry) {
        if (hostName(entry).isPresent()) {
            return Optional.empty();
        }
        String e = entry == null ? "" : entry.strip().toLowerCase(Locale.ROOT);
        String reason;
        if (e.isEmpty()) {
            reason = "is empty";
        } else if (e.startsWith("http://")) {
            reason = "uses http://; only https is loaded, so write the host name alone";
        } else if (!e.startsWith("https://") && SCHEME.matcher(e).matches() && !PORT.matcher(e).matches()) {
            reason = "is an address, not a host name; write the host name alone";
        } else if (e.indexOf('*') >= 0) {
            reason = "has a wildcard; name each host exactly";
        } else {
            String host = withoutHttpsAndSlash(e);
            if (host.indexOf('@') >= 0) {
                reason = "has a user part; write the host name alone";
            } else if (host.indexOf('/') >= 0 || host.indexOf('?') >= 0 || host.indexOf('#') >= 0) {
                reason = "has a path; write the host name alone";
            } else if (host.startsWith("[") || IPV4.matcher(host).matches()) {
                reason = "is an IP address; name the host";
            } else if (PORT.matcher(host).matches()) {
                reason = "has a port; only https's default port is used";
            } else if (host.indexOf('.') < 0) {
                reason = "is not a full host name (it has no dot)";
            } else {
                reason = "is not a host name";
            }
        }
        return Optional.of(reason + " (such as www.youtube.com)");
    }

    /** The warning for entry {@code index} when it names no host (what is wrong, and that it is ignored); null when it does. */
    public static Diagnostic ignored(int index, String entry) {
        return problem(entry).map(reason -> Diagnostic.warning(FieldPath.parse("site.embedHosts[" + index + "]"),
                "\"" + entry + "\" " + reason + "; it is ignored, so images and embeds from it stay links")).orElse(null);
    }

    private static String withoutHttpsAndSlash(String host) {
        String h = host.startsWith("https://") ? host.substring("https://".length()) : host;
        return h.endsWith("/") ? h.substring(0, h.length() - 1) : h;
    }
}
