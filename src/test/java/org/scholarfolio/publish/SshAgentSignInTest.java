package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishResult.Outcome;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.PortfolioStore;

/**
 * Signing in over SSH with the keys people really have: a key with a passphrase held in a real
 * {@code ssh-agent}, reached through {@code $SSH_AUTH_SOCK} or {@code IdentityAgent}, with
 * {@code IdentityAgent none} and {@code IdentitiesOnly} honoured; and agents that are dead or hostile
 * (never answer, answer garbage, announce a huge answer, hang up in the middle), each of which must end
 * within the remote's limits with a sentence that names the agent, and fall back to the key files as
 * ssh does. A loopback Apache MINA server stands for the git host; a 2 s timeout for the standard 60 s.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SshAgentSignInTest {
    private static final int TIMEOUT = 2;
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path tmp;

    private Path portfolioDir;
    private Portfolio portfolio;
    private Path repositories;
    private Path home;
    private Path ssh;
    private GitSshServer server;
    private Process agent;
    private Path agentSocket;
    private HostileAgent hostile;
    private int caches;

    @BeforeEach
    void setUp() throws Exception {
        portfolioDir = PublishOverHttpTest.copy(Path.of("sample-data", "alan-turing"), tmp.resolve("portfolio"));
        portfolio = PortfolioStore.load(portfolioDir).portfolio();
        repositories = Files.createDirectories(tmp.resolve("server"));
        PublishOverHttpTest.git(repositories, "init", "--bare", "--quiet", "site.git");
        home = Files.createDirectories(tmp.resolve("home"));
        ssh = Files.createDirectories(home.resolve(".ssh"));
        server = new GitSshServer(repositories, GitSshServer.SignIn.KEY);
        Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine(server.hostKey.getPublic()));
        warmUp();
    }

    private static boolean warmedUp;

    /** One publish per JVM first: the first SSH connection loads MINA, slower on a loaded machine than 2 s allow. */
    private void warmUp() throws Exception {
        if (warmedUp) {
            return;
        }
        KeyPair key = GitSshServer.newKey();
        Path warmHome = Files.createDirectories(tmp.resolve("warm-home"));
        GitSshServer.writeKey(warmHome.resolve(".ssh"), "id_ecdsa", key, null);
        Files.writeString(warmHome.resolve(".ssh/known_hosts"), server.knownHostsLine(server.hostKey.getPublic()));
        server.authorizedKeys.add(key.getPublic());
        PublishOverHttpTest.git(repositories, "init", "--bare", "--quiet", "warm-up.git");
        var target = new PublishTarget(server.url("warm-up.git"), "gh-pages", "", "");
        new Publisher(new PublishCache(tmp.resolve("warm-up-cache")), new SiteExporter(), 60, warmHome, Map.of())
                .publish(new PublishRequest(portfolio, portfolioDir, ExportOptions.defaults(), target, "", false, GitCredentials.none()),
                        PublishProgress.SILENT, () -> false);
        server.authorizedKeys.clear();
        warmedUp = true;
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
        if (agent != null) {
            agent.destroy();
            agent.waitFor(10, TimeUnit.SECONDS);
        }
        if (hostile != null) {
            hostile.close();
        }
    }

    /** A key made by ssh-keygen with a passphrase, as {@code ~/.ssh/name}; the server accepts it. */
    private PublicKey passphraseKey(String name) throws Exception {
        run(List.of("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", PASSPHRASE, "-C", "ada@laptop", "-f",
                ssh.resolve(name).toString()), Map.of());
        return publicKey(ssh.resolve(name + ".pub"));
    }

    private static PublicKey publicKey(Path pub) throws Exception {
        return PublicKeyEntry.parsePublicKeyEntry(Files.readString(pub).strip()).resolvePublicKey(null, Map.of(), null);
    }

    /** A real ssh-agent on {@code socket}, holding {@code ~/.ssh/name}, unlocked with its passphrase by ssh-add. */
    private void startAgentWith(String name) throws Exception {
        agentSocket = tmp.resolve("agent.sock");
        agent = new ProcessBuilder("ssh-agent", "-D", "-a", agentSocket.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("agent.log").toFile()).start();
        for (int i = 0; i < 100 && !Files.exists(agentSocket); i++) {
            Thread.sleep(50);
        }
        Path askpass = tmp.resolve("askpass.sh");
        Files.writeString(askpass, "#!/bin/sh\necho '" + PASSPHRASE + "'\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        run(List.of("ssh-add", ssh.resolve(name).toString()), Map.of("SSH_AUTH_SOCK", agentSocket.toString(),
                "SSH_ASKPASS", askpass.toString(), "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0"));
        assertThat(run(List.of("ssh-add", "-l"), Map.of("SSH_AUTH_SOCK", agentSocket.toString()))).contains("ada@laptop");
    }

    private String run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + ": " + out).isZero();
        return out;
    }

    /** With the standard timeout: a well-behaved server and agent may still be slow on a loaded machine. */
    private PublishResult publish(Map<String, String> environment) {
        return publish(environment, 60);
    }

    private PublishResult publish(Map<String, String> environment, int timeout) {
        var target = new PublishTarget(server.url("site.git"), "gh-pages", "https://turing.example.org/", "");
        var options = ExportOptions.defaults().withLastUpdated(java.time.LocalDate.of(2026, 1, 1));
        return new Publisher(new PublishCache(tmp.resolve("cache" + caches++)), new SiteExporter(), timeout, home, environment)
                .publish(new PublishRequest(portfolio, portfolioDir, options, target, "", false, GitCredentials.none()),
                        PublishProgress.SILENT, () -> false);
    }

    private void published(PublishResult result) throws Exception {
        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(PublishOverHttpTest.git(repositories.resolve("site.git"), "ls-tree", "--name-only", "gh-pages")).contains("index.html");
    }

    @Test
    void aKeyWithAPassphraseHeldInTheAgentSignsIn() throws Exception {
        server.authorizedKeys.add(passphraseKey("id_ecdsa"));
        startAgentWith("id_ecdsa");

        published(publish(Map.of("SSH_AUTH_SOCK", agentSocket.toString())));
        // Without the agent the same key file is skipped, and the message says where to put it.
        PublishResult without = publish(Map.of());
        assertThat(without.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(without.message()).contains("The key ~/.ssh/id_ecdsa is protected by a passphrase")
                .contains("ssh-add").doesNotContain(PASSPHRASE);
    }

    @Test
    void identityAgentInTheSshConfigNamesTheSocketAndNoneSwitchesTheAgentOff() throws Exception {
        server.authorizedKeys.add(passphraseKey("id_ecdsa"));
        startAgentWith("id_ecdsa");
        Map<String, String> staleSocket = Map.of("SSH_AUTH_SOCK", tmp.resolve("gone.sock").toString());

        Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  IdentityAgent " + agentSocket + "\n");
        published(publish(staleSocket));

        Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  IdentityAgent $SCHOLARFOLIO_TEST_AGENT\n");
        Map<String, String> named = new HashMap<>(staleSocket);
        named.put("SCHOLARFOLIO_TEST_AGENT", agentSocket.toString());
        assertThat(publish(named).outcome()).isIn(Outcome.PUBLISHED, Outcome.UNCHANGED);

        Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  IdentityAgent none\n");
        PublishResult none = publish(Map.of("SSH_AUTH_SOCK", agentSocket.toString()));
        assertThat(none.outcome()).as(none.message()).isEqualTo(Outcome.FAILED);
        assertThat(none.message()).contains("protected by a passphrase").doesNotContain("the key in the SSH agent");
    }

    @Test
    void identitiesOnlyOffersOnlyTheNamedKeyNotTheAgentsOthers() throws Exception {
        server.authorizedKeys.add(passphraseKey("id_ecdsa"));
        startAgentWith("id_ecdsa");
        KeyPair other = GitSshServer.newKey();
        GitSshServer.writeKey(ssh, "work_key", other, null);
        Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  IdentitiesOnly yes\n  IdentityFile ~/.ssh/work_key\n");

        PublishResult result = publish(Map.of("SSH_AUTH_SOCK", agentSocket.toString()));

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("did not accept any key");
        Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  IdentityFile ~/.ssh/work_key\n");
        published(publish(Map.of("SSH_AUTH_SOCK", agentSocket.toString())));
    }

    /** An agent on loopback that misbehaves when asked {@code when}. */
    private Map<String, String> hostileAgent(byte when, HostileAgent.Answer answer) throws Exception {
        hostile = new HostileAgent(tmp.resolve("hostile.sock"), when, answer, null);
        return Map.of("SSH_AUTH_SOCK", hostile.socket.toString());
    }

    private PublishResult givesUp(Map<String, String> environment, String... said) {
        long start = System.nanoTime();
        PublishResult result = publish(environment, TIMEOUT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.FAILED);
        // Connecting and signing in may take twice the timeout; a loaded machine adds to it.
        assertThat(took).as(result.message()).isLessThan(Duration.ofSeconds(30));
        assertThat(result.message()).doesNotContain("Exception").doesNotContain("\tat ");
        if (said.length > 0) {
            assertThat(result.message()).contains(said);
        }
        return result;
    }

    @Test
    void anAgentThatNeverAnswersIsGivenUpOnAndNamed() throws Exception {
        KeyPair refused = GitSshServer.newKey();
        GitSshServer.writeKey(ssh, "id_ecdsa", refused, null);
        var env = hostileAgent(SshAgentSocket.REQUEST_IDENTITIES, HostileAgent.Answer.NOTHING);

        givesUp(env, "did not accept any key", "The SSH agent at " + hostile.socket + " ($SSH_AUTH_SOCK) did not answer within 2 s,"
                + " so its keys were not offered");
        assertThat(hostile.requests).hasSize(1);
    }

    @Test
    void anAgentThatAnswersGarbageOrTooMuchOrHangsUpIsNamedWithWhatItDid() throws Exception {
        GitSshServer.writeKey(ssh, "id_ecdsa", GitSshServer.newKey(), null);
        Map<HostileAgent.Answer, String> cases = Map.of(
                HostileAgent.Answer.GARBAGE, "answered with something that is not a list of keys",
                HostileAgent.Answer.HTTP, "sent an answer of 1213486160 bytes, which is no agent's answer (at most 256 KB)",
                HostileAgent.Answer.HUGE, "sent an answer of 2147483647 bytes",
                HostileAgent.Answer.HANG_UP, "hung up in the middle of its answer",
                HostileAgent.Answer.SHORT_LIST, "a list of keys that ends before its last key");
        for (var c : cases.entrySet()) {
            var env = hostileAgent(SshAgentSocket.REQUEST_IDENTITIES, c.getKey());
            givesUp(env, "did not accept any key", "The SSH agent at " + hostile.socket, c.getValue(), "so its keys were not offered");
            hostile.close();
        }
    }

    @Test
    void aSilentAgentDoesNotStopTheKeyFilesFromSigningIn() throws Exception {
        KeyPair key = GitSshServer.newKey();
        GitSshServer.writeKey(ssh, "id_ecdsa", key, null);
        server.authorizedKeys.add(key.getPublic());
        var env = hostileAgent(SshAgentSocket.REQUEST_IDENTITIES, HostileAgent.Answer.NOTHING);

        long start = System.nanoTime();
        // 5 s: the agent takes its 5, and the key files must still sign in within the 10 s connecting may take.
        published(publish(env, 5));
        // Asked once in the publish, not once per connection (listing, fetching, pushing).
        assertThat(hostile.requests).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void anAgentThatListsAKeyButNeverSignsIsGivenUpOn() throws Exception {
        Path pub = ssh.resolve("id_agent.pub");
        PublicKey listed = passphraseKey("id_agent");
        server.authorizedKeys.add(listed);
        byte[] blob = Base64.getDecoder().decode(Files.readString(pub).split(" ")[1]);
        hostile = new HostileAgent(tmp.resolve("hostile.sock"), SshAgentSocket.SIGN_REQUEST, HostileAgent.Answer.NOTHING, blob);

        PublishResult result = givesUp(Map.of("SSH_AUTH_SOCK", hostile.socket.toString()));
        // The agent's own limit, or connecting's (twice the limit) when the handshake took long on a loaded machine.
        assertThat(result.message()).containsIgnoringCase("the SSH agent at " + hostile.socket + " ($SSH_AUTH_SOCK) did not answer");
        assertThat(hostile.requests).contains(SshAgentSocket.SIGN_REQUEST);
    }

    @Test
    void keysInAnAgentsAnswerAreCountedOnlyWhenTheListIsWhole() throws Exception {
        assertThat(SshAgentSocket.keysIn(new byte[] {12, 0, 0, 0, 0})).isZero();
        assertThat(SshAgentSocket.keysIn(HostileAgent.identities(new byte[] {1, 2, 3}))).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SshAgentSocket.keysIn(new byte[] {12, 0, 0, 0, 1, 0, 0, 0, 9}))
                .hasMessageContaining("ends before its last key");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SshAgentSocket.keysIn(new byte[] {5}))
                .hasMessageContaining("not a list of keys");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SshAgentSocket.keysIn(new byte[] {12, 127, 0, 0, 0}))
                .hasMessageContaining("2130706432 keys");
    }

    /** An SSH agent on a Unix-domain socket that answers properly until asked {@code when}, then misbehaves. */
    static final class HostileAgent implements AutoCloseable {
        enum Answer { NOTHING, GARBAGE, HTTP, HUGE, HANG_UP, SHORT_LIST }

        final Path socket;
        final List<Byte> requests = new CopyOnWriteArrayList<>();
        private final ServerSocketChannel channel;
        private final List<SocketChannel> clients = new CopyOnWriteArrayList<>();

        HostileAgent(Path socket, byte when, Answer answer, byte[] keyBlob) throws Exception {
            this.socket = socket;
            Files.deleteIfExists(socket);
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        SocketChannel client = channel.accept();
                        clients.add(client);
                        Thread serve = new Thread(() -> serve(client, when, answer, keyBlob), "hostile-agent");
                        serve.setDaemon(true);
                        serve.start();
                    }
                } catch (Exception e) {
                    // closed
                }
            }, "hostile-agent-accept");
            accept.setDaemon(true);
            accept.start();
        }

        private void serve(SocketChannel client, byte when, Answer answer, byte[] keyBlob) {
            try {
                while (true) {
                    ByteBuffer length = ByteBuffer.allocate(4);
                    while (length.hasRemaining()) {
                        if (client.read(length) < 0) {
                            return;
                        }
                    }
                    ByteBuffer request = ByteBuffer.allocate(length.getInt(0));
                    while (request.hasRemaining()) {
                        if (client.read(request) < 0) {
                            return;
                        }
                    }
                    byte command = request.get(0);
                    requests.add(command);
                    if (command != when) {
                        // A proper agent's answer: the listed key, or a failure for anything else.
                        client.write(ByteBuffer.wrap(frame(command == SshAgentSocket.REQUEST_IDENTITIES
                                ? identities(keyBlob) : new byte[] {5})));
                        continue;
                    }
                    switch (answer) {
                        case NOTHING -> Thread.sleep(Long.MAX_VALUE);
                        case GARBAGE -> client.write(ByteBuffer.wrap(frame(new byte[] {99, 1, 2, 3, 4, 5})));
                        case HTTP -> client.write(ByteBuffer.wrap("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
                        case HUGE -> {
                            client.write(ByteBuffer.wrap(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}));
                            ByteBuffer junk = ByteBuffer.allocate(64 << 10);
                            for (int i = 0; i < 64; i++) {
                                junk.clear();
                                client.write(junk);
                            }
                        }
                        case HANG_UP -> {
                            client.write(ByteBuffer.wrap(new byte[] {0, 0, 4, 0, 12, 0, 0}));
                            client.close();
                        }
                        case SHORT_LIST -> client.write(ByteBuffer.wrap(frame(new byte[] {12, 0, 0, 0, 3, 0, 0, 0, 1, 7})));
                    }
                }
            } catch (Exception e) {
                // the client went away
            }
        }

        static byte[] identities(byte[] keyBlob) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(12);
            if (keyBlob == null) {
                out.writeInt(0);
            } else {
                out.writeInt(1);
                out.writeInt(keyBlob.length);
                out.write(keyBlob);
                byte[] comment = "ada@laptop".getBytes(StandardCharsets.UTF_8);
                out.writeInt(comment.length);
                out.write(comment);
            }
            return bytes.toByteArray();
        }

        private static byte[] frame(byte[] payload) {
            return ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
        }

        @Override
        public void close() throws Exception {
            channel.close();
            for (SocketChannel c : clients) {
                c.close();
            }
            Files.deleteIfExists(socket);
        }
    }
}
