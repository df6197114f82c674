package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.store.PortfolioStore;

/**
 * The 404 page as a host serves it: the site under a sub-path of a small server that answers
 * {@code 404.html} (status 404) for any missing path, as GitHub Pages and Netlify do. From any depth
 * the page has the site's look, loads everything from the site and nothing from elsewhere, and
 * passes axe-core (WCAG 2 A/AA).
 */
class NotFoundPageBrowserTest {
    @TempDir
    static Path temp;
    private static HttpServer server;
    private static HeadlessChromium browser;
    private static String base;

    @BeforeAll
    static void serveTheSiteFromASubPath() throws Exception {
        var missing = HeadlessChromium.missingBinaries();
        if (missing.isPresent()) {
            String why = "Browser test needs Chromium and chromedriver: " + missing.get();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why + "; skipped outside CI");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/turing/";
        var loaded = PortfolioStore.load(Path.of("sample-data", "alan-turing"));
        Portfolio turing = loaded.portfolio();
        Path site = temp.resolve("site");
        ExportReport report = new SiteExporter().export(turing, loaded.folder(),
                new ExportOptions(base, FixturePortfolio.EXPORT_DATE, "default", 2), site);
        assertThat(report.errors()).isEmpty();
        server.createContext("/turing/", exchange -> {
            String rel = exchange.getRequestURI().getPath().substring("/turing/".length());
            Path file = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-page.html", "publications/gone/deeper/still.html", "news/2031/"})
    void aMissingPageAtAnyDepthShowsTheSitesOwnPageWholeAndClean(String missing) throws IOException {
        browser.viewport(1280, 900, false);
        HeadlessChromium.PageLoad load = browser.open(URI.create(base + missing));
        List<String> problems = new ArrayList<>();
        load.failedRequests().forEach(e -> problems.add("failed request: " + e));
        load.brokenImages().forEach(e -> problems.add("image did not load: " + e));
        // the page itself comes with its 404 status, which the console reports; nothing else may fail
        load.consoleErrors().stream().filter(e -> !e.contains(missing) && !e.contains("404 (Not Found)"))
                .forEach(e -> problems.add("console error: " + e));
        load.requests().stream().map(HeadlessChromium.Request::url).filter(u -> !u.startsWith(base) && !u.startsWith("data:"))
                .forEach(u -> problems.add("request outside the site: " + u));
        var results = new AxeBuilder().withTags(SiteBrowserTest.WCAG_A_AA).analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                problems.add(rule.getId() + " at " + node.getTarget());
            }
        }
        assertThat(problems).as(missing).isEmpty();
        assertThat(browser.driver().getTitle()).startsWith("page not found");
        // the site's style sheet applied: the top bar is laid out as a row, not the browser's default block
        Object display = browser.driver().executeScript("return getComputedStyle(document.querySelector('nav.bar')).display;");
        assertThat(display).isEqualTo("flex");
        assertThat(load.requests()).anyMatch(r -> r.url().equals(base + "assets/css/site.css"));
        Files.createDirectories(SiteBrowserTest.SCREENSHOTS);
        browser.screenshot(SiteBrowserTest.SCREENSHOTS.resolve("not-found-" + missing.replaceAll("[^a-z0-9]+", "-") + ".png"), 900);
    }
}
