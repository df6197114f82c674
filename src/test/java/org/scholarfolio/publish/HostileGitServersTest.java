package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishResult.Outcome;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.PortfolioStore;

/**
 * Publishing against git servers on loopback that stall, trickle, send garbage, redirect elsewhere,
 * refuse, or send an endless list of branches. Each must end within a bounded time with a sentence
 * that names the remote and never the token, leave the portfolio as it was, and leave the working
 * copy fit for the next publish. A 2 s timeout stands for the standard 60 s.
 */
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileGitServersTest {
    private static final Path SAMPLE = Path.of("sample-data", "alan-turing");
    private static final String TOKEN = "sf-hostile-token-5c2e81d4";
    private static final int TIMEOUT = 2;

    @TempDir
    Path tmp;

    private Path portfolioDir;
    private Portfolio portfolio;
    private Path repositories;
    private GitHttpBackendServer backend;
    private HostileGitServer server;

    @BeforeEach
    void setUp() throws Exception {
        portfolioDir = PublishOverHttpTest.copy(SAMPLE, tmp.resolve("portfolio"));
        portfolio = PortfolioStore.load(portfolioDir).portfolio();
        repositories = Files.createDirectories(tmp.resolve("server"));
        PublishOverHttpTest.git(repositories, "init", "--bare", "--quiet", "site.git");
        PublishOverHttpTest.git(repositories.resolve("site.git"), "config", "http.receivepack", "true");
        backend = new GitHttpBackendServer(repositories, TOKEN);
        String base = backend.url("").replaceFirst("/git/$", "");
        server = new HostileGitServer("127.0.0.1", base, (exchange, s) -> s.passOn(exchange));
    }

    @AfterEach
    void tearDown() {
        server.close();
        backend.close();
    }

    private PublishResult publish(String remote, GitCredentials credentials, int timeout, AtomicBoolean cancelled) {
        var target = new PublishTarget(remote, "gh-pages", "https://turing.example.org/", "");
        var options = ExportOptions.defaults().withLastUpdated(java.time.LocalDate.of(2026, 1, 1));
        return new Publisher(new PublishCache(tmp.resolve("cache")), new SiteExporter(), timeout)
                .publish(new PublishRequest(portfolio, portfolioDir, options, target, "", false, credentials),
                        PublishProgress.SILENT, cancelled::get);
    }

    private PublishResult publish(String remote) {
        return publish(remote, GitCredentials.entered(TOKEN), TIMEOUT, new AtomicBoolean());
    }

    /** Publishes against the hostile server; must fail within {@code bound}, naming the remote and not the token. */
    private PublishResult givesUp(Duration bound, String... said) throws Exception {
        String before = folderHash(portfolioDir);
        long start = System.nanoTime();
        PublishResult result = publish(server.url("site.git"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.FAILED);
        assertThat(took).as(result.message()).isLessThan(bound);
        assertThat(result.message()).contains(server.url("site.git")).contains(said).doesNotContain(TOKEN)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(folderHash(portfolioDir)).isEqualTo(before);
        assertThat(portfolioDir.resolve("publish.json")).doesNotExist();
        return result;
    }

    /** After a failure: the same working copy publishes to a server that behaves. */
    private void nextPublishWorks() throws Exception {
        server.behaviour = (exchange, s) -> s.passOn(exchange);
        // The standard timeout: a server that behaves may still be slow on a loaded machine.
        PublishResult next = publish(server.url("site.git"), GitCredentials.entered(TOKEN), 60, new AtomicBoolean());
        assertThat(next.outcome()).as(next.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(PublishOverHttpTest.git(repositories.resolve("site.git"), "ls-tree", "--name-only", "gh-pages"))
                .contains("index.html");
    }

    private static boolean isAdvertisement(HttpExchange exchange) {
        return exchange.getRequestURI().getPath().endsWith("/info/refs");
    }

    @Test
    void aServerThatStopsAfterItsHeadersIsGivenUpOnAndTheNextPublishWorks() throws Exception {
        server.behaviour = (exchange, s) -> {
            HostileGitServer.advertisementHeaders(exchange);
            exchange.getResponseBody().flush();
            HostileGitServer.sleepUntilClosed();
        };

        givesUp(Duration.ofSeconds(30), "stopped sending (nothing for 2 s)", "Nothing was changed on the remote");
        nextPublishWorks();
    }

    @Test
    void aServerThatTricklesItsAnswerIsGivenUpOn() throws Exception {
        server.behaviour = (exchange, s) -> {
            HostileGitServer.advertisementHeaders(exchange);
            OutputStream out = exchange.getResponseBody();
            byte[] line = HostileGitServer.pktLine("# service=git-upload-pack\n");
            for (int i = 0; ; i = (i + 1) % line.length) {
                out.write(line[i]);
                out.flush();
                Thread.sleep(200);
            }
        };

        givesUp(Duration.ofSeconds(30), "sent its answer too slowly");
        nextPublishWorks();
    }

    @Test
    void aServerThatTricklesItsHeadersIsGivenUpOn() throws Exception {
        try (var raw = new HostileGitServer.RawServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write('a');
                out.flush();
                Thread.sleep(200);
            }
        })) {
            long start = System.nanoTime();
            PublishResult result = publish(raw.url("site.git"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.message()).contains(raw.url("site.git")).contains("sent no complete answer within 2 s")
                    .doesNotContain(TOKEN);
        }
    }

    @Test
    void aPushThatTheServerNeverAnswersIsGivenUpOnAndTheNextPublishWorks() throws Exception {
        server.behaviour = (exchange, s) -> {
            if (exchange.getRequestURI().getPath().endsWith("/git-receive-pack")) {
                HostileGitServer.sleepUntilClosed();
            }
            s.passOn(exchange);
        };

        PublishResult result = givesUp(Duration.ofSeconds(60), "publishing gave up", "publish again to be sure");
        assertThat(result.message()).contains("no complete answer within 4 s");
        nextPublishWorks();
    }

    @Test
    void garbageInsteadOfAListOfBranchesIsASentence() throws Exception {
        server.behaviour = (exchange, s) -> {
            exchange.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-advertisement");
            byte[] junk = "<html><body>\u0000\u0001 not git at all zzzz</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, junk.length);
            exchange.getResponseBody().write(junk);
        };

        givesUp(Duration.ofSeconds(30), "said:");
        nextPublishWorks();
    }

    @Test
    void anEndlessListOfBranchesIsCutOff() throws Exception {
        server.behaviour = (exchange, s) -> {
            HostileGitServer.advertisementHeaders(exchange);
            OutputStream out = exchange.getResponseBody();
            out.write(HostileGitServer.pktLine("# service=git-upload-pack\n"));
            out.write("0000".getBytes(StandardCharsets.US_ASCII));
            String id = "1".repeat(40);
            out.write(HostileGitServer.pktLine(id + " refs/heads/b0\u0000 multi_ack side-band-64k ofs-delta\n"));
            for (long i = 1; ; i++) {
                out.write(HostileGitServer.pktLine(id + " refs/heads/branch-" + i + "-" + "x".repeat(100) + "\n"));
            }
        };

        givesUp(Duration.ofSeconds(60), "sent a list of branches larger than 16 MB");
        nextPublishWorks();
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedAndTheTokenStaysHome() throws Exception {
        try (var elsewhere = new HostileGitServer("localhost", null, (exchange, s) -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"elsewhere\"");
            exchange.sendResponseHeaders(401, -1);
        })) {
            server.behaviour = (exchange, s) -> {
                exchange.getResponseHeaders().add("Location", elsewhere.url("site.git") + "/info/refs?service=git-upload-pack");
                exchange.sendResponseHeaders(302, -1);
            };

            givesUp(Duration.ofSeconds(30), "another server", "localhost");
            String basic = Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
            assertThat(elsewhere.requests).allSatisfy(r -> assertThat(r.authorization()).isNull());
            assertThat(elsewhere.requests.toString()).doesNotContain(basic).doesNotContain(TOKEN);
        }
    }

    @Test
    void theTokenIsNotGivenToAnotherHostThatAsksForIt() throws Exception {
        var remote = GitRemote.parse(server.url("site.git"));
        var provider = GitCredentials.entered(TOKEN).provider(remote).orElseThrow();
        var user = new org.eclipse.jgit.transport.CredentialItem.Username();
        var password = new org.eclipse.jgit.transport.CredentialItem.Password();

        assertThat(provider.get(new org.eclipse.jgit.transport.URIish("http://localhost:1/git/site.git"), user, password)).isFalse();
        assertThat(password.getValue()).isNull();
        assertThat(provider.get(new org.eclipse.jgit.transport.URIish(server.url("site.git")), user, password)).isTrue();
        assertThat(new String(password.getValue())).isEqualTo(TOKEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            401 | did not accept the token
            403 | may not write to this repository
            404 | There is no repository at
            500 | Nothing was changed on the remote
            """)
    void aRefusalIsASentenceThatNamesTheRemote(int status, String advice) throws Exception {
        server.behaviour = (exchange, s) -> {
            if (status == 401) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
            }
            exchange.sendResponseHeaders(status, -1);
        };

        givesUp(Duration.ofSeconds(30), advice);
    }

    @Test
    void cancelStopsAPublishWaitingOnASilentServerAtOnce() throws Exception {
        try (var raw = new HostileGitServer.RawServer(out -> HostileGitServer.sleepUntilClosed())) {
            cancelAfterASecond(raw.url("site.git"));
        }
    }

    @Test
    void cancelStopsAPublishWaitingOnASilentBodyAtOnce() throws Exception {
        server.behaviour = (exchange, s) -> {
            HostileGitServer.advertisementHeaders(exchange);
            exchange.getResponseBody().flush();
            HostileGitServer.sleepUntilClosed();
        };
        cancelAfterASecond(server.url("site.git"));
        nextPublishWorks();
    }

    private void cancelAfterASecond(String remote) throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            cancelled.set(true);
        });
        canceller.start();
        long start = System.nanoTime();
        PublishResult result = publish(remote, GitCredentials.entered(TOKEN), 60, cancelled);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.CANCELLED);
        assertThat(took).as("the standard 60 s timeout is not waited for").isLessThan(Duration.ofSeconds(10));
    }

    private static String folderHash(Path folder) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted().toList()) {
                digest.update(folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(f)) {
                    digest.update(Files.readAllBytes(f));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
