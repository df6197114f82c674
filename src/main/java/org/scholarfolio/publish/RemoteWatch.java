package org.scholarfolio.publish;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;

/**
 * Every HTTP exchange of one publish with its remote, watched: JGit's own timeout is a read timeout
 * on the socket, so a server that sends a byte now and then (in its headers or its body) or stops
 * reading what is sent was never cut off. Here an exchange is given up when one call waits longer
 * than the transport's timeout, when a body arrives slower than {@link #MIN_BYTES_PER_SECOND} after
 * twice the timeout, when the list of branches passes {@link #MAX_ADVERTISEMENT} bytes, and at once
 * when the person cancels. Connections go only to the remote's own server: a redirect elsewhere is
 * not followed, so the token never reaches another host. Certificates are checked with Java's own
 * trust store. SSH remotes get the same limits through {@link WatchedSshSessions}.
 */
final class RemoteWatch implements HttpConnectionFactory2, AutoCloseable {
    /** The slowest a body may arrive, on average, once it has taken twice the timeout. */
    static final long MIN_BYTES_PER_SECOND = 1024;
    /** The most a list of branches (the ref advertisement) may hold; a site's repository has a few. */
    static final long MAX_ADVERTISEMENT = 16L << 20;
    /** The timeout when the transport sets none. */
    static final int DEFAULT_TIMEOUT_MILLIS = 60_000;

    private final GitRemote remote;
    private final BooleanSupplier cancelled;
    private final Set<Watched> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> stopped = new AtomicReference<>();
    private final AtomicReference<String> refused = new AtomicReference<>();
    private volatile boolean hungUp;
    private final ScheduledExecutorService ticks;
    private final Path home;
    private final java.util.Map<String, String> environment;
    private final String acceptedHostKey;
    private final AtomicReference<UnknownHostKey> unknownHostKey = new AtomicReference<>();
    private WatchedSshSessions ssh;

    /** Something under way with the remote that the watch may give up on. */
    interface Watched {
        /** Why it should be given up at {@code now} ({@link System#nanoTime()}), if it should. */
        Optional<String> overdue(long now);

        /** Gives it up: {@code why}, or a cancellation when null. Never waits on the server. */
        void abort(IOException why);
    }

    /**
     * {@code home} holds the {@code .ssh} folder an SSH remote signs in with; {@code environment} names the SSH agent ({@code SSH_AUTH_SOCK}); {@code acceptedHostKey} is the
     * fingerprint of a host key not yet in {@code known_hosts} that the person accepted (null: none).
     */
    RemoteWatch(GitRemote remote, BooleanSupplier cancelled, Path home, java.util.Map<String, String> environment,
                String acceptedHostKey) {
        this.remote = remote;
        this.cancelled = cancelled;
        this.home = home;
        this.environment = environment;
        this.acceptedHostKey = acceptedHostKey;
        this.ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publish-watch");
            t.setDaemon(true);
            return t;
        });
        ticks.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
    }

    /**
     * Makes JGit's HTTP and SSH transports use this watch (an SSH command in {@code GIT_SSH} is not
     * run: it could ask on the terminal); the file transport is left as it is.
     */
    void configure(Transport transport) {
        if (transport instanceof TransportHttp http) {
            http.setHttpConnectionFactory(this);
        } else if (transport instanceof SshTransport sshTransport) {
            int limit = transport.getTimeout() > 0 ? transport.getTimeout() : DEFAULT_TIMEOUT_MILLIS / 1000;
            sshTransport.setSshSessionFactory(sshSessions().limitedTo(limit * 1000));
            // JGit's own read timeout stays only as a backstop behind the watch, whose sentence says what happened.
            transport.setTimeout(limit * 2);
        }
    }

    private synchronized WatchedSshSessions sshSessions() {
        if (ssh == null) {
            ssh = new WatchedSshSessions(this, home, environment, acceptedHostKey);
        }
        return ssh;
    }

    /** Starts watching {@code w} until it is {@linkplain #closed(Watched) closed}. */
    void watch(Watched w) {
        open.add(w);
        if (cancelled.getAsBoolean()) {
            w.abort(null);
        }
    }

    /**
     * Records a sentence that says all there is to say about why publishing cannot go on (a host key
     * that is not known, a sign-in that would need a prompt); the first one wins.
     */
    void refuse(String sentence) {
        refused.compareAndSet(null, sentence);
    }

    /** A host key that {@code known_hosts} does not list, for the person to compare and perhaps accept. */
    void unknownHostKey(UnknownHostKey key) {
        unknownHostKey.compareAndSet(null, key);
    }

    Optional<UnknownHostKey> unknownHostKey() {
        return Optional.ofNullable(unknownHostKey.get());
    }

    /** The sentence {@link #refuse(String)} recorded, to be shown as it is. */
    Optional<String> refused() {
        return Optional.ofNullable(refused.get());
    }

    /** The remote ended an exchange (closed its side) while it was being read. */
    void sawHangUp() {
        hungUp = true;
    }

    /** Whether the remote ended an exchange while it was being read; what went wrong then is likely that. */
    boolean hungUp() {
        return hungUp;
    }

    GitRemote remote() {
        return remote;
    }

    /** Why the watch gave up on the remote, as a sentence; empty when it did not. */
    Optional<String> stopped() {
        return Optional.ofNullable(stopped.get());
    }

    boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public HttpConnection create(URL url) throws IOException {
        return create(url, Proxy.NO_PROXY);
    }

    @Override
    public HttpConnection create(URL url, Proxy proxy) throws IOException {
        if (!sameServer(url)) {
            throw stop("The remote " + remote.url() + " sent publishing on to " + url.getProtocol() + "://" + url.getHost()
                    + (url.getPort() < 0 ? "" : ":" + url.getPort()) + ", another server, which publishing does not follow so"
                    + " that your token goes to " + remote.host() + " only (if that server is the right one, publish to its"
                    + " address directly)");
        }
        if (cancelled.getAsBoolean()) {
            throw new IOException("cancelled");
        }
        WatchedConnection connection = new WatchedConnection(this, (HttpURLConnection) url.openConnection(proxy));
        open.add(connection);
        return connection;
    }

    @Override
    public GitSession newSession() {
        return new GitSession() {
            @Override
            public HttpConnection configure(HttpConnection connection, boolean sslVerify) {
                // sslVerify=false in a git configuration is not honoured: a token is only sent over a checked connection.
                return connection;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * The remote's own server: the same host and port, or the same host over https at its standard
     * port when the remote is an http address (an upgrade to an encrypted connection).
     */
    private boolean sameServer(URL url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (!host.equals(remote.host()) && !("[" + host + "]").equals(remote.host()) && !host.equals("[" + remote.host() + "]")) {
            return false;
        }
        int port = url.getPort() < 0 ? url.getDefaultPort() : url.getPort();
        URL original;
        try {
            original = java.net.URI.create(remote.url()).toURL();
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
        int originalPort = original.getPort() < 0 ? original.getDefaultPort() : original.getPort();
        boolean upgrade = original.getProtocol().equals("http") && originalPort == 80
                && url.getProtocol().equals("https") && port == 443;
        return upgrade || (port == originalPort && url.getProtocol().equalsIgnoreCase(original.getProtocol()));
    }

    /** Records why the remote was given up on (the first reason wins) and returns it as an exception. */
    IOException stop(String reason) {
        stopped.compareAndSet(null, reason);
        return new RemoteStoppedException(stopped.get());
    }

    void closed(Watched w) {
        open.remove(w);
    }

    /** What the remote is called in messages: its address, never a token. */
    String remoteName() {
        return remote.url();
    }

    /** The remote sent nothing for {@code millis}. */
    String stoppedSending(long millis) {
        return "The remote " + remoteName() + " stopped sending (nothing for " + seconds(millis) + ")";
    }

    /** The remote took nothing of what was sent for {@code millis}. */
    String stoppedTaking(long millis) {
        return "The remote " + remoteName() + " stopped taking what was sent (nothing for " + seconds(millis) + ")";
    }

    /** The remote's answer came slower than {@link #MIN_BYTES_PER_SECOND}: {@code received} bytes in {@code millis}. */
    String tooSlow(long received, long millis) {
        return "The remote " + remoteName() + " sent its answer too slowly (" + received + " bytes in " + seconds(millis / 1000 * 1000) + ")";
    }

    private void tick() {
        boolean cancel = cancelled.getAsBoolean();
        long now = System.nanoTime();
        for (Watched c : open) {
            if (cancel) {
                c.abort(null);
            } else {
                c.overdue(now).ifPresent(reason -> c.abort(stop(reason)));
            }
        }
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        for (Watched c : open) {
            c.abort(null);
        }
        open.clear();
        WatchedSshSessions s;
        synchronized (this) {
            s = ssh;
        }
        if (s != null) {
            s.close();
        }
    }

    /** A remote given up on by the watch; its message is the sentence for the person. */
    static final class RemoteStoppedException extends IOException {
        RemoteStoppedException(String message) {
            super(message);
        }
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
