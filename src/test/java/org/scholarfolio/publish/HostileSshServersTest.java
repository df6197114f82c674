package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
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
 * Publishing over SSH against servers on loopback that stall, trickle, hang up mid-pack, refuse the
 * key, ask for a password or a code, show a changed or an unknown host key, or take a push and never
 * answer. Each must end within a bounded time with a sentence that names the remote and what to do,
 * never ask anything, never send or show a secret, and leave the working copy fit for the next
 * publish. A 2 s timeout stands for the standard 60 s.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileSshServersTest {
    private static final Path SAMPLE = Path.of("sample-data", "alan-turing");
    private static final int TIMEOUT = 2;

    @TempDir
    Path tmp;

    private Path portfolioDir;
    private Portfolio portfolio;
    private Path repositories;
    private Path home;
    private Path ssh;
    private KeyPair key;
    private GitSshServer server;
    private int caches;

    @BeforeEach
    void setUp() throws Exception {
        portfolioDir = PublishOverHttpTest.copy(SAMPLE, tmp.resolve("portfolio"));
        portfolio = PortfolioStore.load(portfolioDir).portfolio();
        repositories = Files.createDirectories(tmp.resolve("server"));
        PublishOverHttpTest.git(repositories, "init", "--bare", "--quiet", "site.git");
        home = Files.createDirectories(tmp.resolve("home"));
        ssh = home.resolve(".ssh");
        key = GitSshServer.newKey();
        GitSshServer.writeKey(ssh, "id_ecdsa", key, null);
        server = start(GitSshServer.SignIn.KEY);
        warmUp();
    }

    private static boolean warmedUp;

    /**
     * One publish per JVM before the first case: the first SSH connection of a JVM loads MINA and its
     * ciphers, which on a loaded machine takes longer than the 2 s the cases allow for connecting.
     */
    private void warmUp() throws Exception {
        if (warmedUp) {
            return;
        }
        PublishOverHttpTest.git(repositories, "init", "--bare", "--quiet", "warm-up.git");
        var target = new PublishTarget(server.url("warm-up.git"), "gh-pages", "", "");
        new Publisher(new PublishCache(tmp.resolve("warm-up-cache")), new SiteExporter(), 60, home)
                .publish(new PublishRequest(portfolio, portfolioDir, ExportOptions.defaults(), target, "", false, GitCredentials.none()),
                        PublishProgress.SILENT, () -> false);
        server.commands.clear();
        warmedUp = true;
    }

    private GitSshServer start(GitSshServer.SignIn signIn) throws Exception {
        if (server != null) {
            server.close();
        }
        GitSshServer s = new GitSshServer(repositories, signIn);
        s.authorizedKeys.add(key.getPublic());
        Files.writeString(ssh.resolve("known_hosts"), s.knownHostsLine(s.hostKey.getPublic()));
        return s;
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private PublishResult publish(String remote, int timeout, AtomicBoolean cancelled) {
        var target = new PublishTarget(remote, "gh-pages", "https://turing.example.org/", "");
        var options = ExportOptions.defaults().withLastUpdated(java.time.LocalDate.of(2026, 1, 1));
        return new Publisher(new PublishCache(tmp.resolve("cache" + caches)), new SiteExporter(), timeout, home)
                .publish(new PublishRequest(portfolio, portfolioDir, options, target, "", false, GitCredentials.none()),
                        PublishProgress.SILENT, cancelled::get);
    }

    private PublishResult publish() {
        return publish(server.url("site.git"), TIMEOUT, new AtomicBoolean());
    }

    /** Publishes; must fail within {@code bound}, naming the remote, saying {@code said}, and showing no stack trace. */
    private PublishResult givesUp(Duration bound, String... said) {
        long start = System.nanoTime();
        PublishResult result = publish();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.FAILED);
        assertThat(took).as(result.message()).isLessThan(bound);
        assertThat(result.message()).contains(server.url("site.git")).contains(said)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(portfolioDir.resolve("publish.json")).doesNotExist();
        return result;
    }

    private String branches() throws Exception {
        return PublishOverHttpTest.git(repositories.resolve("site.git"), "branch", "--list");
    }

    /** After a failure: the same working copy publishes to a server that behaves. */
    private void nextPublishWorks() throws Exception {
        server.behaviour = GitSshServer.Exchange::passOn;
        // The standard timeout: a server that behaves may still be slow on a loaded machine.
        PublishResult next = publish(server.url("site.git"), 60, new AtomicBoolean());
        assertThat(next.outcome()).as(next.message()).isIn(Outcome.PUBLISHED, Outcome.UNCHANGED);
        assertThat(PublishOverHttpTest.git(repositories.resolve("site.git"), "ls-tree", "--name-only", "gh-pages"))
                .contains("index.html");
    }

    @Test
    void publishesWithTheKeyInDotSshAndPublishingAgainChangesNothing() throws Exception {
        PublishResult first = publish(server.url("site.git"), 60, new AtomicBoolean());
        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(PublishOverHttpTest.git(repositories.resolve("site.git"), "ls-tree", "--name-only", "gh-pages"))
                .contains("index.html", ".nojekyll");

        PublishResult again = publish(server.url("site.git"), 60, new AtomicBoolean());
        assertThat(again.outcome()).as(again.message()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void aServerSilentAfterTheHandshakeIsGivenUpOnAndTheNextPublishWorks() throws Exception {
        server.behaviour = exchange -> GitSshServer.sleepUntilClosed();

        givesUp(Duration.ofSeconds(30), "stopped sending (nothing for 2 s)", "Nothing was changed on the remote");
        nextPublishWorks();
    }

    @Test
    void aServerSilentBeforeTheHandshakeIsGivenUpOn() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = acceptAndSayNothing(silent);
            String remote = "ssh://git@127.0.0.1:" + silent.getLocalPort() + "/site.git";
            long start = System.nanoTime();
            PublishResult result = publish(remote, TIMEOUT, new AtomicBoolean());

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(result.message()).isLessThan(Duration.ofSeconds(30));
            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.message()).contains(remote).contains("did not complete the SSH connection and sign-in within 4 s");
            acceptor.interrupt();
        }
    }

    @Test
    void aServerThatTricklesItsAnswerIsGivenUpOn() throws Exception {
        server.behaviour = exchange -> {
            byte[] line = HostileGitServer.pktLine("version 2\n");
            for (int i = 0; ; i = (i + 1) % line.length) {
                exchange.out.write(line[i]);
                exchange.out.flush();
                Thread.sleep(200);
            }
        };

        givesUp(Duration.ofSeconds(40), "sent its answer too slowly");
        nextPublishWorks();
    }

    @Test
    void aServerThatHangsUpMidPackIsASentenceAndTheNextPublishWorks() throws Exception {
        assertThat(publish(server.url("site.git"), 60, new AtomicBoolean()).outcome()).isEqualTo(Outcome.PUBLISHED);
        caches++;
        AtomicLong sent = new AtomicLong();
        server.behaviour = exchange -> exchange.passOn((out, bytes, n) -> {
            if (sent.addAndGet(n) > 20_000) {
                throw new java.io.EOFException("hung up");
            }
            out.write(bytes, 0, n);
        });

        PublishResult result = givesUp(Duration.ofSeconds(30), "Nothing was changed on the remote");
        assertThat(sent.get()).as("the pack was under way").isGreaterThan(20_000);
        assertThat(result.message()).contains("hung up in the middle");
        nextPublishWorks();
    }

    @Test
    void aServerThatTakesThePushButNeverAnswersIsGivenUpOnAndTheNextPublishWorks() throws Exception {
        server.behaviour = exchange -> {
            if (!exchange.isReceivePack()) {
                exchange.passOn();
                return;
            }
            AtomicBoolean pushed = new AtomicBoolean();
            exchange.passOn(new GitSshServer.OutputFilter() {
                @Override
                public void send(OutputStream out, byte[] bytes, int n) throws Exception {
                    if (!pushed.get()) {
                        out.write(bytes, 0, n);
                    }
                }

                @Override
                public void clientSent() {
                    pushed.set(true);
                }
            });
            GitSshServer.sleepUntilClosed();
        };

        givesUp(Duration.ofSeconds(60), "stopped sending (nothing for 4 s)", "publish again to be sure");
        assertThat(branches()).as("git took the push").contains("gh-pages");
        nextPublishWorks();
    }

    @Test
    void aKeyTheServerRejectsIsASentenceNamingTheKeyAndWhatToDo() throws Exception {
        server.authorizedKeys.clear();

        givesUp(Duration.ofSeconds(30), "did not accept any key from ~/.ssh (id_ecdsa)", "https address with a token");
        assertThat(branches()).isBlank();
    }

    @Test
    void aServerThatAsksForAPasswordIsNeverAnsweredAndNothingHangs() throws Exception {
        server = start(GitSshServer.SignIn.PASSWORD);

        givesUp(Duration.ofSeconds(30), "asked for a password", "never types a password", "https address with a token");
        assertThat(server.passwordsTried).isEmpty();
    }

    @Test
    void aServerThatAsksForACodeIsNeverAnsweredAndItsWordsAreQuoted() throws Exception {
        server = start(GitSshServer.SignIn.CODE);

        givesUp(Duration.ofSeconds(30), "asked for an answer to \"Verification code:\"");
        assertThat(server.passwordsTried).isEmpty();
    }

    @Test
    void aKeyWithAPassphraseIsSkippedWithoutAskingAndTheMessageSaysSo() throws Exception {
        GitSshServer.writeKey(ssh, "id_ecdsa", key, "correct horse battery staple");

        PublishResult result = givesUp(Duration.ofSeconds(30), "The key ~/.ssh/id_ecdsa is protected by a passphrase",
                "https address with a token");
        assertThat(result.message()).doesNotContain("correct horse");
    }

    @Test
    void aChangedHostKeyIsRefusedShowingBothFingerprints() throws Exception {
        KeyPair old = GitSshServer.newKey();
        Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine(old.getPublic()));

        PublishResult result = givesUp(Duration.ofSeconds(30), "host key of 127.0.0.1 (the remote " + server.url("site.git") + ") has changed",
                fingerprint(old), fingerprint(server.hostKey), "ssh-keygen -R [127.0.0.1]:" + server.port());
        assertThat(result.message()).doesNotContain("accept the key");
        assertThat(server.commands).isEmpty();
        assertThat(Files.readString(ssh.resolve("known_hosts"))).isEqualTo(server.knownHostsLine(old.getPublic()));
    }

    @Test
    void anUnknownHostKeyIsNeverAcceptedEvenWhenTheSshConfigSaysSo() throws Exception {
        Files.delete(ssh.resolve("known_hosts"));
        Files.writeString(ssh.resolve("config"), "Host *\n  StrictHostKeyChecking no\n");

        givesUp(Duration.ofSeconds(30), "host key of 127.0.0.1 (the remote " + server.url("site.git") + ") is not known", fingerprint(server.hostKey),
                "ssh -p " + server.port() + " -T git@127.0.0.1");
        assertThat(server.commands).isEmpty();
        assertThat(branches()).isBlank();
        assertThat(ssh.resolve("known_hosts")).doesNotExist();
    }

    @Test
    void aPasswordInTheAddressIsNeitherSentNorShownNorKept() throws Exception {
        server = start(GitSshServer.SignIn.PASSWORD);
        String remote = "ssh://git:hunter2-secret@127.0.0.1:" + server.port() + "/site.git";

        PublishResult result = publish(remote, TIMEOUT, new AtomicBoolean());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains(server.url("site.git")).doesNotContain("hunter2-secret");
        assertThat(server.passwordsTried).isEmpty();
        assertThat(GitRemote.parse(remote).url()).isEqualTo(server.url("site.git"));
    }

    @Test
    void cancelStopsAPublishWaitingOnASilentServerWithinASecond() throws Exception {
        server.behaviour = exchange -> GitSshServer.sleepUntilClosed();
        Duration afterCancel = cancelAfterASecond(server.url("site.git"));
        assertThat(afterCancel).isLessThan(Duration.ofSeconds(2));
        nextPublishWorks();
    }

    @Test
    void cancelStopsAPublishWaitingForTheHandshakeWithinASecond() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = acceptAndSayNothing(silent);
            Duration afterCancel = cancelAfterASecond("ssh://git@127.0.0.1:" + silent.getLocalPort() + "/site.git");
            assertThat(afterCancel).isLessThan(Duration.ofSeconds(2));
            acceptor.interrupt();
        }
    }

    /** Cancels a publish with the standard timeout after a second; returns how long it took to stop after that. */
    private Duration cancelAfterASecond(String remote) throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicLong cancelledAt = new AtomicLong();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            cancelledAt.set(System.nanoTime());
            cancelled.set(true);
        });
        canceller.start();
        PublishResult result = publish(remote, 60, cancelled);
        long end = System.nanoTime();

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.CANCELLED);
        assertThat(cancelledAt.get()).isNotZero();
        return Duration.ofNanos(end - cancelledAt.get());
    }

    private static Thread acceptAndSayNothing(ServerSocket socket) {
        Thread t = new Thread(() -> {
            java.util.List<Socket> held = new java.util.ArrayList<>();
            try {
                while (true) {
                    held.add(socket.accept());
                }
            } catch (java.io.IOException e) {
                // closed by the test
            }
        }, "silent-acceptor");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String fingerprint(KeyPair key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key.getPublic());
    }
}
