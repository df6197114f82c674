package org.scholarfolio.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The body of one answer from the remote, read from the network by a thread of its own so that the
 * reader (JGit) never waits inside a socket read: it waits here, and is let go at once when the
 * person cancels or the remote is given up on — nothing for the timeout, slower on average than
 * {@link RemoteWatch#MIN_BYTES_PER_SECOND} once the body has taken twice the timeout, or more than
 * {@code limit} bytes. A network thread left waiting on a silent server ends at the socket's timeout.
 */
final class WatchedBody extends InputStream {
    private static final byte[] END = new byte[0];
    private static final int CHUNK = 64 * 1024;

    private final InputStream network;
    private final RemoteWatch watch;
    private final long timeoutMillis;
    private final long limit;
    private final WatchedConnection owner;
    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(8);
    private final long started = System.nanoTime();
    /** {@link System#nanoTime()} when the network thread began to wait for bytes; 0 while it is not waiting. */
    private volatile long waitingSince;
    private volatile long received;
    private volatile IOException aborted;
    private volatile boolean closed;
    private final Thread pump;
    private byte[] current = END;
    private int position;
    private boolean ended;

    WatchedBody(InputStream network, RemoteWatch watch, long timeoutMillis, long limit, WatchedConnection owner) {
        this.network = network;
        this.watch = watch;
        this.timeoutMillis = timeoutMillis;
        this.limit = limit;
        this.owner = owner;
        pump = new Thread(this::pump, "publish-read");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump() {
        byte[] buffer = new byte[CHUNK];
        try {
            while (!closed) {
                waitingSince = System.nanoTime();
                int n;
                try {
                    n = network.read(buffer);
                } finally {
                    waitingSince = 0;
                }
                if (n < 0) {
                    chunks.put(END);
                    return;
                }
                if (n > 0) {
                    received += n;
                    if (received > limit) {
                        abort(watch.stop("The remote " + watch.remoteName() + " sent a list of branches larger than "
                                + (limit >> 20) + " MB; it was not read"));
                        return;
                    }
                    chunks.put(Arrays.copyOf(buffer, n));
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            abort(watch.stop(stoppedSending()));
        } catch (IOException e) {
            offer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(Object item) {
        chunks.clear();
        chunks.offer(item);
    }

    /** Why this body should be given up at {@code now}, if it should. */
    Optional<String> overdue(long now) {
        if (closed || aborted != null) {
            return Optional.empty();
        }
        long waiting = waitingSince;
        long quiet = waiting == 0 ? 0 : (now - waiting) / 1_000_000;
        long taken = (now - started) / 1_000_000;
        if (quiet > timeoutMillis) {
            return Optional.of(stoppedSending());
        }
        if (taken > 2 * timeoutMillis && received * 1000 < RemoteWatch.MIN_BYTES_PER_SECOND * taken) {
            return Optional.of(watch.tooSlow(received, taken));
        }
        return Optional.empty();
    }

    private String stoppedSending() {
        return watch.stoppedSending(timeoutMillis);
    }

    void abort(IOException why) {
        if (aborted == null) {
            aborted = why;
            offer(why);
            pump.interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position >= current.length) {
            if (ended) {
                return -1;
            }
            next();
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    private void next() throws IOException {
        while (true) {
            if (aborted != null) {
                throw aborted;
            }
            Object item;
            try {
                item = chunks.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (item == null) {
                if (watch.cancelled()) {
                    abort(new IOException("cancelled"));
                }
                continue;
            }
            if (item == END) {
                ended = true;
                current = END;
                position = 0;
                return;
            }
            if (item instanceof IOException e) {
                throw aborted != null ? aborted : e;
            }
            current = (byte[]) item;
            position = 0;
            return;
        }
    }

    @Override
    public int available() {
        return current.length - position;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!ended && position >= current.length && chunks.peek() == END) {
            // Read to the last byte, only the end not yet asked for: the connection may be kept for the next request.
            ended = true;
        }
        if (ended) {
            owner.finished();
            network.close();
        } else {
            // Put down before its end (JGit read what it needed, or gave up): the rest is not waited for.
            abort(new IOException("closed"));
            owner.abort(new IOException("closed"));
        }
    }
}
