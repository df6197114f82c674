package org.scholarfolio.lookup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The five scholarly services on a loopback port, each under its own path ({@code /doi},
 * {@code /arxiv}, {@code /openalex}, {@code /orcid}, {@code /pubmed}), answering from fixtures in the
 * services' documented formats. Records every request so tests can see what was asked and how.
 */
public final class FakeServices implements AutoCloseable {
    /** One answer: status, headers, body, and how long to wait before sending it. */
    public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {
        public static Reply ok(String contentType, String body) {
            return new Reply(200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, ("status " + status).getBytes(StandardCharsets.UTF_8), Duration.ZERO);
        }

        public Reply after(Duration d) {
            return new Reply(status, headers, body, d);
        }
    }

    /** A request as the server saw it. */
    public record Seen(String path, String query, Map<String, String> headers) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> routes = new ConcurrentHashMap<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> openAlexWorks = new LinkedHashMap<>();

    public FakeServices() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The standard fixtures: a Crossref DOI, two arXiv papers (new and old style), a PubMed article, ORCID works. */
    public static FakeServices withFixtures() {
        FakeServices s = new FakeServices();
        s.on("/doi/10.5555/12345678", Reply.ok("application/vnd.citationstyles.csl+json", fixture("csl-crossref.json")));
        s.openAlexWork("10.5555/12345678", fixture("openalex-work.json"));
        s.on("/arxiv/query?id_list=2101.00001&max_results=1", Reply.ok("application/atom+xml", fixture("arxiv-2101.00001.xml")));
        s.on("/arxiv/query?id_list=2101.00002&max_results=1", Reply.ok("application/atom+xml", fixture("arxiv-2101.00002.xml")));
        s.on("/arxiv/query?id_list=math/0601001v1&max_results=1", Reply.ok("application/atom+xml", fixture("arxiv-math-0601001.xml")));
        s.on("/pubmed/efetch.fcgi", Reply.ok("text/xml", fixture("pubmed-31452104.xml")));
        s.on("/orcid/0000-0002-1825-0097/works", Reply.ok("application/vnd.orcid+json", fixture("orcid-works.json")));
        return s;
    }

    public static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/lookup", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers {@code pathAndQuery} (the query may be left out to match any) with the replies in turn;
     * the last one repeats.
     */
    public FakeServices on(String pathAndQuery, Reply... replies) {
        routes.put(pathAndQuery, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    /** An OpenAlex work, served at {@code /works/doi:DOI} and found by {@code /works?filter=doi:A|B}. */
    public FakeServices openAlexWork(String doi, String json) {
        openAlexWorks.put(doi.toLowerCase(java.util.Locale.ROOT), json);
        return this;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The environment variables that point Scholarfolio here, with the cache in {@code cacheHome}. */
    public Map<String, String> environment(Path cacheHome) {
        Map<String, String> env = new HashMap<>();
        env.put(ServiceUrls.DOI_VARIABLE, base() + "/doi");
        env.put(ServiceUrls.ARXIV_VARIABLE, base() + "/arxiv");
        env.put(ServiceUrls.OPENALEX_VARIABLE, base() + "/openalex");
        env.put(ServiceUrls.ORCID_VARIABLE, base() + "/orcid");
        env.put(ServiceUrls.PUBMED_VARIABLE, base() + "/pubmed");
        env.put("XDG_CACHE_HOME", cacheHome.toString());
        return env;
    }

    public ServiceUrls urls() {
        return ServiceUrls.fromEnvironment(environment(Path.of("/nonexistent")));
    }

    public List<Seen> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public List<Seen> requestsTo(String prefix) {
        return requests().stream().filter(s -> s.path().startsWith(prefix)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery() == null ? "" : URLDecoder.decode(ex.getRequestURI().getRawQuery(),
                StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        seen.add(new Seen(path, query, headers));
        Reply reply = route(path, query);
        try {
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The client gave up (a timeout test); nothing to answer.
        } finally {
            ex.close();
        }
    }

    private Reply route(String path, String query) {
        Deque<Reply> replies = routes.get(query.isEmpty() ? path : path + "?" + query);
        if (replies == null) {
            replies = routes.get(path);
        }
        if (replies != null) {
            synchronized (replies) {
                return replies.size() > 1 ? replies.poll() : replies.peek();
            }
        }
        if (path.startsWith("/openalex/works")) {
            return openAlex(path, query);
        }
        if (path.startsWith("/arxiv/query")) {
            return Reply.ok("application/atom+xml", fixture("arxiv-empty.xml"));
        }
        return Reply.status(404, Map.of());
    }

    /** OpenAlex's two documented forms: one work by DOI, and a filter over DOIs joined with "|". */
    private Reply openAlex(String path, String query) {
        if (path.startsWith("/openalex/works/doi:")) {
            String json = openAlexWorks.get(path.substring("/openalex/works/doi:".length()).toLowerCase(java.util.Locale.ROOT));
            return json == null ? Reply.status(404, Map.of()) : Reply.ok("application/json", json);
        }
        Map<String, String> params = new HashMap<>();
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                params.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        String filter = params.getOrDefault("filter", "");
        if (!filter.startsWith("doi:")) {
            return Reply.status(400, Map.of());
        }
        List<String> results = new ArrayList<>();
        for (String doi : filter.substring(4).split("\\|")) {
            String json = openAlexWorks.get(doi.toLowerCase(java.util.Locale.ROOT));
            if (json != null && !results.contains(json)) {
                results.add(json);
            }
        }
        String body = "{\"meta\": {\"count\": " + results.size() + ", \"db_response_time_ms\": 12, \"page\": 1, \"per_page\": 50},"
                + " \"results\": [" + String.join(",", results) + "], \"group_by\": []}";
        return Reply.ok("application/json", body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
