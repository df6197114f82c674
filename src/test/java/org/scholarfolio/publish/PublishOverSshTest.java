package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scholarfolio publish} over SSH as a person runs it, in a process of its own with the keys
 * in its {@code ~/.ssh}, its standard input open (a prompt would wait on it for ever), an SSH agent
 * that never answers and a {@code GIT_SSH} command in its environment: the command is never run (it
 * could ask on the terminal), and the agent is given up on after the timeout, the key files then
 * signing in.
 */
class PublishOverSshTest {
    @TempDir
    Path tmp;

    private Path portfolio;
    private Path repositories;
    private Path home;
    private GitSshServer server;
    private ServerSocketChannel agent;
    private final List<SocketChannel> agentClients = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        portfolio = PublishOverHttpTest.copy(Path.of("sample-data", "yihua-zhang"), tmp.resolve("portfolio"));
        repositories = Files.createDirectories(tmp.resolve("server"));
        PublishOverHttpTest.git(repositories, "init", "--bare", "--quiet", "site.git");
        home = Files.createDirectories(tmp.resolve("home"));
        KeyPair key = GitSshServer.newKey();
        GitSshServer.writeKey(home.resolve(".ssh"), "id_ecdsa", key, null);
        server = new GitSshServer(repositories, GitSshServer.SignIn.KEY);
        server.authorizedKeys.add(key.getPublic());
        Files.writeString(home.resolve(".ssh/known_hosts"), server.knownHostsLine(server.hostKey.getPublic()));
        agent = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        agent.bind(UnixDomainSocketAddress.of(tmp.resolve("agent.sock")));
        Thread accept = new Thread(() -> {
            try {
                while (true) {
                    agentClients.add(agent.accept());
                }
            } catch (Exception e) {
                // closed
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
        agent.close();
    }

    @Test
    void publishWithTheKeyInDotSshSucceedsWithoutRunningGitSshOrWaitingOnTheAgentForEver() throws Exception {
        Path ran = tmp.resolve("git-ssh-ran");
        Path gitSsh = tmp.resolve("git-ssh.sh");
        Files.writeString(gitSsh, "#!/bin/sh\ntouch '" + ran + "'\nsleep 600\n");
        Files.setPosixFilePermissions(gitSsh, PosixFilePermissions.fromString("rwx------"));

        long start = System.nanoTime();
        // 10 s: the silent agent takes them once, then the key in ~/.ssh signs in.
        PublishOverHttpTest.Run run = publish(Map.of("GIT_SSH", gitSsh.toString(), Publisher.TIMEOUT_VARIABLE, "10"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(2));
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("Published");
        assertThat(ran).doesNotExist();
        assertThat(PublishOverHttpTest.git(repositories.resolve("site.git"), "ls-tree", "--name-only", "gh-pages")).contains("index.html");
        assertThat(Files.readString(portfolio.resolve("publish.json"))).contains(server.url("site.git"));
    }

    @Test
    void aServerThatAsksForAPasswordEndsThePublishWithASentenceAndNoPrompt() throws Exception {
        server.close();
        server = new GitSshServer(repositories, GitSshServer.SignIn.PASSWORD);
        Files.writeString(home.resolve(".ssh/known_hosts"), server.knownHostsLine(server.hostKey.getPublic()));

        PublishOverHttpTest.Run run = publish(Map.of());

        assertThat(run.code()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("The SSH server " + server.url("site.git") + " asked for a password")
                .contains("https address with a token");
        assertThat(run.all()).doesNotContain("Exception").doesNotContainIgnoringCase("password:");
        assertThat(server.passwordsTried).isEmpty();
        assertThat(portfolio.resolve("publish.json")).doesNotExist();
    }

    @Test
    void anUnknownHostIsRefusedWithTheExactCommandThatTrustsItsFingerprint() throws Exception {
        Files.delete(home.resolve(".ssh/known_hosts"));
        String fingerprint = org.apache.sshd.common.config.keys.KeyUtils.getFingerPrint(
                org.apache.sshd.common.digest.BuiltinDigests.sha256, server.hostKey.getPublic());

        PublishOverHttpTest.Run refused = publish(Map.of());

        assertThat(refused.code()).as(refused.all()).isEqualTo(1);
        String command = "scholarfolio publish " + portfolio + " --git " + server.url("site.git") + " --accept-host-key " + fingerprint;
        assertThat(refused.err()).contains("is not known yet", fingerprint, "Only if the fingerprints match", "  " + command + "\n");
        assertThat(home.resolve(".ssh/known_hosts")).doesNotExist();

        PublishOverHttpTest.Run trusted = publish(Map.of(), "--accept-host-key", fingerprint);

        assertThat(trusted.code()).as(trusted.all()).isZero();
        assertThat(Files.readString(home.resolve(".ssh/known_hosts"))).isEqualTo(server.knownHostsLine(server.hostKey.getPublic()));
    }

    private PublishOverHttpTest.Run publish(Map<String, String> environment, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "org.scholarfolio.app.Launcher",
                "publish", portfolio.toString(), "--git", server.url("site.git")));
        command.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeAll(GitCredentials.TOKEN_VARIABLES);
        pb.environment().remove(Publisher.TIMEOUT_VARIABLE);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString());
        pb.environment().put("SSH_AUTH_SOCK", tmp.resolve("agent.sock").toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("SSH_ASKPASS");
        pb.environment().putAll(environment);
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        try {
            // Standard input stays open: anything that asked on the terminal would wait here until the bound.
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the publish ended without anyone typing").isTrue();
        } finally {
            p.destroyForcibly();
            p.getOutputStream().close();
        }
        return new PublishOverHttpTest.Run(p.exitValue(), Files.readString(tmp.resolve("out.txt")), Files.readString(tmp.resolve("err.txt")));
    }
}
