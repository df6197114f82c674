package org.scholarfolio.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A git remote address taken apart: the address to use (never with a password or token in it), the
 * user and secret a {@code https://user:token@host/...} address carried, and, for GitHub and
 * GitLab, the address their Pages service publishes the repository at.
 */
public record GitRemote(String url, String scheme, String host, List<String> path, String user, String secret) {
    public enum Host { GITHUB, GITLAB, OTHER }

    public GitRemote {
        path = List.copyOf(path);
    }

    /** Parses {@code https://}, {@code ssh://}, {@code git@host:owner/repo.git}, {@code file://} or a local path. */
    public static GitRemote parse(String address) {
        String a = address == null ? "" : address.strip();
        if (a.isEmpty()) {
            throw new IllegalArgumentException("no git remote given");
        }
        int colon = a.indexOf(':');
        int slash = a.indexOf('/');
        boolean scpLike = colon > 0 && !a.contains("://") && (slash < 0 || colon < slash) && !a.matches("^[A-Za-z]:[\\\\/].*");
        if (scpLike) {
            String userHost = a.substring(0, colon);
            int at = userHost.lastIndexOf('@');
            return new GitRemote(a, "ssh", userHost.substring(at + 1).toLowerCase(Locale.ROOT), segments(a.substring(colon + 1)),
                    at < 0 ? "" : userHost.substring(0, at), "");
        }
        if (!a.contains("://")) {
            return new GitRemote(a, "file", "", segments(a), "", "");
        }
        URI uri;
        try {
            uri = new URI(a);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a git address: " + e.getReason());
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String user = "";
        String secret = "";
        String clean = a;
        if (uri.getRawUserInfo() != null && scheme.startsWith("http")) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            secret = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            clean = a.replaceFirst("(?i)^(https?://)[^/@]*@", "$1");
        } else if (uri.getRawUserInfo() != null) {
            // A password in an ssh:// address is never used nor kept: SSH signs in with a key.
            String name = uri.getRawUserInfo().split(":", 2)[0];
            user = URLDecoder.decode(name, StandardCharsets.UTF_8);
            clean = a.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@",
                    "$1" + (name.isEmpty() ? "" : Matcher.quoteReplacement(name + "@")));
        }
        return new GitRemote(clean, scheme, host, segments(uri.getPath() == null ? "" : uri.getPath()), user, secret);
    }

    public Host hostKind() {
        if (host.equals("github.com")) {
            return Host.GITHUB;
        }
        return host.equals("gitlab.com") ? Host.GITLAB : Host.OTHER;
    }

    public boolean isHttp() {
        return scheme.equals("http") || scheme.equals("https");
    }

    public boolean isSsh() {
        return scheme.equals("ssh");
    }

    /**
     * The address GitHub Pages or GitLab Pages serves this repository at: {@code https://user.github.io/}
     * for the {@code user.github.io} repository, {@code https://user.github.io/repo/} for any other
     * (GitLab's {@code *.gitlab.io} likewise, subgroups included). Empty for other hosts.
     */
    public Optional<String> pagesAddress() {
        if (path.size() < 2 || hostKind() == Host.OTHER) {
            return Optional.empty();
        }
        String domain = hostKind() == Host.GITHUB ? ".github.io" : ".gitlab.io";
        String owner = path.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = path.subList(1, path.size());
        String repo = rest.get(rest.size() - 1);
        if (rest.size() == 1 && repo.equalsIgnoreCase(owner + domain)) {
            return Optional.of("https://" + owner + domain + "/");
        }
        return Optional.of("https://" + owner + domain + "/" + String.join("/", rest) + "/");
    }

    /** What to show a person: the address without any secret. */
    @Override
    public String toString() {
        return url;
    }

    private static List<String> segments(String path) {
        List<String> parts = Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).toList();
        if (parts.isEmpty()) {
            return parts;
        }
        String last = parts.get(parts.size() - 1);
        if (last.endsWith(".git")) {
            parts = new java.util.ArrayList<>(parts);
            parts.set(parts.size() - 1, last.substring(0, last.length() - 4));
        }
        return parts;
    }
}
