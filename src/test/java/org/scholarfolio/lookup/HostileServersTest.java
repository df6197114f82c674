package org.scholarfolio.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Publication;

/**
 * Services that answer as an attacker or a broken proxy would, on loopback servers of the test's own:
 * a lookup ends with a sentence, in bounded time and memory, and brings nothing active into the record.
 */
class HostileServersTest {
    /** A short timeout, so that a server that never finishes is given up on soon. */
    private static final ServiceClient.Settings SETTINGS = new ServiceClient.Settings("Scholarfolio/test",
            Duration.ofSeconds(2), 2, Duration.ofSeconds(5), 64 * 1024);
    /** Far longer than any of these lookups may take: past it the test fails instead of hanging. */
    private static final Duration HANG = Duration.ofSeconds(60);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server = start();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean stop;

    private HttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.setExecutor(threads);
            s.start();
            return s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        stop = true;
        server.stop(0);
        threads.shutdownNow();
    }

    private URI serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                // the client hung up: what these servers are for
            } finally {
                exchange.close();
            }
        });
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static ServiceClient client() {
        return new ServiceClient(SETTINGS, AnswerCache.none(), d -> { }, System::nanoTime);
    }

    private void dribble(HttpExchange ex, byte[] each, Duration pause) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        while (!stop) {
            out.write(each);
            out.flush();
            if (!pause.isZero()) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Test
    void anAnswerSentOneByteASecondIsGivenUpOnAtTheTimeout() {
        URI uri = serve("/slow", ex -> dribble(ex, new byte[] {' '}, Duration.ofSeconds(1)));
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> client().get(uri, "application/json", Duration.ZERO, "doi:10.1/x"))
                .isInstanceOf(LookupException.class)
                .hasMessageContaining("did not finish its answer within 4 s"));
    }

    @Test
    void anAnswerThatStopsAfterItsHeadersIsGivenUpOnAtTheTimeout() {
        URI uri = serve("/silent", ex -> {
            ex.sendResponseHeaders(200, 100);
            ex.getResponseBody().flush();
            while (!stop) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> client().get(uri, "application/json", Duration.ZERO, "doi:10.1/x"))
                .isInstanceOf(LookupException.class)
                .hasMessageContaining("did not finish its answer within 4 s"));
    }

    @Test
    void anEndlessAnswerIsCutAtTheCap() {
        URI uri = serve("/endless", ex -> dribble(ex, "[[[[[[[[".repeat(1024).getBytes(StandardCharsets.US_ASCII), Duration.ZERO));
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> client().get(uri, "application/json", Duration.ZERO, "doi:10.1/x"))
                .isInstanceOf(LookupException.class)
                .hasMessageContaining("larger than"));
    }

    @Test
    void aRedirectLoopEndsWithASentence() {
        URI uri = serve("/loop", ex -> {
            ex.getResponseHeaders().set("Location", "/loop");
            ex.sendResponseHeaders(302, -1);
        });
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> client().get(uri, "application/json", Duration.ZERO, "doi:10.1/x"))
                .isInstanceOf(LookupException.class)
                .hasMessageContaining("redirect"));
        assertThat(requests.get()).isLessThanOrEqualTo(6);
    }

    /**
     * The User-Agent carries the researcher's e-mail for the service asked (its polite pool). Java's client, following
     * redirects itself, sent it to every host a redirect led to; it goes to the host asked only.
     */
    @Test
    void theResearchersEmailGoesToTheHostAskedNotToWhereARedirectLeads() throws Exception {
        ServiceClient.Settings withContact = ServiceClient.Settings.standard("test", "ada@example.org")
                .withTimeout(Duration.ofSeconds(2));
        java.util.Map<String, String> agents = new java.util.concurrent.ConcurrentHashMap<>();
        URI elsewhere = serve("/elsewhere", ex -> {
            agents.put("elsewhere", ex.getRequestHeaders().getFirst("User-Agent"));
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("{}".getBytes());
        });
        serve("/same", ex -> {
            agents.put("same", ex.getRequestHeaders().getFirst("User-Agent"));
            // another host name for the same server: another host to the client
            ex.getResponseHeaders().set("Location", "http://localhost:" + elsewhere.getPort() + "/elsewhere");
            ex.sendResponseHeaders(302, -1);
        });
        URI asked = serve("/asked", ex -> {
            agents.put("asked", ex.getRequestHeaders().getFirst("User-Agent"));
            ex.getResponseHeaders().set("Location", "/same");
            ex.sendResponseHeaders(301, -1);
        });
        ServiceClient client = new ServiceClient(withContact, AnswerCache.none(), d -> { }, System::nanoTime);

        String body = assertTimeoutPreemptively(HANG, () -> client.get(asked, "application/json", Duration.ZERO, "doi:10.1/x"));

        assertThat(body).isEqualTo("{}");
        assertThat(agents.get("asked")).contains("mailto:ada@example.org");
        assertThat(agents.get("same")).as("a redirect on the host asked").contains("mailto:ada@example.org");
        assertThat(agents.get("elsewhere")).as("a redirect to another host").startsWith("Scholarfolio/test")
                .doesNotContain("ada@example.org");
    }

    @Test
    void aRedirectToAnotherSchemeIsNotFollowed() {
        URI uri = serve("/away", ex -> {
            ex.getResponseHeaders().set("Location", "file:///etc/passwd");
            ex.sendResponseHeaders(302, -1);
        });
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> client().get(uri, "application/json", Duration.ZERO, "doi:10.1/x"))
                .isInstanceOf(LookupException.class));
    }

    @Test
    void jsonNestedDeeperThanAnyRecordIsRefusedWithASentence() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> RecordLookup.parse(deep, "doi:10.1/x", "doi.org"))
                .isInstanceOf(LookupException.class)
                .hasMessageContaining("doi.org's answer is not readable JSON");
        String deepObject = "{\"title\":".repeat(5_000) + "1" + "}".repeat(5_000);
        assertThatThrownBy(() -> RecordLookup.parse(deepObject, "doi:10.1/x", "doi.org"))
                .isInstanceOf(LookupException.class);
    }

    @Test
    void jsonOfTheWrongShapeGivesNoRecordAndNoCrash() throws Exception {
        for (String body : new String[] {"[]", "\"a string\"", "42", "null", "{\"title\": {\"a\": 1}, \"author\": \"x\"}",
                "{\"title\": [[[\"t\"]]], \"author\": [1, null, \"x\", {\"family\": {}}], \"issued\": \"2020\"}",
                "{\"title\": 7, \"container-title\": {}, \"issued\": {\"date-parts\": \"x\"}, \"page\": []}"}) {
            try {
                Publication p = CslJsonRecord.map(RecordLookup.parse(body, "doi:10.1/x", "doi.org"), "doi:10.1/x");
                assertThat(p.title()).as(body).doesNotContain("{").doesNotContain("[");
            } catch (LookupException refused) {
                assertThat(refused.getMessage()).as(body).startsWith("doi:10.1/x: ");
            }
        }
    }

    @Test
    void aTitleHoldingMarkupAndAScriptLinkBringsNothingActive() throws Exception {
        String body = """
                {"type": "article-journal",
                 "title": "A <i>good</i> title<script>alert(1)</script><img src=x onerror=alert(2)><a href=\\"javascript:alert(3)\\">x</a>",
                 "container-title": "J<svg onload=alert(4)>", "URL": "javascript:alert(5)",
                 "link": [{"URL": "javascript:alert(6)", "content-type": "application/pdf"}],
                 "author": [{"given": "Ann<script>", "family": "Lee"}], "issued": {"date-parts": [[2020]]}}
                """;
        try {
            Publication p = CslJsonRecord.map(RecordLookup.parse(body, "doi:10.1/x", "doi.org"), "doi:10.1/x");
            String all = p.toString();
            assertThat(all).doesNotContain("<script").doesNotContain("onerror").doesNotContain("onload")
                    .doesNotContainIgnoringCase("javascript:");
        } catch (LookupException refused) {
            assertThat(refused.getMessage()).contains("refused");
        }
    }

    @Test
    void retryAfterBeyondTheLongestWaitIsReportedAtOnceAndOtherwiseHonouredFewTimes() {
        URI uri = serve("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "1");
            ex.sendResponseHeaders(503, -1);
        });
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> client().get(uri, "application/json", Duration.ZERO, "doi:10.1/x"))
                .isInstanceOf(LookupException.class)
                .hasMessageContaining("refused the request (503) 2 times"));
        assertThat(requests.get()).isEqualTo(2);
    }

}
