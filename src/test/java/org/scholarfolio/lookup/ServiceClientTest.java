package org.scholarfolio.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceClientTest {
    @TempDir
    Path cacheDir;
    final FakeServices services = new FakeServices();
    final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        services.close();
    }

    private ServiceClient client(ServiceClient.Settings settings, AnswerCache cache) {
        return new ServiceClient(settings, cache, waits::add, System::nanoTime);
    }

    private ServiceClient client() {
        return client(ServiceClient.Settings.standard("1.0", "ada@example.org"), AnswerCache.none());
    }

    private URI at(String path) {
        return URI.create(services.base() + path);
    }

    @Test
    void retriesA429AfterTheWaitTheServiceAsksFor() throws Exception {
        services.on("/x", FakeServices.Reply.status(429, Map.of("Retry-After", "7")),
                FakeServices.Reply.status(503, Map.of()), FakeServices.Reply.ok("text/plain", "done"));
        assertThat(client().get(at("/x"), "text/plain", Duration.ZERO, "doi:10.1/x")).isEqualTo("done");
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        assertThat(services.requests()).hasSize(3);
    }

    @Test
    void aRefusalThatAsksForALongWaitIsReportedAtOnce() {
        services.on("/x", FakeServices.Reply.status(429, Map.of("Retry-After", "3600")));
        assertThatThrownBy(() -> client().get(at("/x"), "text/plain", Duration.ZERO, "doi:10.1/x"))
                .isInstanceOf(LookupException.class)
                .hasMessageMatching("doi:10\\.1/x: 127\\.0\\.0\\.1:\\d+ refused the request \\(429\\) and asks to wait 3600 s; "
                        + "try again later");
        assertThat(services.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aServiceThatKeepsRefusingIsGivenUpOnAfterTheLastAttempt() {
        services.on("/x", FakeServices.Reply.status(503, Map.of()));
        assertThatThrownBy(() -> client().get(at("/x"), "text/plain", Duration.ZERO, "arxiv:2101.00001"))
                .hasMessageContaining("refused the request (503) 4 times");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        assertThat(ServiceClient.parseRetryAfter("120")).contains(Duration.ofSeconds(120));
        assertThat(ServiceClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(ServiceClient.parseRetryAfter("soon")).isEmpty();
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsReported() {
        services.on("/slow", FakeServices.Reply.ok("text/plain", "late").after(Duration.ofSeconds(3)));
        ServiceClient c = client(ServiceClient.Settings.standard("1.0", "").withTimeout(Duration.ofMillis(300)),
                AnswerCache.none());
        assertThatThrownBy(() -> c.get(at("/slow"), "text/plain", Duration.ZERO, "pmid:1"))
                .isInstanceOf(LookupException.class)
                .hasMessageContaining("pmid:1: 127.0.0.1:").hasMessageContaining("did not answer within 0 s")
                .extracting(e -> ((LookupException) e).kind()).isEqualTo(LookupException.Kind.UNAVAILABLE);
    }

    @Test
    void anUnreachableServiceSaysSo() throws Exception {
        URI closed;
        try (FakeServices gone = new FakeServices()) {
            closed = URI.create(gone.base() + "/x");
        }
        assertThatThrownBy(() -> client().get(closed, "text/plain", Duration.ZERO, "doi:10.1/x"))
                .hasMessageContaining("are you online?");
    }

    @Test
    void aHugeAnswerIsRefusedWithoutReadingItAll() {
        services.on("/huge", FakeServices.Reply.ok("application/json", "[" + "0,".repeat(3 * 1024 * 1024) + "0]"));
        assertThatThrownBy(() -> client().get(at("/huge"), "application/json", Duration.ZERO, "doi:10.1/huge"))
                .hasMessageContaining("doi:10.1/huge").hasMessageContaining("sent an answer larger than 5 MB");
    }

    @Test
    void sendsItsVersionAndTheResearchersEmailAsUserAgent() throws Exception {
        services.on("/x", FakeServices.Reply.ok("text/plain", "ok"));
        client().get(at("/x"), "text/plain", Duration.ZERO, "x");
        assertThat(services.requests().get(0).header("User-Agent"))
                .isEqualTo("Scholarfolio/1.0 (desktop homepage editor; mailto:ada@example.org)");
    }

    @Test
    void theCacheAnswersUntilItsAnswerIsOlderThanAllowed() throws Exception {
        services.on("/x", FakeServices.Reply.ok("text/plain", "first"), FakeServices.Reply.ok("text/plain", "second"));
        Instant[] now = {Instant.parse("2026-12-01T10:00:00Z")};
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        ServiceClient c = client(ServiceClient.Settings.standard("1.0", ""), new AnswerCache(cacheDir, clock));
        assertThat(c.get(at("/x"), "text/plain", Duration.ofDays(1), "x")).isEqualTo("first");
        now[0] = now[0].plus(Duration.ofHours(23));
        ServiceClient.Answer cached = c.fetch(at("/x"), "text/plain", Duration.ofDays(1), "x");
        assertThat(cached.body()).isEqualTo("first");
        assertThat(cached.fetched()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        now[0] = now[0].plus(Duration.ofHours(2));
        assertThat(c.get(at("/x"), "text/plain", Duration.ofDays(1), "x")).isEqualTo("second");
        assertThat(services.requests()).hasSize(2);
    }

    @Test
    void theCacheFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ada");
        assertThat(AnswerCache.userFolder(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ada/.cache/scholarfolio/answers"));
        assertThat(AnswerCache.userFolder(Map.of("XDG_CACHE_HOME", "/tmp/c"), "Linux", home))
                .isEqualTo(Path.of("/tmp/c/scholarfolio/answers"));
        assertThat(AnswerCache.userFolder(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/ada/.cache/scholarfolio/answers"));
        assertThat(AnswerCache.userFolder(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ada/Library/Caches/Scholarfolio/answers"));
    }

    @Test
    void serviceAddressesComeFromTheEnvironment() {
        ServiceUrls urls = ServiceUrls.fromEnvironment(Map.of(ServiceUrls.ARXIV_VARIABLE, "http://mirror.example/arxiv/"));
        assertThat(urls.arxiv()).hasToString("http://mirror.example/arxiv");
        assertThat(urls.doi()).hasToString("https://doi.org");
        assertThat(urls.openAlex()).hasToString("https://api.openalex.org");
        assertThat(urls.orcid()).hasToString("https://pub.orcid.org/v3.0");
        assertThat(urls.pubmed()).hasToString("https://eutils.ncbi.nlm.nih.gov/entrez/eutils");
        assertThatThrownBy(() -> ServiceUrls.fromEnvironment(Map.of(ServiceUrls.DOI_VARIABLE, "ftp://x")))
                .hasMessageContaining("SCHOLARFOLIO_DOI_URL=ftp://x is not an http or https address");
    }
}
