package org.scholarfolio.model.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a link in the portfolio may point to: http, https or mailto addresses, or a relative path
 * that stays inside the portfolio folder. Everything else ({@code javascript:}, {@code data:},
 * {@code file:}, absolute paths, {@code ../} escapes) is refused.
 */
public final class LinkRules {
    private LinkRules() {
    }

    /** Empty when the link is acceptable, otherwise the reason it is not. */
    public static Optional<String> check(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        String s = link.strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return Optional.of("the link contains a control character");
            }
        }
        String scheme = scheme(s);
        if (scheme != null) {
            return switch (scheme) {
                case "http", "https", "mailto" -> parses(s);
                default -> Optional.of("links may use http, https or mailto, not \"" + scheme + ":\"");
            };
        }
        if (s.startsWith("//")) {
            return Optional.of("a link starting with // leaves the site; write https:// in front");
        }
        return isInsideFolder(s) ? Optional.empty()
                : Optional.of("the path \"" + s + "\" leaves the portfolio folder");
    }

    /** The scheme of an absolute link in lower case, or null for a relative one. */
    public static String scheme(String link) {
        int colon = link.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String head = link.substring(0, colon);
        // A slash, question mark or hash before the colon means the colon is part of a path.
        if (head.contains("/") || head.contains("?") || head.contains("#")) {
            return null;
        }
        return head.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * True for a link that is only a fragment ({@code #}, {@code #top}): al-folio sites write
     * {@code code = {#}} for a button whose address is still to come; in a portfolio it names no file.
     */
    public static boolean isPlaceholder(String link) {
        return link != null && link.strip().startsWith("#");
    }

    public static boolean isRelative(String link) {
        return link != null && !link.isBlank() && scheme(link.strip()) == null && !link.strip().startsWith("//");
    }

    /** True for a relative path that, after resolving {@code .} and {@code ..}, stays below its folder. */
    public static boolean isInsideFolder(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
            return false;
        }
        int depth = 0;
        for (String part : p.split("[?#]", 2)[0].split("/")) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return false;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return true;
    }

    /**
     * Why the host of an http or https address is not one a browser can reach, or empty: a host
     * holding a space, a control or one of the characters the URL standard forbids in a host
     * ("https://exa mple.org/") makes the whole address invalid, which percent-encoding cannot mend.
     */
    public static Optional<String> hostProblem(String address) {
        String s = address.strip();
        String scheme = scheme(s);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.empty();
        }
        int start = s.indexOf(':') + 1;
        while (start < s.length() && (s.charAt(start) == '/' || s.charAt(start) == '\\')) {
            start++;
        }
        int end = start;
        while (end < s.length() && "/?#\\".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String host = s.substring(start, end);
        host = host.substring(host.lastIndexOf('@') + 1);
        if (host.startsWith("[") && host.indexOf(']') > 0) {
            return Optional.empty();
        }
        int port = host.lastIndexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        if (host.isEmpty()) {
            return Optional.of("\"" + s + "\" names no host");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c <= 0x20 || c == 0x7f || "\"%<>[]^`{|}".indexOf(c) >= 0) {
                String what = c == ' ' ? "a space" : Character.isISOControl(c) ? "a control character" : "\"" + c + "\"";
                return Optional.of("\"" + s + "\" is not a well-formed address (its host \"" + host + "\" holds " + what + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> parses(String s) {
        Optional<String> host = hostProblem(s);
        if (host.isPresent()) {
            return host;
        }
        try {
            new URI(s.replace(" ", "%20"));
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("\"" + s + "\" is not a well-formed address (" + e.getReason() + ")");
        }
    }
}
