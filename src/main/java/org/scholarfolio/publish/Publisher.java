package org.scholarfolio.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishProgress.Step;
import org.scholarfolio.publish.PublishResult.Outcome;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.site.SiteExporter;

/**
 * Publishes a portfolio to a branch of a git remote: makes the cached working copy what the remote
 * holds, exports the site into it, adds {@code .nojekyll} and {@code CNAME}, runs the pre-flight
 * checks, commits only when something changed, and pushes. The portfolio is only read. Whatever
 * fails or is cancelled, the remote is left as it was (or fully updated) and the next publish
 * starts from what the remote holds.
 */
public final class Publisher {
    /** Seconds one call to the remote may wait ({@code SCHOLARFOLIO_PUBLISH_TIMEOUT}, default 60). */
    public static final String TIMEOUT_VARIABLE = "SCHOLARFOLIO_PUBLISH_TIMEOUT";
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    private final PublishCache cache;
    private final SiteExporter exporter;
    private final int timeoutSeconds;
    private final Path home;
    private final java.util.Map<String, String> environment;

    public Publisher(PublishCache cache) {
        this(cache, new SiteExporter());
    }

    public Publisher(PublishCache cache, SiteExporter exporter) {
        this(cache, exporter, timeoutSeconds(System.getenv()));
    }

    public Publisher(PublishCache cache, SiteExporter exporter, int timeoutSeconds) {
        this(cache, exporter, timeoutSeconds, Path.of(System.getProperty("user.home")), System.getenv());
    }

    /** As the next, with no SSH agent. */
    Publisher(PublishCache cache, SiteExporter exporter, int timeoutSeconds, Path home) {
        this(cache, exporter, timeoutSeconds, home, java.util.Map.of());
    }

    /**
     * {@code home} holds the {@code .ssh} folder (keys, {@code known_hosts}, {@code config}) an SSH remote
     * uses; {@code environment} names the SSH agent ({@code SSH_AUTH_SOCK}, or a variable {@code IdentityAgent}
     * names in {@code ~/.ssh/config}).
     */
    public Publisher(PublishCache cache, SiteExporter exporter, int timeoutSeconds, Path home, java.util.Map<String, String> environment) {
        this.cache = cache;
        this.exporter = exporter;
        this.timeoutSeconds = timeoutSeconds;
        this.home = home;
        this.environment = java.util.Map.copyOf(environment);
    }

    /** The timeout {@code environment} asks for, or the default when it asks for none or nonsense. */
    static int timeoutSeconds(java.util.Map<String, String> environment) {
        String value = environment.get(TIMEOUT_VARIABLE);
        try {
            int seconds = value == null ? DEFAULT_TIMEOUT_SECONDS : Integer.parseInt(value.strip());
            return seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
    }

    public PublishResult publish(PublishRequest request, PublishProgress progress, BooleanSupplier cancelled) {
        GitRemote remote;
        try {
            remote = GitRemote.parse(request.target().remote());
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage() + "; give the repository's address, e.g. https://github.com/you/you.github.io.git");
        }
        Path folder = cache.workingCopy(remote, request.target().branch());
        try {
            Files.createDirectories(cache.root());
            Path lockFile = folder.resolveSibling(folder.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = tryLock(channel)) {
                if (lock == null) {
                    return failed("Another publish to " + remote + " is running; wait for it to finish.");
                }
                return run(request, remote, folder, progress, cancelled);
            }
        } catch (IOException e) {
            return failed("The publish cache " + cache.root() + " cannot be used: " + e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private PublishResult run(PublishRequest request, GitRemote remote, Path folder, PublishProgress progress,
                              BooleanSupplier cancelled) {
        PublishTarget target = request.target();
        String branch = target.branch();
        var credentials = request.credentials().provider(remote);
        ProgressMonitor monitor = new Monitor(progress, cancelled);
        RemoteWatch watch = new RemoteWatch(remote, cancelled, home, environment, request.acceptHostKey());
        ExportReport report = null;
        List<Finding> findings = new ArrayList<>();
        boolean pushing = false;
        progress.step(Step.FETCH, branch + " from " + remote);
        WorkingCopy copy = null;
        try {
            copy = WorkingCopy.open(folder, remote, branch, credentials, watch, timeoutSeconds);
            try {
                copy.syncWithRemote(monitor);
            } catch (WorkingCopy.StaleBranchException e) {
                copy.close();
                WorkingCopy.deleteTree(folder);
                copy = WorkingCopy.open(folder, remote, branch, credentials, watch, timeoutSeconds);
                copy.syncWithRemote(monitor);
            }
            if (cancelled.getAsBoolean()) {
                return result(Outcome.CANCELLED, "Cancelled before exporting; nothing changed on the remote.", null, List.of(), report, findings);
            }

            progress.step(Step.EXPORT, "into the working copy of " + branch);
            String baseUrl = Preflight.effectiveBaseUrl(target, request.portfolio().site().baseUrl());
            Optional<ExportReport> exported = export(request, baseUrl, folder, progress, cancelled);
            if (exported.isEmpty()) {
                return result(Outcome.CANCELLED, "Cancelled while exporting; nothing changed on the remote.", null, List.of(), report, findings);
            }
            report = exported.get();
            if (!report.succeeded()) {
                return result(Outcome.FAILED, "The site could not be exported: " + String.join("; ", report.errors())
                        + ". Nothing changed on the remote.", null, List.of(), report, findings);
            }
            writeHostFiles(folder, target);

            progress.step(Step.CHECK, "base URL, sizes, Google Scholar");
            findings.addAll(Preflight.target(remote, target, request.portfolio().site().baseUrl()));
            findings.addAll(Preflight.site(folder, remote, target, baseUrl, report, request.portfolio().publications().size()));
            long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
            if (errors > 0) {
                return result(Outcome.BLOCKED, errors + " pre-flight check" + (errors == 1 ? "" : "s")
                        + " failed; nothing was committed or pushed.", null, List.of(), report, findings);
            }
            List<String> changed = copy.stageAll();
            if (changed.isEmpty()) {
                return result(Outcome.UNCHANGED, branch + " on " + remote + " already holds this site; nothing to publish.",
                        null, changed, report, findings);
            }
            if (request.dryRun()) {
                return result(Outcome.DRY_RUN, "Dry run: " + files(changed.size()) + " would change on " + branch
                        + " of " + remote + "; nothing was committed or pushed.", null, changed, report, findings);
            }
            if (cancelled.getAsBoolean()) {
                return result(Outcome.CANCELLED, "Cancelled before committing; nothing changed on the remote.", null, List.of(), report, findings);
            }

            progress.step(Step.COMMIT, files(changed.size()) + " changed");
            RevCommit commit = copy.commit(request.message(), copy.identity(request.portfolio().profile().name().display()));
            if (cancelled.getAsBoolean()) {
                return result(Outcome.CANCELLED, "Cancelled before pushing; nothing changed on the remote.", null, List.of(), report, findings);
            }

            progress.step(Step.PUSH, branch + " to " + remote);
            pushing = true;
            StringBuilder messages = new StringBuilder();
            for (RemoteRefUpdate update : copy.push(monitor, messages)) {
                Optional<String> refusal = RemoteFailure.refused(update, messages.toString(), remote, branch);
                if (refusal.isPresent()) {
                    return result(Outcome.FAILED, request.credentials().scrub(refusal.get()), null, changed, report, findings);
                }
            }
            return result(Outcome.PUBLISHED, "Published " + files(changed.size()) + " to " + branch + " of " + remote
                    + Preflight.servedAt(remote, target).map(s -> "; the site will be at " + s).orElse("") + ".",
                    commit.getName(), changed, report, findings);
        } catch (GitAPIException | IOException | RuntimeException e) {
            if (cancelled.getAsBoolean()) {
                return result(Outcome.CANCELLED, pushing
                        ? "Cancelled while pushing; the remote holds either the old or the new site. Publish again to be sure."
                        : "Cancelled; nothing changed on the remote.", null, List.of(), report, findings);
            }
            if (watch.refused().isPresent()) {
                return new PublishResult(Outcome.FAILED, request.credentials().scrub(watch.refused().get()), null, List.of(),
                        report, findings, watch.unknownHostKey().orElse(null));
            }
            if (watch.stopped().isPresent()) {
                return result(Outcome.FAILED, request.credentials().scrub(watch.stopped().get()) + (pushing
                        ? "; publishing gave up. The remote holds either the old or the new site: publish again to be sure."
                        : "; publishing gave up. Nothing was changed on the remote, and publishing again starts afresh."),
                        null, List.of(), report, findings);
            }
            return result(Outcome.FAILED, RemoteFailure.explain(e, remote, request.credentials(), pushing, watch.hungUp()), null, List.of(), report, findings);
        } finally {
            watch.close();
            if (copy != null) {
                copy.close();
            }
        }
    }

    /** Exports on a thread of its own so that Cancel can interrupt it; empty when cancelled. */
    private Optional<ExportReport> export(PublishRequest request, String baseUrl, Path folder, PublishProgress progress,
                                          BooleanSupplier cancelled) throws IOException {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "publish-export");
            t.setDaemon(true);
            return t;
        });
        try {
            // The remote is this portfolio's own target (publish.json, in its folder) and keeps the site's
            // history: a site there made from another folder (this portfolio on another computer, or
            // before a move) is replaced, not refused.
            Future<ExportReport> export = thread.submit(() -> exporter.export(request.portfolio(), request.portfolioDir(),
                    request.options().withBaseUrl(baseUrl), folder, progress::fraction, SiteExporter.OtherPortfolioSite.REPLACE));
            while (true) {
                try {
                    return Optional.of(export.get(100, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    if (cancelled.getAsBoolean()) {
                        export.cancel(true);
                        return Optional.empty();
                    }
                } catch (ExecutionException e) {
                    throw new IOException("the export failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    export.cancel(true);
                    return Optional.empty();
                }
            }
        } finally {
            thread.shutdownNow();
            try {
                // The working copy is left to the next publish only once the export has stopped writing.
                thread.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code .nojekyll} so GitHub Pages serves files as they are; {@code CNAME} for a custom domain. */
    static void writeHostFiles(Path folder, PublishTarget target) throws IOException {
        Path nojekyll = folder.resolve(".nojekyll");
        if (!Files.exists(nojekyll)) {
            Files.write(nojekyll, new byte[0]);
        }
        if (!target.customDomain().isBlank()) {
            String domain = target.customDomain().replaceAll("^https?://|/+$", "") + "\n";
            Path cname = folder.resolve("CNAME");
            if (!Files.isRegularFile(cname) || !Files.readString(cname, StandardCharsets.UTF_8).equals(domain)) {
                Files.writeString(cname, domain, StandardCharsets.UTF_8);
            }
        }
    }

    private static PublishResult failed(String message) {
        return new PublishResult(Outcome.FAILED, message, null, List.of(), null, List.of());
    }

    private static PublishResult result(Outcome outcome, String message, String commit, List<String> changed,
                                        ExportReport report, List<Finding> findings) {
        return new PublishResult(outcome, message, commit, changed, report, findings);
    }

    private static String files(int n) {
        return n + (n == 1 ? " file" : " files");
    }

    /** JGit's progress as ours, and our Cancel as JGit's. */
    private static final class Monitor implements ProgressMonitor {
        private final PublishProgress progress;
        private final BooleanSupplier cancelled;
        private int total;
        private int done;

        Monitor(PublishProgress progress, BooleanSupplier cancelled) {
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public void start(int totalTasks) {
        }

        @Override
        public void beginTask(String title, int totalWork) {
            total = totalWork;
            done = 0;
            progress.fraction(total > 0 ? 0 : -1);
        }

        @Override
        public void update(int completed) {
            done += completed;
            if (total > 0) {
                progress.fraction(Math.min(1.0, done / (double) total));
            }
        }

        @Override
        public void endTask() {
        }

        @Override
        public boolean isCancelled() {
            return cancelled.getAsBoolean();
        }

        @Override
        public void showDuration(boolean enabled) {
        }
    }
}
