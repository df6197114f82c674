package org.scholarfolio.publish;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
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
 * trust store.
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
    private final Set<WatchedConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> stopped = new AtomicReference<>();
    private final ScheduledExecutorService ticks;

    RemoteWatch(GitRemote remote, BooleanSupplier cancelled) {
        this.remote = remote;
        this.cancelled = cancelled;
        this.ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publish-watch");
            t.setDaemon(true);
            return t;
        });
        ticks.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Makes JGit's HTTP transports use this watch; other transports (SSH, file) are left as they are. */
    void configure(Transport transport) {
        if (transport instanceof TransportHttp http) {
            http.setHttpConnectionFactory(this);
        }
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

    void closed(WatchedConnection connection) {
        open.remove(connection);
    }

    /** What the remote is called in messages: its address, never a token. */
    String remoteName() {
        return remote.url();
    }

    private void tick() {
        boolean cancel = cancelled.getAsBoolean();
        long now = System.nanoTime();
        for (WatchedConnection c : open) {
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
        for (WatchedConnection c : open) {
            c.abort(null);
        }
        open.clear();
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
