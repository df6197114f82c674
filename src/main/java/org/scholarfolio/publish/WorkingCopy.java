package org.scholarfolio.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * A working copy of one branch of one remote, in the publish cache. Every publish starts by making
 * it exactly what the remote holds (fetch, then a hard reset and clean), so a commit that was never
 * pushed, a half-written export or a stale lock from an earlier run is simply dropped.
 */
final class WorkingCopy implements AutoCloseable {
    private final Path dir;
    private final GitRemote remote;
    private final String branch;
    private final Optional<CredentialsProvider> credentials;
    private final Git git;
    private final RemoteWatch watch;
    private final int timeoutSeconds;
    private boolean remoteHasBranch;

    private WorkingCopy(Path dir, GitRemote remote, String branch, Optional<CredentialsProvider> credentials, Git git,
                        RemoteWatch watch, int timeoutSeconds) {
        this.dir = dir;
        this.remote = remote;
        this.branch = branch;
        this.credentials = credentials;
        this.git = git;
        this.watch = watch;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Opens the working copy, or makes a new one when there is none or it cannot be read. Every
     * exchange with the remote goes through {@code watch}; {@code timeoutSeconds} is how long one
     * call may wait on it (twice that for the push, which waits for the remote's hooks).
     */
    static WorkingCopy open(Path dir, GitRemote remote, String branch, Optional<CredentialsProvider> credentials,
                            RemoteWatch watch, int timeoutSeconds) throws IOException, GitAPIException {
        Git git = null;
        if (Files.isDirectory(dir.resolve(".git"))) {
            removeStaleLocks(dir.resolve(".git"));
            try {
                git = Git.open(dir.toFile());
                git.getRepository().getConfig().load();
            } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
                if (git != null) {
                    git.close();
                }
                git = null;
                deleteTree(dir);
            }
        }
        if (git == null) {
            Files.createDirectories(dir);
            git = Git.init().setDirectory(dir.toFile()).setInitialBranch(branch).call();
        }
        configure(git.getRepository(), remote, branch);
        return new WorkingCopy(dir, remote, branch, credentials, git, watch, timeoutSeconds);
    }

    /**
     * The remote address and nothing secret; settings from the user's own git configuration that
     * would change what is committed (line endings, global ignore files, signing) are switched off.
     */
    private static void configure(Repository repo, GitRemote remote, String branch) throws IOException {
        StoredConfig config = repo.getConfig();
        config.setString("remote", "origin", "url", remote.url());
        config.setString("remote", "origin", "fetch", "+refs/heads/" + branch + ":refs/remotes/origin/" + branch);
        config.setBoolean("core", null, "autocrlf", false);
        config.setString("core", null, "excludesfile", repo.getDirectory().toPath().resolve("no-excludes").toString());
        config.setBoolean("commit", null, "gpgsign", false);
        config.save();
    }

    Path folder() {
        return dir;
    }

    /**
     * Makes the working copy what the remote's branch holds, or an empty new branch when the remote
     * has none yet. Returns whether the remote has the branch.
     */
    boolean syncWithRemote(ProgressMonitor monitor) throws IOException, GitAPIException {
        var lsRemote = git.lsRemote().setRemote("origin").setHeads(true).setTimeout(timeoutSeconds)
                .setTransportConfigCallback(watch::configure);
        credentials.ifPresent(lsRemote::setCredentialsProvider);
        String ref = Constants.R_HEADS + branch;
        remoteHasBranch = lsRemote.call().stream().anyMatch(r -> r.getName().equals(ref));
        Repository repo = git.getRepository();
        if (remoteHasBranch) {
            var fetch = git.fetch().setRemote("origin").setProgressMonitor(monitor).setTimeout(timeoutSeconds)
                    .setTransportConfigCallback(watch::configure)
                    .setRefSpecs(new RefSpec("+" + ref + ":refs/remotes/origin/" + branch));
            credentials.ifPresent(fetch::setCredentialsProvider);
            fetch.call();
            ObjectId tip = repo.resolve("refs/remotes/origin/" + branch);
            link(repo);
            RefUpdate local = repo.updateRef(ref);
            local.setNewObjectId(tip);
            local.setForceUpdate(true);
            check(local.update(), "move " + branch + " to the remote's");
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(ref).call();
        } else {
            link(repo);
            if (repo.exactRef(ref) != null) {
                // A first commit that never reached the remote: the caller starts afresh.
                throw new StaleBranchException();
            }
            DirCache index = repo.lockDirCache();
            index.clear();
            index.write();
            index.commit();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(p -> !p.getFileName().toString().equals(".git")).toList()) {
                    deleteTree(p);
                }
            }
        }
        git.clean().setCleanDirectories(true).setIgnore(false).call();
        return remoteHasBranch;
    }

    /** Thrown when the working copy holds a branch the remote never received; the cache is rebuilt. */
    static final class StaleBranchException extends IOException {
        StaleBranchException() {
            super("the working copy holds a commit the remote never received");
        }
    }

    private void link(Repository repo) throws IOException {
        RefUpdate head = repo.updateRef(Constants.HEAD);
        head.disableRefLog();
        check(head.link(Constants.R_HEADS + branch), "point HEAD at " + branch);
    }

    private static void check(RefUpdate.Result result, String what) throws IOException {
        switch (result) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {
            }
            default -> throw new IOException("could not " + what + " in the publish cache (" + result + ")");
        }
    }

    /** Stages every change; returns the changed paths (sorted), empty when the branch already holds this site. */
    List<String> stageAll() throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        Status status = git.status().call();
        TreeSet<String> changed = new TreeSet<>();
        changed.addAll(status.getAdded());
        changed.addAll(status.getChanged());
        changed.addAll(status.getRemoved());
        return List.copyOf(changed);
    }

    RevCommit commit(String message, PersonIdent who) throws GitAPIException {
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** The name and e-mail of the user's git configuration, or {@code fallbackName} and no e-mail. */
    PersonIdent identity(String fallbackName) {
        StoredConfig config = git.getRepository().getConfig();
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        return new PersonIdent(name == null || name.isBlank() ? fallbackName : name, email == null ? "" : email);
    }

    Collection<RemoteRefUpdate> push(ProgressMonitor monitor, StringBuilder remoteMessages) throws GitAPIException {
        var push = git.push().setRemote("origin").setProgressMonitor(monitor).setTimeout(timeoutSeconds * 2)
                .setTransportConfigCallback(watch::configure)
                .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch));
        credentials.ifPresent(push::setCredentialsProvider);
        List<RemoteRefUpdate> updates = new java.util.ArrayList<>();
        for (PushResult result : push.call()) {
            if (result.getMessages() != null && !result.getMessages().isBlank()) {
                remoteMessages.append(result.getMessages().strip());
            }
            updates.addAll(result.getRemoteUpdates());
        }
        return updates;
    }

    GitRemote remote() {
        return remote;
    }

    @Override
    public void close() {
        git.close();
    }

    /** Lock files a killed run left behind; only one publish uses a working copy at a time. */
    private static void removeStaleLocks(Path gitDir) throws IOException {
        for (String lock : List.of("index.lock", "HEAD.lock", "config.lock", "packed-refs.lock")) {
            Files.deleteIfExists(gitDir.resolve(lock));
        }
        Path refs = gitDir.resolve("refs");
        if (Files.isDirectory(refs)) {
            try (Stream<Path> all = Files.walk(refs)) {
                for (Path p : all.filter(p -> p.toString().endsWith(".lock")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
