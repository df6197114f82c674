package org.scholarfolio.model;

/**
 * Where a portfolio is published: a git remote and branch, the address the site will have there
 * (blank: the portfolio's own {@code site.baseUrl}) and a custom domain (blank: none). Kept beside
 * the portfolio in {@code publish.json}; it never holds a secret.
 */
public record PublishTarget(String remote, String branch, String baseUrl, String customDomain) {
    public static final String DEFAULT_BRANCH = "gh-pages";
    public static final PublishTarget NONE = new PublishTarget("", DEFAULT_BRANCH, "", "");

    public PublishTarget {
        remote = remote == null ? "" : remote.strip();
        branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        customDomain = customDomain == null ? "" : customDomain.strip();
    }

    public PublishTarget withRemote(String r) {
        return new PublishTarget(r, branch, baseUrl, customDomain);
    }

    public PublishTarget withBranch(String b) {
        return new PublishTarget(remote, b, baseUrl, customDomain);
    }

    public PublishTarget withBaseUrl(String url) {
        return new PublishTarget(remote, branch, url, customDomain);
    }

    public PublishTarget withCustomDomain(String domain) {
        return new PublishTarget(remote, branch, baseUrl, domain);
    }
}
