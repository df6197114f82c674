package org.scholarfolio.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;

/**
 * One connection to an SSH agent over a Unix-domain socket, with the JDK's own sockets (no native
 * library). The agent is a program on this computer, but it may be dead, hung or not an agent at all,
 * so it is held to the remote's limits: each exchange must end within the limit, and an answer may
 * hold at most 256 KB (OpenSSH's own bound). An agent that cannot be reached is no agent; one that
 * does not answer its list of keys properly (nothing in time, something that is not a list, too much,
 * or a hang-up in the middle) is told as such and signing in goes on with the keys in {@code ~/.ssh},
 * as ssh does; one that fails to sign ends the sign-in with its sentence.
 */
final class SshAgentSocket extends AbstractConnector {
    static final byte REQUEST_IDENTITIES = 11;
    static final byte IDENTITIES_ANSWER = 12;
    static final byte SIGN_REQUEST = 13;
    static final byte SIGN_RESPONSE = 14;
    /** OpenSSH's bound on the keys an agent lists (as JGit's client). */
    private static final int MAX_KEYS = 2048;

    private final Path socket;
    private final String name;
    private final SshAgents agents;
    private SocketChannel channel;
    private Selector selector;

    /** {@code socket} null: there is no agent. */
    SshAgentSocket(Path socket, String name, SshAgents agents) {
        this.socket = socket;
        this.name = name;
        this.agents = agents;
    }

    @Override
    public synchronized boolean connect() {
        if (channel != null) {
            return true;
        }
        if (socket == null || !agents.usable()) {
            return false;
        }
        SocketChannel c = null;
        try {
            c = SocketChannel.open(StandardProtocolFamily.UNIX);
            c.configureBlocking(false);
            Selector s = Selector.open();
            channel = c;
            selector = s;
            long deadline = System.nanoTime() + agents.limitMillis() * 1_000_000;
            agents.asking(name);
            try {
                if (!c.connect(UnixDomainSocketAddress.of(socket))) {
                    c.register(s, SelectionKey.OP_CONNECT);
                    while (!c.finishConnect()) {
                        await(deadline);
                    }
                }
            } finally {
                agents.answered();
            }
            return true;
        } catch (IOException e) {
            agents.failed(name, e instanceof AgentTimeout ? "did not take the connection within "
                    + RemoteWatch.seconds(agents.limitMillis()) : "could not be reached (" + reason(e) + ")", true);
            close();
            return false;
        }
    }

    @Override
    public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
        if (channel == null) {
            throw new IOException("not connected to the SSH agent");
        }
        prepareMessage(command, message);
        agents.asking(name);
        try {
            long deadline = System.nanoTime() + agents.limitMillis() * 1_000_000;
            write(ByteBuffer.wrap(message), deadline);
            ByteBuffer length = ByteBuffer.allocate(4);
            read(length, deadline);
            long n = Integer.toUnsignedLong(length.getInt(0));
            if (n == 0 || n > getMaximumMessageLength() - 4) {
                throw new AgentFailure("sent an answer of " + n + " bytes, which is no agent's answer (at most "
                        + (getMaximumMessageLength() >> 10) + " KB)");
            }
            ByteBuffer payload = ByteBuffer.allocate((int) n);
            read(payload, deadline);
            byte[] answer = payload.array();
            if (command == REQUEST_IDENTITIES) {
                int keys = keysIn(answer);
                agents.listed(keys);
            } else if (command == SIGN_REQUEST && answer[0] != SIGN_RESPONSE) {
                throw new AgentFailure("declined to sign with its key (it answered " + answer[0] + ", not a signature:"
                        + " is the agent locked, or was a confirmation declined?)");
            }
            return answer;
        } catch (IOException e) {
            String what = e instanceof AgentFailure f ? f.getMessage()
                    : e instanceof AgentTimeout ? "did not answer within " + RemoteWatch.seconds(agents.limitMillis())
                    : e instanceof InterruptedIOException ? "was given up on"
                    : "broke off the exchange (" + reason(e) + ")";
            agents.failed(name, what, command == REQUEST_IDENTITIES);
            close();
            if (command == REQUEST_IDENTITIES) {
                // As ssh: the keys in ~/.ssh are still tried; an empty list says "no keys from the agent".
                return new byte[] {IDENTITIES_ANSWER, 0, 0, 0, 0};
            }
            throw new IOException(agents.trouble(), e);
        } finally {
            agents.answered();
        }
    }

    /** The number of keys an answer to {@link #REQUEST_IDENTITIES} lists, when it is one; else fails. */
    static int keysIn(byte[] answer) throws AgentFailure {
        ByteBuffer b = ByteBuffer.wrap(answer);
        if (b.get() != IDENTITIES_ANSWER || b.remaining() < 4) {
            throw new AgentFailure("answered with something that is not a list of keys");
        }
        int keys = b.getInt();
        if (keys < 0 || keys > MAX_KEYS) {
            throw new AgentFailure("answered with a list of " + Integer.toUnsignedString(keys) + " keys, which is no agent's list");
        }
        for (int i = 0; i < 2 * keys; i++) {
            // a key's blob, then its comment; each a length and that many bytes
            int n = b.remaining() < 4 ? -1 : b.getInt();
            if (n < 0 || n > b.remaining() || (i % 2 == 0 && n == 0)) {
                throw new AgentFailure("answered with a list of keys that ends before its last key");
            }
            b.position(b.position() + n);
        }
        return keys;
    }

    private void write(ByteBuffer data, long deadline) throws IOException {
        while (data.hasRemaining()) {
            if (channel.write(data) == 0) {
                channel.register(selector, SelectionKey.OP_WRITE);
                await(deadline);
            }
        }
    }

    private void read(ByteBuffer into, long deadline) throws IOException {
        while (into.hasRemaining()) {
            int n = channel.read(into);
            if (n < 0) {
                throw new AgentFailure(into.position() == 0 && into.capacity() == 4 ? "closed the connection without answering"
                        : "hung up in the middle of its answer");
            }
            if (n == 0) {
                channel.register(selector, SelectionKey.OP_READ);
                await(deadline);
            }
        }
    }

    /** Waits until the channel is ready or the deadline passes; an interrupt ends the wait. */
    private void await(long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new AgentTimeout();
        }
        selector.select(Math.max(1, left));
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        selector.selectedKeys().clear();
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public synchronized void close() {
        try {
            if (selector != null) {
                selector.close();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing more to do with a socket that will not close
        } finally {
            selector = null;
            channel = null;
        }
    }

    /** An agent that said something no agent says. */
    static final class AgentFailure extends IOException {
        AgentFailure(String what) {
            super(what);
        }
    }

    private static final class AgentTimeout extends IOException {
        AgentTimeout() {
            super("timed out");
        }
    }
}
