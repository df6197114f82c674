package org.scholarfolio.publish;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The secret a publish signs in with, held in memory only. For an HTTPS remote: a token from
 * {@code SCHOLARFOLIO_GIT_TOKEN} or {@code GITHUB_TOKEN}, the remote address itself, one entered in
 * the editor, or the desktop's secret store, in that order. SSH remotes use the keys in
 * {@code ~/.ssh} and need nothing here. {@link #toString()} never shows the secret.
 */
public final class GitCredentials {
    /** The environment variables read for a token, first match wins. */
    public static final List<String> TOKEN_VARIABLES = List.of("SCHOLARFOLIO_GIT_TOKEN", "GITHUB_TOKEN");

    private final String user;
    private final String token;
    private final String source;

    private GitCredentials(String user, String token, String source) {
        this.user = user;
        this.token = token;
        this.source = source;
    }

    public static GitCredentials none() {
        return new GitCredentials("", "", "none");
    }

    /** A token typed by the user for this publish. */
    public static GitCredentials entered(String token) {
        return token == null || token.isBlank() ? none() : new GitCredentials("", token.strip(), "the token you entered");
    }

    /**
     * The credentials for {@code remote}: {@code entered} when not none, else a token from the
     * environment, the address, or {@code secrets} (looked up by host), else none.
     */
    public static GitCredentials resolve(GitRemote remote, GitCredentials entered, Map<String, String> environment,
                                         SecretStore secrets) {
        if (!remote.isHttp()) {
            return none();
        }
        if (entered.hasToken()) {
            return new GitCredentials(remote.user(), entered.token, entered.source);
        }
        for (String variable : TOKEN_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return new GitCredentials(remote.user(), value.strip(), "$" + variable);
            }
        }
        if (!remote.secret().isEmpty()) {
            return new GitCredentials(remote.user(), remote.secret(), "the remote address");
        }
        Optional<String> kept = secrets.lookup(remote.host());
        return kept.map(t -> new GitCredentials(remote.user(), t, secrets.name())).orElse(none());
    }

    public boolean hasToken() {
        return !token.isEmpty();
    }

    /** Where the token came from, e.g. {@code $GITHUB_TOKEN}; never the token. */
    public String source() {
        return source;
    }

    String token() {
        return token;
    }

    /**
     * JGit's credentials for an HTTPS remote. GitHub takes any user name with a token
     * ({@code x-access-token} is what its Actions use), GitLab wants {@code oauth2}.
     */
    Optional<CredentialsProvider> provider(GitRemote remote) {
        if (!hasToken()) {
            return Optional.empty();
        }
        String name = !user.isEmpty() ? user
                : remote.hostKind() == GitRemote.Host.GITLAB ? "oauth2" : "x-access-token";
        return Optional.of(new UsernamePasswordCredentialsProvider(name, token) {
            // Only for the remote's own host: JGit asks again after a redirect, naming where it was sent.
            @Override
            public boolean get(URIish uri, CredentialItem... items) {
                return uri != null && uri.getHost() != null && uri.getHost().equalsIgnoreCase(remote.host())
                        && super.get(uri, items);
            }
        });
    }

    /** The token, for scrubbing it from any message that might echo it. */
    String scrub(String text) {
        return token.isEmpty() || text == null ? text : text.replace(token, "***");
    }

    @Override
    public String toString() {
        return "credentials from " + source.toLowerCase(Locale.ROOT);
    }
}
