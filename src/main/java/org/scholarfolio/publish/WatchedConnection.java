package org.scholarfolio.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.URL;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.eclipse.jgit.transport.http.HttpConnection;

/**
 * One HTTP exchange with the remote, for JGit, over Java's {@link HttpURLConnection}, with the
 * {@link RemoteWatch}'s limits: a call that waits on the server (for the answer's headers, or for it
 * to take what is sent) longer than the transport's timeout is given up by closing the connection,
 * and the answer's body is read by a {@link WatchedBody}, which gives up on its own.
 */
final class WatchedConnection implements HttpConnection, RemoteWatch.Watched {
    private final RemoteWatch watch;
    private final HttpURLConnection connection;
    private volatile int timeoutMillis = RemoteWatch.DEFAULT_TIMEOUT_MILLIS;
    /** {@link System#nanoTime()} when the current blocking call began; 0 when none is under way. */
    private volatile long blockedSince;
    private volatile boolean writing;
    private volatile WatchedBody body;
    private volatile IOException aborted;

    WatchedConnection(RemoteWatch watch, HttpURLConnection connection) {
        this.watch = watch;
        this.connection = connection;
    }

    /** Why this exchange should be given up at {@code now}, if it should. */
    @Override
    public Optional<String> overdue(long now) {
        long since = blockedSince;
        if (since != 0 && (now - since) / 1_000_000 > timeoutMillis) {
            return Optional.of(waitedTooLong());
        }
        WatchedBody b = body;
        return b == null ? Optional.empty() : b.overdue(now);
    }

    /** The answer was read to its end and put down. */
    void finished() {
        watch.closed(this);
    }

    private String waitedTooLong() {
        return writing
                ? watch.stoppedTaking(timeoutMillis)
                : "The remote " + watch.remoteName() + " accepted the connection but sent no complete answer within "
                        + RemoteWatch.seconds(timeoutMillis);
    }

    /** Gives the exchange up: {@code why}, or a cancellation when null. Never waits on the server. */
    @Override
    public void abort(IOException why) {
        if (aborted != null) {
            return;
        }
        aborted = why != null ? why : new IOException("cancelled");
        WatchedBody b = body;
        if (b != null) {
            b.abort(aborted);
        }
        // disconnect() can wait for a read under way to return; the thread asking must not wait with it.
        Thread closer = new Thread(connection::disconnect, "publish-disconnect");
        closer.setDaemon(true);
        closer.start();
        watch.closed(this);
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    /** A call that may wait on the server, timed by the watch. */
    private <T> T blocking(boolean write, Call<T> call) throws IOException {
        check();
        writing = write;
        blockedSince = System.nanoTime();
        try {
            return call.run();
        } catch (java.net.SocketTimeoutException e) {
            // The socket's own timeout, the same length as the watch's: the same sentence.
            check();
            throw watch.stop(waitedTooLong());
        } catch (IOException | RuntimeException e) {
            check();
            throw e;
        } finally {
            blockedSince = 0;
        }
    }

    private void check() throws IOException {
        if (aborted != null) {
            throw aborted;
        }
    }

    @Override
    public int getResponseCode() throws IOException {
        return blocking(false, connection::getResponseCode);
    }

    @Override
    public URL getURL() {
        return connection.getURL();
    }

    @Override
    public String getResponseMessage() throws IOException {
        return blocking(false, connection::getResponseMessage);
    }

    @Override
    public Map<String, List<String>> getHeaderFields() {
        return connection.getHeaderFields();
    }

    @Override
    public void setRequestProperty(String key, String value) {
        connection.setRequestProperty(key, value);
    }

    @Override
    public void setRequestMethod(String method) throws ProtocolException {
        connection.setRequestMethod(method);
    }

    @Override
    public void setUseCaches(boolean usecaches) {
        connection.setUseCaches(usecaches);
    }

    @Override
    public void setConnectTimeout(int timeout) {
        connection.setConnectTimeout(timeout);
    }

    @Override
    public void setReadTimeout(int timeout) {
        connection.setReadTimeout(timeout);
        if (timeout > 0) {
            timeoutMillis = timeout;
        }
    }

    @Override
    public String getContentType() {
        return connection.getContentType();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        InputStream in = blocking(false, connection::getInputStream);
        boolean advertisement = connection.getURL().getPath().endsWith("/info/refs");
        WatchedBody b = new WatchedBody(in, watch, timeoutMillis, advertisement ? RemoteWatch.MAX_ADVERTISEMENT : Long.MAX_VALUE,
                this);
        body = b;
        if (aborted != null) {
            b.abort(aborted);
        }
        return b;
    }

    @Override
    public String getHeaderField(String name) {
        return connection.getHeaderField(name);
    }

    @Override
    public List<String> getHeaderFields(String name) {
        List<String> values = connection.getHeaderFields().entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
        return values;
    }

    @Override
    public int getContentLength() {
        return connection.getContentLength();
    }

    @Override
    public void setInstanceFollowRedirects(boolean followRedirects) {
        connection.setInstanceFollowRedirects(followRedirects);
    }

    @Override
    public void setDoOutput(boolean dooutput) {
        connection.setDoOutput(dooutput);
    }

    @Override
    public void setFixedLengthStreamingMode(int contentLength) {
        connection.setFixedLengthStreamingMode(contentLength);
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        OutputStream out = blocking(true, connection::getOutputStream);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                blocking(true, () -> {
                    out.write(b);
                    return null;
                });
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                blocking(true, () -> {
                    out.write(b, off, len);
                    return null;
                });
            }

            @Override
            public void flush() throws IOException {
                blocking(true, () -> {
                    out.flush();
                    return null;
                });
            }

            @Override
            public void close() throws IOException {
                blocking(true, () -> {
                    out.close();
                    return null;
                });
            }
        };
    }

    @Override
    public void setChunkedStreamingMode(int chunklen) {
        connection.setChunkedStreamingMode(chunklen);
    }

    @Override
    public String getRequestMethod() {
        return connection.getRequestMethod();
    }

    @Override
    public boolean usingProxy() {
        return connection.usingProxy();
    }

    @Override
    public void connect() throws IOException {
        blocking(false, () -> {
            connection.connect();
            return null;
        });
    }

    @Override
    public void configure(KeyManager[] km, TrustManager[] tm, SecureRandom random)
            throws NoSuchAlgorithmException, KeyManagementException {
        if (connection instanceof HttpsURLConnection https) {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(km, tm, random);
            https.setSSLSocketFactory(context.getSocketFactory());
        }
    }

    @Override
    public void setHostnameVerifier(HostnameVerifier verifier) {
        if (connection instanceof HttpsURLConnection https) {
            https.setHostnameVerifier(verifier);
        }
    }
}
