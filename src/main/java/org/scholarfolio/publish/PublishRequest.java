package org.scholarfolio.publish;

import java.nio.file.Path;
import java.util.Objects;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.site.ExportOptions;

/**
 * One publish: the portfolio (as in memory; it is only read), where it goes, the commit message
 * (blank: a default), whether to stop before committing, the credentials to sign in with, and the
 * fingerprint ({@code SHA256:…}) of an SSH host key not yet in {@code known_hosts} that the person
 * compared and accepted to trust (null or blank: none).
 */
public record PublishRequest(Portfolio portfolio, Path portfolioDir, ExportOptions options, PublishTarget target,
                             String message, boolean dryRun, GitCredentials credentials, String acceptHostKey) {
    public PublishRequest(Portfolio portfolio, Path portfolioDir, ExportOptions options, PublishTarget target,
                          String message, boolean dryRun, GitCredentials credentials) {
        this(portfolio, portfolioDir, options, target, message, dryRun, credentials, null);
    }

    public PublishRequest {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(portfolioDir, "portfolioDir");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        message = message == null || message.isBlank() ? "Publish the site with Scholarfolio" : message.strip();
        credentials = credentials == null ? GitCredentials.none() : credentials;
        acceptHostKey = acceptHostKey == null || acceptHostKey.isBlank() ? null : acceptHostKey.strip();
    }
}
