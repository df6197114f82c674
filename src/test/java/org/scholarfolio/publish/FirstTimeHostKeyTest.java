package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
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
 * A host publishing has never connected to: its key is refused and handed over (fingerprint and all)
 * for the person to compare; trusted only when the person accepts exactly the fingerprint the server
 * shows, and then written to {@code known_hosts} as ssh writes it (the host as {@code [host]:port},
 * hashed under {@code HashKnownHosts yes}, on a line of its own); never when {@code ~/.ssh/config}
 * says {@code StrictHostKeyChecking yes}, and never over a changed key.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FirstTimeHostKeyTest {
    @TempDir
    Path tmp;

    private Path portfolioDir;
    private Portfolio portfolio;
    private Path repositories;
    private Path ssh;
    private Path knownHosts;
    private GitSshServer server;
    private String fingerprint;
    private int caches;

    @BeforeEach
    void setUp() throws Exception {
        portfolioDir = PublishOverHttpTest.copy(Path.of("sample-data", "alan-turing"), tmp.resolve("portfolio"));
        portfolio = PortfolioStore.load(portfolioDir).portfolio();
        repositories = Files.createDirectories(tmp.resolve("server"));
        PublishOverHttpTest.git(repositories, "init", "--bare", "--quiet", "site.git");
        ssh = tmp.resolve("home/.ssh");
        KeyPair key = GitSshServer.newKey();
        GitSshServer.writeKey(ssh, "id_ecdsa", key, null);
        server = new GitSshServer(repositories, GitSshServer.SignIn.KEY);
        server.authorizedKeys.add(key.getPublic());
        knownHosts = ssh.resolve("known_hosts");
        fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, server.hostKey.getPublic());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private PublishResult publish(String accept) {
        var target = new PublishTarget(server.url("site.git"), "gh-pages", "https://turing.example.org/", "");
        return new Publisher(new PublishCache(tmp.resolve("cache" + caches++)), new SiteExporter(), 60, tmp.resolve("home"), Map.of())
                .publish(new PublishRequest(portfolio, portfolioDir, ExportOptions.defaults(), target, "", false,
                        GitCredentials.none(), accept), PublishProgress.SILENT, () -> false);
    }

    @Test
    void anUnknownKeyIsHandedOverAndTrustedOnlyWithTheFingerprintTheServerShows() throws Exception {
        // Another host's line without its newline: the new entry must still be a line of its own.
        Files.writeString(knownHosts, "example.org " + PublicKeyEntry.toString(GitSshServer.newKey().getPublic()));

        PublishResult first = publish(null);

        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.FAILED);
        assertThat(first.unknownHostKey()).isEqualTo(new UnknownHostKey("127.0.0.1", server.port(), "ecdsa-sha2-nistp256",
                fingerprint, "~/.ssh/known_hosts", true));
        assertThat(first.message()).contains("is not known yet", fingerprint, "Compare it with the fingerprint 127.0.0.1 publishes");
        assertThat(server.commands).isEmpty();

        PublishResult wrong = publish("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
        assertThat(wrong.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(wrong.message()).contains("That is not the fingerprint SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU you accepted");
        assertThat(Files.readString(knownHosts)).doesNotContain("127.0.0.1");

        PublishResult trusted = publish(fingerprint);
        assertThat(trusted.outcome()).as(trusted.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(Files.readAllLines(knownHosts)).hasSize(2).last().isEqualTo(server.knownHostsLine(server.hostKey.getPublic()).strip());

        PublishResult again = publish(null);
        assertThat(again.outcome()).as(again.message()).isEqualTo(Outcome.UNCHANGED);
        assertThat(Files.readAllLines(knownHosts)).hasSize(2);
    }

    @Test
    void aFirstKnownHostsFileIsCreatedAndHashedWhenTheConfigSaysSo() throws Exception {
        Files.writeString(ssh.resolve("config"), "Host *\n  HashKnownHosts yes\n");

        assertThat(publish(fingerprint).outcome()).isEqualTo(Outcome.PUBLISHED);

        String line = Files.readString(knownHosts);
        assertThat(line).startsWith("|1|").doesNotContain("127.0.0.1")
                .endsWith(" " + PublicKeyEntry.toString(server.hostKey.getPublic()) + "\n");
        assertThat(publish(null).outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void strictHostKeyCheckingYesForTheHostForbidsTrustingItHere() throws Exception {
        Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  StrictHostKeyChecking yes\nHost *\n  StrictHostKeyChecking no\n");

        PublishResult result = publish(fingerprint);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.unknownHostKey().mayBeTrusted()).isFalse();
        assertThat(result.message()).contains("StrictHostKeyChecking yes for 127.0.0.1", fingerprint);
        assertThat(knownHosts).doesNotExist();
        assertThat(server.commands).isEmpty();
    }

    @Test
    void acceptingTheFingerprintOfAChangedKeyDoesNotReplaceTheListedOne() throws Exception {
        String listed = server.knownHostsLine(GitSshServer.newKey().getPublic());
        Files.writeString(knownHosts, listed);

        PublishResult result = publish(fingerprint);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).contains("has changed");
        assertThat(result.unknownHostKey()).isNull();
        assertThat(Files.readString(knownHosts)).isEqualTo(listed);
    }
}
