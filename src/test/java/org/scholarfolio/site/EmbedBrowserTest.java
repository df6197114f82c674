package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.site.HeadlessChromium.PageLoad;
import org.scholarfolio.site.HeadlessChromium.Request;

/**
 * An embed from an allowed host, opened from file:// in headless Chromium: nothing is requested
 * from the host until the reader clicks, then a sandboxed, lazy iframe takes the placeholder's
 * place. The host is a {@code .localhost} name, which Chromium resolves to loopback without DNS.
 */
class EmbedBrowserTest {
    private static final String HOST = "video.localhost";

    @TempDir
    static Path temp;
    static Path site;
    static HeadlessChromium browser;

    @BeforeAll
    static void exportAndStartBrowser() throws Exception {
        var missing = HeadlessChromium.missingBinaries();
        if (missing.isPresent()) {
            String why = "Browser test needs Chromium and chromedriver: " + missing.get();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why + "; skipped outside CI");
        }
        Portfolio fixture = FixturePortfolio.portfolio();
        List<Page> pages = new ArrayList<>(fixture.pages());
        pages.add(new Page("talks", "Talks", 2, true, "# Talks\n\n<iframe src=\"https://" + HOST
                + "/embed/abc\" title=\"My talk\"></iframe>", UnknownFields.NONE));
        Portfolio portfolio = fixture.withPages(pages)
                .withSite(fixture.site().toBuilder().embedHosts(List.of(HOST)).build());
        site = temp.resolve("site");
        new SiteExporter().export(portfolio, FixturePortfolio.writeAssets(temp.resolve("portfolio")),
                FixturePortfolio.options(), site);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theEmbedLoadsOnlyAfterAClickAsASandboxedLazyFrame() throws java.io.IOException {
        browser.viewport(800, 600, false);
        PageLoad load = browser.open(site.resolve("talks/index.html"));
        browser.screenshot(SiteBrowserTest.SCREENSHOTS.resolve("embed-placeholder-800-light.png"), 600);
        assertThat(load.requests()).extracting(Request::url).allMatch(u -> u.startsWith("file:") || u.startsWith("data:"));
        assertThat(browser.driver().findElements(By.tagName("iframe"))).isEmpty();
        WebElement placeholder = browser.driver().findElement(By.cssSelector("a.embed-load"));
        assertThat(placeholder.getText()).contains(HOST);
        assertThat(placeholder.getSize().getHeight()).as("a 16:9 box").isGreaterThan(100);

        placeholder.click();

        WebElement frame = browser.driver().findElement(By.cssSelector("figure.embed iframe"));
        assertThat(frame.getAttribute("src")).isEqualTo("https://" + HOST + "/embed/abc");
        assertThat(frame.getAttribute("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-presentation allow-popups");
        assertThat(frame.getAttribute("loading")).isEqualTo("lazy");
        assertThat(frame.getAttribute("referrerpolicy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(frame.getAttribute("title")).isEqualTo("My talk");
        assertThat(browser.driver().findElements(By.cssSelector("a.embed-load"))).isEmpty();
    }
}
