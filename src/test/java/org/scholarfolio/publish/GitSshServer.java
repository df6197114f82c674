package org.scholarfolio.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.keyboard.PromptEntry;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.session.ServerSession;

/**
 * A git server over SSH on loopback for the tests (Apache MINA sshd, with real {@code git upload-pack}
 * and {@code git receive-pack} behind it), whose behaviour a test swaps for a hostile one. Keys are
 * elliptic-curve keys made here, written in OpenSSH's formats into a test's {@code ~/.ssh}.
 */
public final class GitSshServer implements AutoCloseable {
    /** What the server does with one git command; {@link Exchange#passOn()} is a well-behaved server. */
    interface Behaviour {
        void run(Exchange exchange) throws Exception;
    }

    /** How the server lets a client sign in. */
    public enum SignIn { KEY, PASSWORD, CODE }

    public final KeyPair hostKey;
    public final List<PublicKey> authorizedKeys = new CopyOnWriteArrayList<>();
    final List<String> passwordsTried = new CopyOnWriteArrayList<>();
    final List<String> commands = new CopyOnWriteArrayList<>();
    volatile Behaviour behaviour = Exchange::passOn;
    private final Path repositories;
    private final SshServer sshd;

    public GitSshServer(Path repositories, SignIn signIn) throws IOException, GeneralSecurityException {
        this.repositories = repositories;
        this.hostKey = newKey();
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        switch (signIn) {
            case KEY -> sshd.setPublickeyAuthenticator((user, key, session) ->
                    authorizedKeys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
            case PASSWORD -> sshd.setPasswordAuthenticator((user, password, session) -> {
                passwordsTried.add(password);
                return false;
            });
            case CODE -> sshd.setKeyboardInteractiveAuthenticator(new KeyboardInteractiveAuthenticator() {
                @Override
                public InteractiveChallenge generateChallenge(ServerSession session, String user, String lang, String subMethods) {
                    InteractiveChallenge challenge = new InteractiveChallenge();
                    challenge.setInteractionName("Two-factor");
                    challenge.addPrompt(new PromptEntry("Verification code: ", true));
                    return challenge;
                }

                @Override
                public boolean authenticate(ServerSession session, String user, List<String> responses) {
                    passwordsTried.addAll(responses);
                    return false;
                }
            });
        }
        if (signIn != SignIn.KEY) {
            sshd.setPublickeyAuthenticator((user, key, session) -> false);
        }
        sshd.setCommandFactory((channel, command) -> new GitCommand(command));
        sshd.start();
    }

    public int port() {
        return sshd.getPort();
    }

    public String url(String repository) {
        return "ssh://git@127.0.0.1:" + port() + "/" + repository;
    }

    /** The line {@code known_hosts} holds for this server with {@code key}. */
    public String knownHostsLine(PublicKey key) {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key) + "\n";
    }

    @Override
    public void close() {
        try {
            sshd.stop(true);
        } catch (IOException e) {
            // the test is over
        }
    }

    public static KeyPair newKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** Writes {@code key} as {@code sshDir/name} and {@code name.pub}, with {@code passphrase} when not null. */
    public static void writeKey(Path sshDir, String name, KeyPair key, String passphrase) throws Exception {
        Files.createDirectories(sshDir);
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
            encryption.setPassword(passphrase);
        }
        Path file = sshDir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test@scholarfolio", encryption, out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(sshDir.resolve(name + ".pub"), PublicKeyEntry.toString(key.getPublic()) + " test@scholarfolio\n");
    }

    /** One git command run for a client: the streams of its SSH channel and the repository it names. */
    final class Exchange {
        final String command;
        final InputStream in;
        final OutputStream out;
        final OutputStream err;
        final Map<String, String> environment;

        Exchange(String command, InputStream in, OutputStream out, OutputStream err, Map<String, String> environment) {
            this.command = command;
            this.in = in;
            this.out = out;
            this.err = err;
            this.environment = environment;
        }

        boolean isReceivePack() {
            return command.startsWith("git-receive-pack");
        }

        /** Runs the command with real git, its output passed through {@code filter} on the way to the client. */
        void passOn(OutputFilter filter) throws Exception {
            String[] parts = command.split(" ", 2);
            String repository = parts[1].replace("'", "").replaceFirst("^/", "");
            List<String> git = new ArrayList<>(List.of("git", parts[0].substring("git-".length()), repositories.resolve(repository).toString()));
            ProcessBuilder pb = new ProcessBuilder(git);
            String protocol = environment.get("GIT_PROTOCOL");
            if (protocol != null) {
                pb.environment().put("GIT_PROTOCOL", protocol);
            }
            Process p = pb.start();
            Thread input = pump(in, p.getOutputStream(), OutputFilter.NONE, () -> filter.clientSent());
            Thread errors = pump(p.getErrorStream(), err, OutputFilter.NONE, () -> { });
            copy(p.getInputStream(), out, filter);
            errors.join();
            p.waitFor();
            input.interrupt();
        }

        void passOn() throws Exception {
            passOn(OutputFilter.NONE);
        }
    }

    /** What a hostile server does to git's output on its way to the client. */
    interface OutputFilter {
        OutputFilter NONE = (out, bytes, n) -> out.write(bytes, 0, n);

        /** Sends (or not) {@code n} bytes of git's output. */
        void send(OutputStream out, byte[] bytes, int n) throws Exception;

        /** The client sent something (its wants, or the commands and pack of a push). */
        default void clientSent() {
        }
    }

    private static Thread pump(InputStream from, OutputStream to, OutputFilter filter, Runnable onData) {
        Thread t = new Thread(() -> {
            try {
                byte[] buffer = new byte[8192];
                for (int n; (n = from.read(buffer)) > 0; ) {
                    onData.run();
                    filter.send(to, buffer, n);
                    to.flush();
                }
                to.close();
            } catch (Exception e) {
                // the other side went away
            }
        }, "git-ssh-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void copy(InputStream from, OutputStream to, OutputFilter filter) throws Exception {
        byte[] buffer = new byte[8192];
        for (int n; (n = from.read(buffer)) > 0; ) {
            filter.send(to, buffer, n);
            to.flush();
        }
    }

    /** Waits until the test ends the server (its threads are daemons, and stopping the server closes the channel). */
    static void sleepUntilClosed() throws InterruptedException {
        new CountDownLatch(1).await();
    }

    private final class GitCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Thread thread;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            commands.add(command);
            thread = new Thread(() -> {
                int code = 0;
                try {
                    behaviour.run(new Exchange(command, in, out, err, env.getEnv()));
                    out.flush();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    code = 1;
                    try {
                        err.write(("server: " + e + "\n").getBytes(StandardCharsets.UTF_8));
                        err.flush();
                    } catch (IOException ignored) {
                        // gone
                    }
                }
                exit.onExit(code);
            }, "git-ssh-command");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
