package org.scholarfolio.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.DefaultProxyDataFactory;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSession;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;
import org.eclipse.jgit.util.FS;

/**
 * The SSH sessions of one publish, through JGit's Apache MINA transport, held to the
 * {@link RemoteWatch}'s limits: connecting and signing in must end within the timeout, and every
 * session is a {@link WatchedSshSession}. Keys come from the SSH agent ({@link SshAgents}, held to the
 * same limits) and from {@code ~/.ssh}. Nothing here ever waits for a person: a key file with a
 * passphrase is skipped (the agent may hold it unlocked), a server's question (a password, a code) is
 * not answered but reported, and a host key is accepted only when {@code known_hosts} holds it or the
 * person accepted its fingerprint ({@link KnownHostKeys}). When signing in fails, the watch is given a
 * sentence that names the remote and what to do instead.
 */
final class WatchedSshSessions extends SshdSessionFactory {
    private final RemoteWatch watch;
    private final Path sshDir;
    /** Keys that were skipped because they have a passphrase, as {@code ~/.ssh/name}. */
    private final List<String> lockedKeys = new CopyOnWriteArrayList<>();
    /** What the server asked for in place of a key, as a phrase; null when it asked for nothing. */
    private final AtomicReference<String> askedFor = new AtomicReference<>();
    private final SshAgents agents;
    /** The fingerprint of an unknown host key the person accepted, or null. */
    private final String acceptedHostKey;

    /** Answers no question, and remembers what was asked so that the message can say it. */
    private final CredentialsProvider noPrompts = new CredentialsProvider() {
        @Override
        public boolean isInteractive() {
            // JGit offers a server's questions only to an interactive provider; otherwise it skips them
            // without a word, and the person would be told only that signing in failed.
            return true;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) {
            askedFor.compareAndSet(null, question(items));
            return false;
        }
    };

    /**
     * {@code environment} names the SSH agent ({@code SSH_AUTH_SOCK}, or a variable {@code IdentityAgent}
     * names); {@code acceptedHostKey} is the fingerprint of a host key not yet known that the person
     * accepted to trust (null: none).
     */
    WatchedSshSessions(RemoteWatch watch, Path home, Map<String, String> environment, String acceptedHostKey) {
        super(null, new DefaultProxyDataFactory());
        this.watch = watch;
        this.agents = new SshAgents(environment, RemoteWatch.DEFAULT_TIMEOUT_MILLIS);
        this.acceptedHostKey = acceptedHostKey;
        this.sshDir = home.resolve(".ssh");
        setHomeDirectory(home.toFile());
        setSshDirectory(sshDir.toFile());
    }

    /** Sessions whose calls may each wait on the server {@code limitMillis}. */
    SshSessionFactory limitedTo(int limitMillis) {
        agents.limitTo(limitMillis);
        return new SshSessionFactory() {
            @Override
            public RemoteSession getSession(URIish uri, CredentialsProvider ignored, FS fs, int tms) throws TransportException {
                return connect(uri, fs, tms, limitMillis);
            }

            @Override
            public String getType() {
                return "scholarfolio-watched-ssh";
            }
        };
    }

    /**
     * Connects and signs in on a thread of its own, so that the watch can let the publish go the moment
     * the person cancels or the server has taken longer than twice {@code limitMillis} (MINA waits up to
     * two minutes for the sign-in).
     */
    private RemoteSession connect(URIish uri, FS fs, int tms, int limitMillis) throws TransportException {
        CompletableFuture<SshdSession> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                SshdSession session = super.getSession(uri, noPrompts, fs, tms);
                if (!result.complete(session)) {
                    session.disconnect();
                }
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "publish-ssh-connect");
        thread.setDaemon(true);
        // Twice the limit: a key exchange and a sign-in are several round trips and some arithmetic on each side.
        Connecting connecting = new Connecting(thread, result, 2L * limitMillis);
        watch.watch(connecting);
        thread.start();
        try {
            WatchedSshSession session = new WatchedSshSession(watch, result.get(), limitMillis);
            watch.watch(session);
            return session;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connecting.abort(null);
            throw new TransportException(uri, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            explainSignInFailure(uri, cause);
            throw cause instanceof TransportException t ? t : new TransportException(uri, String.valueOf(cause.getMessage()), cause);
        } finally {
            watch.closed(connecting);
        }
    }

    /** Gives the watch a sentence for a sign-in that failed, when there is more to say than JGit's words. */
    private void explainSignInFailure(URIish uri, Throwable failure) {
        if (watch.refused().isPresent() || watch.stopped().isPresent() || watch.cancelled()) {
            return;
        }
        String who = (uri.getUser() == null ? "" : uri.getUser() + "@") + watch.remote().host();
        String asked = askedFor.get();
        String locked = (lockedKeys.isEmpty() ? "" : " " + lockedKeysSentence())
                + (agents.trouble() == null ? "" : " " + agents.trouble() + ".");
        String instead = " Publish to the repository's https address with a token instead, or add your public key to your"
                + " account on " + watch.remote().host() + ".";
        if (agents.failedSigning() && asked == null) {
            // The agent listed its keys but failed to sign with one: that, not the server, ended the sign-in.
            watch.refuse("Signing in to the SSH server " + watch.remoteName() + " as " + who + " with a key held in the"
                    + " SSH agent failed. " + agents.trouble() + ". Check the agent (`ssh-add -l` lists its keys), or"
                    + " remove the key from it (`ssh-add -d`) to sign in with the key files in ~/.ssh."
                    + " Nothing was changed on the remote.");
        } else if (asked != null) {
            watch.refuse("The SSH server " + watch.remoteName() + " asked for " + asked + " after no key from "
                    + keysTried() + " was accepted. Publishing signs in over SSH with a key only and never types a"
                    + " password or answers a question." + locked + instead + " Nothing was changed on the remote.");
        } else if (noMoreAuthMethods(failure)) {
            watch.refuse("The SSH server " + watch.remoteName() + " did not accept any key from " + keysTried()
                    + " for " + who + "." + locked + instead + " Nothing was changed on the remote.");
        }
    }

    private String lockedKeysSentence() {
        return (lockedKeys.size() == 1 ? "The key " + lockedKeys.get(0) + " is" : "The keys " + String.join(", ", lockedKeys) + " are")
                + " protected by a passphrase, which publishing cannot ask for, so "
                + (lockedKeys.size() == 1 ? "it was" : "they were") + " not offered; add "
                + (lockedKeys.size() == 1 ? "it" : "them") + " to your SSH agent (`ssh-add`) to publish with "
                + (lockedKeys.size() == 1 ? "it" : "them") + ".";
    }

    /** The key files looked at, for a message: {@code ~/.ssh (id_ed25519, id_rsa)}. */
    private String keysTried() {
        List<String> names = getDefaultIdentities(sshDir.toFile()).stream().map(p -> p.getFileName().toString()).toList();
        String files = names.isEmpty() ? "~/.ssh (it holds none of the usual key files: create one with `ssh-keygen -t ed25519`)"
                : "~/.ssh (" + String.join(", ", names) + ")";
        String agent = agents.offered();
        return agent == null ? files : files + " or " + agent;
    }

    private static boolean noMoreAuthMethods(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SshException s && s.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
                return true;
            }
        }
        return false;
    }

    /** What a server's question asks for, as a phrase; its own words only as printable text, shortened. */
    static String question(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Password) {
                return "a password";
            }
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.StringType || item instanceof CredentialItem.CharArrayType) {
                String prompt = item.getPromptText() == null ? "" : item.getPromptText().replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
                prompt = prompt.length() > 60 ? prompt.substring(0, 60) + "..." : prompt;
                return prompt.isEmpty() ? "an answer to a question" : "an answer to \"" + prompt + "\"";
            }
            if (item instanceof CredentialItem.YesNoType) {
                return "a yes or no";
            }
        }
        return "something to be typed";
    }

    @Override
    protected ServerKeyDatabase createServerKeyDatabase(File homeDir, File sshDir) {
        return new KnownHostKeys(super.createServerKeyDatabase(homeDir, sshDir), watch,
                sshDir.toPath().resolve("known_hosts"), acceptedHostKey);
    }

    /** The SSH agent, through the JDK's own sockets and within the watch's limits. */
    @Override
    protected ConnectorFactory getConnectorFactory() {
        return agents;
    }

    /** A key with a passphrase is skipped (and named if signing in fails): there is no one to ask. */
    @Override
    protected KeyPasswordProvider createKeyPasswordProvider(CredentialsProvider provider) {
        return new KeyPasswordProvider() {
            @Override
            public char[] getPassphrase(URIish uri, int attempt) {
                String name = display(uri.getPath() != null ? uri.getPath() : uri.toString());
                if (!lockedKeys.contains(name)) {
                    lockedKeys.add(name);
                }
                return null;
            }

            @Override
            public void setAttempts(int maxNumberOfAttempts) {
            }

            @Override
            public boolean keyLoaded(URIish uri, int attempt, Exception error) {
                return false;
            }
        };
    }

    private String display(String keyPath) {
        Path p = Path.of(keyPath);
        return p.startsWith(sshDir) ? "~/.ssh/" + sshDir.relativize(p) : keyPath;
    }

    /** Connecting and signing in, watched as one call. */
    private final class Connecting implements RemoteWatch.Watched {
        private final Thread thread;
        private final CompletableFuture<SshdSession> result;
        private final long limitMillis;
        private final long started = System.nanoTime();

        Connecting(Thread thread, CompletableFuture<SshdSession> result, long limitMillis) {
            this.thread = thread;
            this.result = result;
            this.limitMillis = limitMillis;
        }

        @Override
        public Optional<String> overdue(long now) {
            if (result.isDone() || (now - started) / 1_000_000 <= limitMillis) {
                return Optional.empty();
            }
            String agent = agents.waitedOnLongerThan(now, 0);
            if (agent != null) {
                agents.failed(agent, "did not answer in time", false);
                return Optional.of("Signing in to the remote " + watch.remoteName() + " did not end within "
                        + RemoteWatch.seconds(limitMillis) + ": " + agent + " did not answer in time");
            }
            return Optional.of("The remote " + watch.remoteName() + " did not complete the SSH connection and sign-in within "
                    + RemoteWatch.seconds(limitMillis));
        }

        @Override
        public void abort(IOException why) {
            if (result.completeExceptionally(why != null ? why : new IOException("cancelled"))) {
                // MINA's waits end on an interrupt; a session it still makes is closed as it arrives.
                thread.interrupt();
            }
            watch.closed(this);
        }
    }
}
