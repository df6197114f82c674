package org.scholarfolio.publish;

import java.nio.file.Path;
import java.util.Objects;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.site.ExportOptions;

/**
 * One publish: the portfolio (as in memory; it is only read), where it goes, the commit message
 * (blank: a default), whether to stop before committing, and the credentials to sign in with.
 */
public record PublishRequest(Portfolio portfolio, Path portfolioDir, ExportOptions options, PublishTarget target,
                             String message, boolean dryRun, GitCredentials credentials) {
    public PublishRequest {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(portfolioDir, "portfolioDir");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        message = message == null || message.isBlank() ? "Publish the site with Scholarfolio" : message.strip();
        credentials = credentials == null ? GitCredentials.none() : credentials;
    }
}
