package org.scholarfolio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.Finding;
import org.scholarfolio.publish.GitCredentials;
import org.scholarfolio.publish.GitRemote;
import org.scholarfolio.publish.PublishCache;
import org.scholarfolio.publish.PublishRequest;
import org.scholarfolio.publish.PublishResult;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PublishTargetStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Exports the portfolio into a branch of a git repository (e.g. GitHub Pages) and pushes it.",
                "Commits only when the site changed. An HTTPS remote signs in with a token from $SCHOLARFOLIO_GIT_TOKEN"
                        + " or $GITHUB_TOKEN; an SSH remote uses the keys in ~/.ssh.",
                "Remote, branch, base URL and custom domain are remembered in publish.json beside the portfolio.",
                "Exit codes: 0 published or nothing to publish, 1 a check failed or the remote refused, 2 the portfolio"
                        + " or publish.json cannot be read, 130 cancelled."})
final class PublishCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PORTFOLIO", description = "the portfolio folder or its portfolio.json")
    Path portfolio;

    @Option(names = "--git", paramLabel = "URL", description = "the repository, e.g. https://github.com/you/you.github.io.git"
            + " or git@github.com:you/site.git (default: the remote in publish.json)")
    String git;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "the branch to publish to (default: publish.json's, else gh-pages)")
    String branch;

    @Option(names = "--message", paramLabel = "TEXT", description = "the commit message")
    String message;

    @Option(names = "--base-url", paramLabel = "URL", description = "the address the site is served at (default: publish.json's, else site.baseUrl)")
    String baseUrl;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "a custom domain, written to CNAME (default: publish.json's)")
    String domain;

    @Option(names = "--dry-run", description = "export and check, but commit and push nothing")
    boolean dryRun;

    @Option(names = "--accept-host-key", paramLabel = "SHA256:...", description = "trust an SSH server whose host key"
            + " ~/.ssh/known_hosts does not list yet, if it shows this fingerprint (compare it with the one the host"
            + " publishes first); the key is then added to known_hosts")
    String acceptHostKey;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = TerminalText.writer(spec.commandLine().getOut());
        PrintWriter err = TerminalText.writer(spec.commandLine().getErr());
        Optional<LoadedPortfolio> result = PortfolioArgument.load(portfolio, err);
        if (result.isEmpty()) {
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        LoadedPortfolio loaded = result.get();
        PublishTarget saved;
        try {
            saved = PublishTargetStore.load(loaded.folder()).orElse(PublishTarget.NONE);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ScholarfolioCommand.EXIT_UNREADABLE;
        }
        PublishTarget target = saved;
        target = git == null ? target : target.withRemote(git);
        target = branch == null ? target : target.withBranch(branch);
        target = baseUrl == null ? target : target.withBaseUrl(baseUrl);
        target = domain == null ? target : target.withCustomDomain(domain);
        if (target.remote().isBlank()) {
            err.println("error: no git remote: give --git URL (it is then remembered in publish.json)");
            return 1;
        }
        GitRemote remote;
        try {
            remote = GitRemote.parse(target.remote());
        } catch (IllegalArgumentException e) {
            err.println("error: --git " + e.getMessage());
            return 1;
        }
        GitCredentials credentials = GitCredentials.resolve(remote, GitCredentials.none(), System.getenv(), SecretStore.system());
        if (remote.isHttp()) {
            out.println(credentials.hasToken() ? "Signing in with the token from " + credentials.source() + "."
                    : "No token found ($" + String.join(", $", GitCredentials.TOKEN_VARIABLES) + "); trying without one.");
        }
        ExportOptions options;
        try {
            options = ExportOptions.forSavedPortfolio(loaded.file());
        } catch (IOException e) {
            options = ExportOptions.defaults();
        }
        var request = new PublishRequest(loaded.portfolio(), loaded.folder(), options, target, message, dryRun, credentials,
                acceptHostKey);
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl+C cancels, and the process ends only once the publish has stopped at a safe point.
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "publish-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        PublishResult published;
        try {
            published = new Publisher(PublishCache.inUserDataFolder()).publish(request,
                    (step, detail) -> out.println(step.label() + " " + detail + " ..."), cancelled::get);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        if (published.export() != null) {
            published.export().errors().forEach(e -> err.println("error: " + e));
        }
        for (Finding f : published.findings()) {
            (f.severity() == Finding.Severity.OK ? out : err).println(f.line());
        }
        published.changedFiles().stream().limit(20).forEach(f -> out.println("  " + f));
        if (published.changedFiles().size() > 20) {
            out.println("  ... and " + (published.changedFiles().size() - 20) + " more");
        }
        (published.succeeded() ? out : err).println(published.message());
        if (published.unknownHostKey() != null && published.unknownHostKey().mayBeTrusted()) {
            err.println("Only if the fingerprints match, trust the key and publish with:");
            err.println("  " + sameCommandTrusting(remote, published.unknownHostKey().fingerprint()));
        }
        if (published.outcome() == PublishResult.Outcome.PUBLISHED || published.outcome() == PublishResult.Outcome.UNCHANGED) {
            remember(loaded.folder(), saved, target, err);
        }
        finished.countDown();
        return switch (published.outcome()) {
            case PUBLISHED, UNCHANGED, DRY_RUN -> 0;
            case CANCELLED -> 130;
            default -> 1;
        };
    }

    /** This command as it was given (the remote without a password), with {@code --accept-host-key fingerprint}. */
    private String sameCommandTrusting(GitRemote remote, String fingerprint) {
        StringBuilder command = new StringBuilder("scholarfolio publish ").append(shellWord(portfolio.toString()))
                .append(" --git ").append(shellWord(remote.url()));
        String[][] given = {{"--branch", branch}, {"--base-url", baseUrl}, {"--domain", domain}, {"--message", message}};
        for (String[] option : given) {
            if (option[1] != null) {
                command.append(' ').append(option[0]).append(' ').append(shellWord(option[1]));
            }
        }
        if (dryRun) {
            command.append(" --dry-run");
        }
        return command.append(" --accept-host-key ").append(fingerprint).toString();
    }

    /** {@code s} as one word for a POSIX shell: as it is when it is plain, else in single quotes. */
    static String shellWord(String s) {
        return s.matches("[A-Za-z0-9@%+=:,./_-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** Keeps the target in publish.json after a publish that worked, when it changed. */
    private static void remember(Path folder, PublishTarget saved, PublishTarget target, PrintWriter err) {
        PublishTarget clean = target.withRemote(GitRemote.parse(target.remote()).url());
        if (!clean.equals(saved)) {
            try {
                PublishTargetStore.save(folder, clean);
            } catch (IOException e) {
                err.println("warning: could not remember the target in " + PublishTargetStore.fileFor(folder) + ": " + e.getMessage());
            }
        }
    }
}
