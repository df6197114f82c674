package org.scholarfolio.publish;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.transport.FtpChannel;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.RemoteSession2;

/**
 * One SSH session with the remote, for JGit, with the {@link RemoteWatch}'s limits: a read that gets
 * nothing, a write the server does not take, or the start of git on the server, each for longer than
 * the limit, gives the session up; so does an answer that arrives slower than
 * {@link RemoteWatch#MIN_BYTES_PER_SECOND} on average once reads have waited twice the limit (JGit's
 * own timeout restarts with every byte, so a server that sends one now and then was never cut off).
 * Giving up closes the session, which ends any read or write under way at once.
 */
final class WatchedSshSession implements RemoteSession2, RemoteWatch.Watched {
    private final RemoteWatch watch;
    private final RemoteSession session;
    private final long limitMillis;
    /** {@link System#nanoTime()} when the current call of each kind began; 0 when none is under way. */
    private volatile long startingSince;
    private volatile long readingSince;
    private volatile long writingSince;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong waitedNanos = new AtomicLong();
    private volatile IOException aborted;

    WatchedSshSession(RemoteWatch watch, RemoteSession session, long limitMillis) {
        this.watch = watch;
        this.session = session;
        this.limitMillis = limitMillis;
    }

    @Override
    public Process exec(String commandName, int timeout) throws IOException {
        return exec(commandName, Map.of(), timeout);
    }

    @Override
    public Process exec(String commandName, Map<String, String> environment, int timeout) throws IOException {
        check();
        startingSince = System.nanoTime();
        try {
            Process process = session instanceof RemoteSession2 s2 ? s2.exec(commandName, environment, timeout)
                    : session.exec(commandName, timeout);
            check();
            return new WatchedProcess(process);
        } catch (IOException | RuntimeException e) {
            check();
            throw e;
        } finally {
            startingSince = 0;
        }
    }

    @Override
    public FtpChannel getFtpChannel() {
        return session.getFtpChannel();
    }

    @Override
    public void disconnect() {
        watch.closed(this);
        session.disconnect();
    }

    @Override
    public Optional<String> overdue(long now) {
        if (aborted != null) {
            return Optional.empty();
        }
        if (waited(startingSince, now) > limitMillis) {
            return Optional.of("The remote " + watch.remoteName() + " accepted the connection but did not start git within "
                    + RemoteWatch.seconds(limitMillis));
        }
        if (waited(readingSince, now) > limitMillis) {
            return Optional.of(watch.stoppedSending(limitMillis));
        }
        if (waited(writingSince, now) > limitMillis) {
            return Optional.of(watch.stoppedTaking(limitMillis));
        }
        long reading = readingSince;
        long waitedMillis = (waitedNanos.get() + (reading == 0 ? 0 : now - reading)) / 1_000_000;
        if (waitedMillis > 2 * limitMillis && received.get() * 1000 < RemoteWatch.MIN_BYTES_PER_SECOND * waitedMillis) {
            return Optional.of(watch.tooSlow(received.get(), waitedMillis));
        }
        return Optional.empty();
    }

    private static long waited(long since, long now) {
        return since == 0 ? 0 : (now - since) / 1_000_000;
    }

    @Override
    public void abort(IOException why) {
        if (aborted != null) {
            return;
        }
        aborted = why != null ? why : new IOException("cancelled");
        // Closing waits for MINA to wind the session down; the watch's thread must not wait with it.
        Thread closer = new Thread(session::disconnect, "publish-ssh-disconnect");
        closer.setDaemon(true);
        closer.start();
        watch.closed(this);
    }

    private void check() throws IOException {
        IOException why = aborted;
        if (why != null) {
            throw why;
        }
    }

    /** git on the server, with its output and input watched; its messages (stderr) are JGit's to read. */
    private final class WatchedProcess extends Process {
        private final Process process;
        private final InputStream in;
        private final OutputStream out;

        WatchedProcess(Process process) {
            this.process = process;
            this.in = new WatchedInput(process.getInputStream());
            this.out = new WatchedOutput(process.getOutputStream());
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public InputStream getErrorStream() {
            return process.getErrorStream();
        }

        @Override
        public int waitFor() throws InterruptedException {
            return process.waitFor();
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            return process.waitFor(timeout, unit);
        }

        @Override
        public int exitValue() {
            return process.exitValue();
        }

        @Override
        public void destroy() {
            process.destroy();
        }
    }

    private final class WatchedInput extends FilterInputStream {
        WatchedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            long start = System.nanoTime();
            readingSince = start;
            try {
                int n = in.read(b, off, len);
                check();
                if (n > 0) {
                    received.addAndGet(n);
                } else if (n < 0) {
                    watch.sawHangUp();
                }
                return n;
            } catch (IOException | RuntimeException e) {
                check();
                throw e;
            } finally {
                readingSince = 0;
                waitedNanos.addAndGet(System.nanoTime() - start);
            }
        }
    }

    private final class WatchedOutput extends FilterOutputStream {
        WatchedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writing(() -> out.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            writing(out::flush);
        }

        private interface Write {
            void run() throws IOException;
        }

        private void writing(Write write) throws IOException {
            check();
            writingSince = System.nanoTime();
            try {
                write.run();
                check();
            } catch (IOException | RuntimeException e) {
                check();
                throw e;
            } finally {
                writingSince = 0;
            }
        }
    }
}
