package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scholarfolio publish} as a person runs it, in a process of its own, against a smart-HTTP
 * git server on loopback that wants a token: real {@code git} on the server side, so hooks run.
 */
class PublishOverHttpTest {
    private static final String TOKEN = "sf-test-token-7d1e0c5a9b";

    @TempDir
    Path tmp;

    private Path portfolio;
    private Path repositories;
    private GitHttpBackendServer server;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        portfolio = copy(Path.of("sample-data", "yihua-zhang"), tmp.resolve("portfolio"));
        repositories = Files.createDirectories(tmp.resolve("server"));
        git(repositories, "init", "--bare", "--quiet", "site.git");
        git(repositories.resolve("site.git"), "config", "http.receivepack", "true");
        server = new GitHttpBackendServer(repositories, TOKEN);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void publishWithTheTokenFromTheEnvironmentSucceedsAndTheTokenIsWrittenNowhere() throws Exception {
        Run run = publish(Map.of("SCHOLARFOLIO_GIT_TOKEN", TOKEN));

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("Signing in with the token from $SCHOLARFOLIO_GIT_TOKEN").contains("Published");
        assertThat(git(repositories.resolve("site.git"), "ls-tree", "--name-only", "gh-pages")).contains("index.html", ".nojekyll");
        assertThat(run.all()).doesNotContain(TOKEN);
        assertThat(filesContaining(TOKEN, portfolio, tmp.resolve("data"), repositories)).isEmpty();
        assertThat(Files.readString(portfolio.resolve("publish.json"))).contains(server.url("site.git"));
    }

    @Test
    void publishWithoutATokenFailsSayingHowToSignIn() throws Exception {
        Run run = publish(Map.of());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("wants you to sign in").contains("SCHOLARFOLIO_GIT_TOKEN");
        assertThat(git(repositories.resolve("site.git"), "branch", "--list")).isBlank();
        assertThat(portfolio.resolve("publish.json")).doesNotExist();
    }

    @Test
    void aWrongTokenIsRefusedWithoutEchoingIt() throws Exception {
        Run run = publish(Map.of("GITHUB_TOKEN", "wrong-token-123456"));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("did not accept the token from $GITHUB_TOKEN").doesNotContain("wrong-token-123456");
    }

    @Test
    void aPushRefusedByAHookSaysWhatTheRemoteSaidAndTheNextPublishSucceeds() throws Exception {
        Path hook = repositories.resolve("site.git/hooks/pre-receive");
        Files.writeString(hook, "#!/bin/sh\necho 'site publishing is frozen for the conference' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run refused = publish(Map.of("SCHOLARFOLIO_GIT_TOKEN", TOKEN));

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("refused the push to gh-pages").contains("site publishing is frozen for the conference");
        assertThat(git(repositories.resolve("site.git"), "branch", "--list")).isBlank();

        Files.delete(hook);
        Run next = publish(Map.of("SCHOLARFOLIO_GIT_TOKEN", TOKEN));
        assertThat(next.code()).as(next.all()).isZero();
        assertThat(git(repositories.resolve("site.git"), "rev-list", "--count", "gh-pages").strip()).isEqualTo("1");
    }

    @Test
    void aServerThatStallsIsGivenUpOnAndTheTerminalSaysSoNamingTheRemoteNotTheToken() throws Exception {
        try (var stalling = new HostileGitServer("127.0.0.1", null, (exchange, s) -> {
            HostileGitServer.advertisementHeaders(exchange);
            exchange.getResponseBody().flush();
            HostileGitServer.sleepUntilClosed();
        })) {
            long start = System.nanoTime();
            Run run = publish(stalling.url("site.git"), Map.of("SCHOLARFOLIO_GIT_TOKEN", TOKEN, Publisher.TIMEOUT_VARIABLE, "2"));

            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(60));
            assertThat(run.code()).as(run.all()).isEqualTo(1);
            assertThat(run.err()).contains("The remote " + stalling.url("site.git") + " stopped sending (nothing for 2 s)")
                    .contains("Nothing was changed on the remote");
            assertThat(run.all()).doesNotContain(TOKEN).doesNotContain("Exception");
            assertThat(portfolio.resolve("publish.json")).doesNotExist();
        }
    }

    private Run publish(Map<String, String> tokens) throws Exception {
        return publish(server.url("site.git"), tokens);
    }

    private Run publish(String remote, Map<String, String> tokens) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "org.scholarfolio.app.Launcher",
                "publish", portfolio.toString(), "--git", remote);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeAll(GitCredentials.TOKEN_VARIABLES);
        pb.environment().remove(Publisher.TIMEOUT_VARIABLE);
        pb.environment().putAll(tokens);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString());
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt")), Files.readString(tmp.resolve("err.txt")));
    }

    private static List<Path> filesContaining(String secret, Path... roots) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }
}
