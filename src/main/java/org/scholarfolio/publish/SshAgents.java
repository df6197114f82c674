package org.scholarfolio.publish;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jgit.transport.SshConstants;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * The SSH agent of one publish, for JGit's Apache MINA transport: the socket {@code IdentityAgent} in
 * {@code ~/.ssh/config} names for the host, else {@code $SSH_AUTH_SOCK}, reached through the JDK's own
 * Unix-domain sockets ({@link SshAgentSocket}); {@code IdentityAgent none} is JGit's to honour, as is
 * {@code IdentitiesOnly}. What went wrong with the agent is kept as a sentence for the message, and an
 * agent that failed once in a publish is not asked again by its later connections (a silent agent
 * would otherwise cost the timeout three times: listing, fetching and pushing).
 */
final class SshAgents implements ConnectorFactory {
    private final Map<String, String> environment;
    private volatile long limitMillis;
    /** Why the agent's keys were not offered or did not sign; null while nothing went wrong. */
    private final AtomicReference<String> trouble = new AtomicReference<>();
    /** The agent last asked, as words ("the SSH agent at /run/user/1000/ssh-agent.socket ($SSH_AUTH_SOCK)"). */
    private final AtomicReference<String> lastAsked = new AtomicReference<>();
    /** How many keys the agent listed; -1 while it was not asked. */
    private final AtomicInteger keysListed = new AtomicInteger(-1);
    /** {@link System#nanoTime()} when an exchange with the agent began; 0 when none is under way. */
    private volatile long askingSince;
    private volatile boolean failedSigning;

    SshAgents(Map<String, String> environment, long limitMillis) {
        this.environment = Map.copyOf(environment);
        this.limitMillis = limitMillis;
    }

    /** How long one exchange with the agent may take: the limit of the remote's calls. */
    void limitTo(long millis) {
        limitMillis = millis;
    }

    @Override
    public Connector create(String identityAgent, File homeDir) {
        Path home = homeDir == null ? null : homeDir.toPath();
        String where = identityAgent == null || identityAgent.isEmpty() || SshConstants.ENV_SSH_AUTH_SOCKET.equals(identityAgent)
                ? "$" + SshConstants.ENV_SSH_AUTH_SOCKET : identityAgent;
        String source = "IdentityAgent in ~/.ssh/config";
        // ssh reads a value that begins with $ as the variable that holds the socket; JGit's reading of the
        // configuration made it a file in the home folder.
        String variable = where.startsWith("$") ? where.substring(1) : variableInHome(where, home);
        Path socket;
        if (variable != null) {
            String value = environment.get(variable);
            if (SshConstants.ENV_SSH_AUTH_SOCKET.equals(variable)) {
                source = "$" + SshConstants.ENV_SSH_AUTH_SOCKET;
            } else {
                source = "IdentityAgent $" + variable + " in ~/.ssh/config";
            }
            socket = value == null || value.isBlank() ? null : path(value);
        } else {
            socket = path(where);
        }
        String name = socket == null ? "" : "the SSH agent at " + socket + " (" + source + ")";
        return new SshAgentSocket(socket, name, this);
    }

    private static String variableInHome(String where, Path home) {
        Path p = path(where);
        if (p != null && home != null && p.getFileName() != null && p.getFileName().toString().startsWith("$")
                && home.toAbsolutePath().equals(p.toAbsolutePath().getParent())) {
            return p.getFileName().toString().substring(1);
        }
        return null;
    }

    private static Path path(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    long limitMillis() {
        return limitMillis;
    }

    /** Whether the agent may be asked: not once it has failed in this publish. */
    boolean usable() {
        return trouble.get() == null;
    }

    void asking(String name) {
        lastAsked.set(name);
        askingSince = System.nanoTime();
    }

    void answered() {
        askingSince = 0;
    }

    /** The agent being waited on at {@code now}, longer than {@code millis}; null when none is. */
    String waitedOnLongerThan(long now, long millis) {
        long since = askingSince;
        return since != 0 && (now - since) / 1_000_000 > millis ? lastAsked.get() : null;
    }

    void listed(int keys) {
        keysListed.set(keys);
    }

    /**
     * Records what went wrong, as the end of a sentence that begins with the agent's name; {@code listing}
     * when it happened before the agent's keys were offered (they were then not offered).
     */
    void failed(String name, String what, boolean listing) {
        if (trouble.compareAndSet(null, capitalized(name) + " " + what + (listing ? ", so its keys were not offered" : ""))) {
            failedSigning = !listing;
        }
    }

    /** Whether the agent failed when asked to sign, after it had listed its keys. */
    boolean failedSigning() {
        return failedSigning;
    }

    /** What went wrong with the agent, as a sentence; null when nothing did. */
    String trouble() {
        return trouble.get();
    }

    /** The keys the agent offered, for a message ("the 2 keys in the SSH agent at …"); null when it was not asked. */
    String offered() {
        int n = keysListed.get();
        String name = lastAsked.get();
        if (n < 0 || name == null) {
            return null;
        }
        return (n == 0 ? "no key in " : n == 1 ? "the key in " : "the " + n + " keys in ") + name;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public String getName() {
        return "scholarfolio-unix-socket";
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return List.of(getDefaultConnector());
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return new ConnectorDescriptor() {
            @Override
            public String getIdentityAgent() {
                return SshConstants.ENV_SSH_AUTH_SOCKET;
            }

            @Override
            public String getDisplayName() {
                return "SSH agent ($SSH_AUTH_SOCK)";
            }
        };
    }
}
