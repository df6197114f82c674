package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.site.HeadlessChromium.PageLoad;
import org.scholarfolio.site.HeadlessChromium.Request;
import org.scholarfolio.store.LoadedPortfolio;
import org.scholarfolio.store.PortfolioStore;

/**
 * Opens every exported page from file:// in headless Chromium, as a visitor would: no console
 * errors, no failed or external requests, no axe-core (WCAG 2 A/AA) violations; the home page
 * stays within its weight budget; the filter box, theme toggle and phone menu work. Screenshots
 * at desktop and phone width, light and dark, go to target/screenshots/.
 */
class SiteBrowserTest {
    static final int MAX_HOME_REQUESTS = 8;
    static final int MAX_HOME_GZIP_BYTES = 60 * 1024;
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;
    static final Map<String, Path> sites = new LinkedHashMap<>();
    static HeadlessChromium browser;

    @BeforeAll
    static void exportSitesAndStartBrowser() throws Exception {
        var missing = HeadlessChromium.missingBinaries();
        if (missing.isPresent()) {
            String why = "Browser test needs Chromium and chromedriver: " + missing.get()
                    + " (Debian: apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why + "; skipped outside CI");
        }
        for (String sample : List.of("alan-turing", "yihua-zhang")) {
            LoadedPortfolio loaded = PortfolioStore.load(Path.of("sample-data", sample));
            sites.put(sample, export(sample, loaded.portfolio(), loaded.folder()));
        }
        // The Turing sample is always light; this copy follows the system and has the toggle.
        LoadedPortfolio turing = PortfolioStore.load(Path.of("sample-data", "alan-turing"));
        var site = turing.portfolio().site();
        var followsSystem = turing.portfolio().withSite(site.toBuilder()
                .theme(new SiteSettings.Theme(site.theme().accentColor(), "system", true, UnknownFields.NONE)).build());
        sites.put("alan-turing-system", export("alan-turing-system", followsSystem, turing.folder()));
        // The hostile <img src=x> gets a real file, so that a failed request would mean an injection.
        Path hostile = Files.createDirectories(temp.resolve("hostile-portfolio/assets"));
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(pixel, "png", hostile.resolve("x").toFile());
        sites.put("hostile", export("hostile", HostileInputTest.portfolio(), hostile.getParent()));
        sites.put("long-list", export("long-list", longList(),
                FixturePortfolio.writeAssets(temp.resolve("long-list-portfolio"))));
        browser = HeadlessChromium.start();
    }

    private static Path export(String name, Portfolio portfolio, Path folder) {
        Path out = temp.resolve(name);
        ExportReport report = new SiteExporter().export(portfolio, folder, FixturePortfolio.options(), out);
        assertThat(report.errors()).as(name).isEmpty();
        return out;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void desktopLightWithoutSavedChoice() {
        browser.forgetSavedTheme();
        browser.viewport(1280, 900, false);
        browser.colorScheme("light");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alan-turing", "yihua-zhang", "hostile"})
    void everyPageLoadsCleanlyAndPassesAxe(String site) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages = htmlPages(sites.get(site));
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            PageLoad load = browser.open(page);
            problems.addAll(loadProblems(load));
            problems.addAll(axeViolations(page));
        }
        assertThat(problems).as(site).isEmpty();
    }

    /** The checks above would pass on a blind browser; this page has every problem they look for. */
    @Test
    void aBrokenPageIsCaught() throws IOException {
        Path page = temp.resolve("broken/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, """
                <!DOCTYPE html><html><head><title>broken</title></head><body>
                <img src="missing.png">
                <img src="http://127.0.0.1:9/elsewhere.png" alt="elsewhere">
                <script>console.error("scripted error");</script>
                </body></html>
                """);
        List<String> problems = loadProblems(browser.open(page));
        assertThat(problems).anyMatch(p -> p.contains("console error") && p.contains("scripted error"))
                .anyMatch(p -> p.contains("failed request") && p.contains("missing.png"))
                .anyMatch(p -> p.contains("image did not load") && p.contains("missing.png"))
                .anyMatch(p -> p.contains("request leaves file://: http://127.0.0.1:9/elsewhere.png"));
        assertThat(axeViolations(page)).anyMatch(p -> p.contains("image-alt")).anyMatch(p -> p.contains("html-has-lang"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alan-turing-system", "yihua-zhang", "hostile"})
    void darkPagesPassAxe(String site) {
        browser.colorScheme("dark");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.html", "publications/index.html", "news/index.html")) {
            Path file = sites.get(site).resolve(page);
            if (Files.exists(file)) {
                problems.addAll(loadProblems(browser.open(file)));
                problems.addAll(axeViolations(file));
            }
        }
        assertThat(problems).as(site).isEmpty();
    }

    /**
     * The weight budget of the issue: at most 8 requests and 60 KB gzip for the home page, images
     * excluded, math included (it is MathML in the page, with no script or font of its own).
     */
    @ParameterizedTest
    @ValueSource(strings = {"alan-turing", "yihua-zhang"})
    void homePageStaysWithinTheWeightBudget(String site) {
        PageLoad load = browser.open(sites.get(site).resolve("index.html"));
        List<Request> counted = load.requests().stream().filter(r -> !r.isImage()).toList();
        long gzip = counted.stream().mapToLong(SiteBrowserTest::gzipSize).sum();
        long images = load.requests().stream().filter(Request::isImage).count();
        System.out.printf("page weight %s/index.html: %d requests (%d images excluded), %.1f KB gzip%n",
                site, counted.size(), images, gzip / 1024.0);
        counted.forEach(r -> System.out.printf("  %-10s %6.1f KB gzip  %s%n", r.type(), gzipSize(r) / 1024.0,
                sites.get(site).toUri().relativize(URI.create(r.url()))));
        assertThat(counted.size()).as(site + ": " + counted).isLessThanOrEqualTo(MAX_HOME_REQUESTS);
        assertThat(gzip).as(site + " gzip bytes").isLessThanOrEqualTo(MAX_HOME_GZIP_BYTES);
    }

    @Test
    void filterBoxNarrowsThePublicationList() {
        browser.open(sites.get("alan-turing").resolve("publications/index.html"));
        var driver = browser.driver();
        int all = visiblePublications().size();
        WebElement box = driver.findElement(By.cssSelector(".filter-box"));
        WebElement status = driver.findElement(By.cssSelector(".filter-status"));
        assertThat(box.isDisplayed()).isTrue();
        box.sendKeys("morphogenesis");
        List<WebElement> shown = waitFor(() -> visiblePublications().size() < all ? visiblePublications() : null);
        assertThat(shown).hasSizeBetween(1, all - 1);
        assertThat(status.getText()).isEqualTo(shown.size() + " of " + all + " publications.");
        box.sendKeys(" 1952");
        assertThat(visiblePublications()).hasSizeLessThanOrEqualTo(shown.size());
        box.clear();
        box.sendKeys("no paper has these words");
        assertThat(visiblePublications()).isEmpty();
        assertThat(status.getText()).isEqualTo("No match: 0 of " + all + " publications.");
        assertThat(driver.findElements(By.cssSelector(".year-group")).stream().filter(WebElement::isDisplayed)).isEmpty();
        box.clear();
        box.sendKeys(" ");
        assertThat(visiblePublications()).hasSize(all);
        assertThat(status.getText()).isEmpty();
    }

    @Test
    void filterSearchesAbstractsAndKeywords() {
        browser.open(sites.get("long-list").resolve("publications/index.html"));
        WebElement box = browser.driver().findElement(By.cssSelector(".filter-box"));
        box.sendKeys("zebrafish");
        List<WebElement> shown = waitFor(() -> visiblePublications().size() == 1 ? visiblePublications() : null);
        assertThat(shown.get(0).getText()).contains("Paper 7");
        box.clear();
        box.sendKeys("ornithology");
        waitFor(() -> visiblePublications().size() == 1 ? visiblePublications() : null);
        assertThat(visiblePublications().get(0).getText()).contains("Paper 12");
    }

    @Test
    void filterOnAYearPageFindsEntriesOfEveryYear() {
        browser.open(sites.get("long-list").resolve("publications/2019.html"));
        var driver = browser.driver();
        WebElement box = driver.findElement(By.cssSelector(".filter-box"));
        box.sendKeys("paper 1");
        int expected = (int) java.util.stream.IntStream.range(0, 400).filter(i -> String.valueOf(i).contains("1")).count();
        List<WebElement> results = waitFor(() -> {
            var r = driver.findElements(By.cssSelector(".filter-results .pub"));
            return r.isEmpty() ? null : r;
        });
        // Every word matches: "Paper 1", "Paper 21", "Paper 310" ... of 2020, none of which this page lists.
        assertThat(results).hasSize(expected);
        assertThat(driver.findElement(By.cssSelector(".filter-status")).getText())
                .isEqualTo(expected + " of 432 publications.");
        assertThat(driver.findElements(By.cssSelector(".year-group")).stream().filter(WebElement::isDisplayed)).isEmpty();
        results.get(0).findElement(By.cssSelector(".title a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/publications/big1.html");
    }

    @Test
    void anOldListAddressOfAnEntryLeadsToItsYearPage() {
        browser.driver().get(sites.get("long-list").resolve("publications/index.html").toUri() + "#pub-old3");
        String url = waitFor(() -> browser.driver().getCurrentUrl().contains("/2019.html") ? browser.driver().getCurrentUrl() : null);
        assertThat(url).endsWith("/publications/2019.html#pub-old3");
    }

    @Test
    void themeToggleSwitchesDarkModeAndRemembersIt() {
        browser.open(sites.get("alan-turing-system").resolve("index.html"));
        var driver = browser.driver();
        String light = background();
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("false");
        toggle.click();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("dark");
        assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("true");
        String dark = background();
        assertThat(dark).isNotEqualTo(light);
        assertThat(luminance(dark)).isLessThan(0.2);
        browser.open(sites.get("alan-turing-system").resolve("publications/index.html"));
        assertThat(background()).as("the choice holds on the next page").isEqualTo(dark);
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertThat(background()).isEqualTo(light);
        browser.forgetSavedTheme();
    }

    @Test
    void systemDarkModeIsFollowedWithoutAChoice() {
        browser.colorScheme("dark");
        browser.open(sites.get("yihua-zhang").resolve("index.html"));
        assertThat(luminance(background())).isLessThan(0.2);
    }

    @Test
    void siteSetToLightStaysLightOnADarkSystem() {
        browser.colorScheme("dark");
        browser.open(sites.get("alan-turing").resolve("index.html"));
        assertThat(luminance(background())).isGreaterThan(0.8);
        assertThat(browser.driver().findElements(By.cssSelector(".theme-toggle"))).isEmpty();
    }

    @Test
    void printedFromADarkSystemTheHomePageIsDarkOnWhiteAndPrintsEveryNewsItem() {
        browser.printed("dark");
        browser.open(sites.get("alan-turing-system").resolve("index.html"));
        var driver = browser.driver();
        assertThat(luminance(background())).isGreaterThan(0.8);
        assertThat(luminance(String.valueOf(driver.executeScript("return getComputedStyle(document.querySelector('h1')).color;"))))
                .isLessThan(0.05);
        assertThat(driver.findElements(By.cssSelector(".news-list.scroll"))).as("the sample's news list scrolls on screen").hasSize(1);
        assertThat(driver.executeScript("const l = document.querySelector('.news-list.scroll');"
                + " return l.scrollHeight - l.clientHeight;")).as("no item hidden in a scrolling box on paper").isEqualTo(0L);
    }

    @Test
    void phoneMenuOpensAndLeadsToTheSections() {
        browser.viewport(375, 812, true);
        Path home = sites.get("alan-turing").resolve("index.html");
        browser.open(home);
        var driver = browser.driver();
        assertThat(driver.findElement(By.cssSelector(".menu-wide")).isDisplayed()).isFalse();
        WebElement menu = driver.findElement(By.cssSelector(".menu-narrow summary"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(menu.getSize().getHeight()).as("tap target height").isGreaterThanOrEqualTo(24);
        WebElement publications = driver.findElement(By.cssSelector(".menu-narrow a[href$='publications/index.html']"));
        assertThat(publications.isDisplayed()).isFalse();
        menu.click();
        assertThat(publications.isDisplayed()).isTrue();
        var open = driver.findElement(By.cssSelector(".menu-narrow ul")).getRect();
        assertThat(open.getX()).as("menu inside the screen").isGreaterThanOrEqualTo(0);
        assertThat(open.getX() + open.getWidth()).as("menu inside the screen").isLessThanOrEqualTo(375);
        menu.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertThat(publications.isDisplayed()).as("Escape closes the menu").isFalse();
        menu.click();
        driver.findElement(By.cssSelector("h1")).click();
        assertThat(publications.isDisplayed()).as("a tap outside closes the menu").isFalse();
        menu.click();
        publications.click();
        assertThat(driver.getCurrentUrl()).endsWith("/publications/index.html");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("publications");
    }

    @Test
    void aListWhereNoEntryHasABadgeGivesItsEntriesTheWholeWidth() {
        String offset = "const pub = document.querySelector('.pub:not([hidden])');"
                + " return Math.round(pub.querySelector('.title').getBoundingClientRect().left - pub.getBoundingClientRect().left);";
        browser.open(sites.get("long-list").resolve("publications/index.html"));
        assertThat(((Number) browser.driver().executeScript(offset)).intValue()).isZero();
        browser.open(sites.get("alan-turing").resolve("publications/index.html"));
        assertThat(((Number) browser.driver().executeScript(offset)).intValue()).as("the badges' column").isGreaterThan(50);
    }

    @Test
    void aCarouselOfAnImportedPageShowsItsPhotosAsAGridWithoutItsScriptedControls() throws IOException {
        // al-folio pages carry Bootstrap's carousel markup; the site ships no script for it
        String gallery = """
                <div id="lab" class="carousel slide">
                  <ol class="carousel-indicators"><li class="active"></li><li></li></ol>
                  <div class="carousel-inner">
                    <div class="carousel-item active"><img class="d-block w-100" src="assets/img/me.png" alt="Lab retreat"></div>
                    <div class="carousel-item"><img class="d-block w-100" src="assets/img/me.png" alt="Lab hike"></div>
                  </div>
                  <a class="carousel-control-prev" href="#lab"><span class="carousel-control-prev-icon"></span><span class="sr-only">Previous</span></a>
                  <a class="carousel-control-next" href="#lab"><span class="carousel-control-next-icon"></span><span class="sr-only">Next</span></a>
                </div>""";
        Portfolio portfolio = FixturePortfolio.portfolio()
                .withPages(List.of(new org.scholarfolio.model.Page("gallery", "Gallery", 1, true, gallery, UnknownFields.NONE)));
        Path site = export("carousel", portfolio, FixturePortfolio.writeAssets(temp.resolve("carousel-portfolio")));
        Path page = site.resolve("gallery/index.html");
        assertThat(loadProblems(browser.open(page))).isEmpty();
        @SuppressWarnings("unchecked")
        List<Object> shown = (List<Object>) browser.driver().executeScript("""
                const visible = e => e.getBoundingClientRect().width > 0 && getComputedStyle(e).display !== 'none';
                const photos = [...document.querySelectorAll('.carousel-item img')];
                return [photos.filter(visible).length,
                        photos.length === 2 && photos[0].getBoundingClientRect().top === photos[1].getBoundingClientRect().top,
                        [...document.querySelectorAll('.carousel-indicators, .carousel-control-prev, .carousel-control-next')]
                            .filter(visible).length];""");
        assertThat(shown).containsExactly(2L, true, 0L);
        assertThat(axeViolations(page)).isEmpty();
    }

    @Test
    void aBlockBootstrapHidesStaysHiddenAndOneShownFromABreakpointOnShows() throws IOException {
        // al-folio bios keep words for search engines in <div class="d-none">, which the live site never shows
        String bio = """
                <div class="d-none" aria-hidden="true">
                  Also written as: Ida Q. Example
                </div>

                <div class="d-none d-md-block">Wide screens only</div>

                The visible text.""";
        Portfolio portfolio = FixturePortfolio.portfolio().withPages(List.of(
                new org.scholarfolio.model.Page("hidden", "Hidden", 1, true, bio, UnknownFields.NONE)));
        Path site = export("hidden-block", portfolio, FixturePortfolio.writeAssets(temp.resolve("hidden-portfolio")));
        browser.viewport(1280, 900, false);
        browser.open(site.resolve("hidden/index.html"));
        String text = browser.driver().findElement(By.cssSelector("main")).getText();
        assertThat(text).contains("The visible text.", "Wide screens only").doesNotContain("Also written as");
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void anAddressWithoutAPhotoStartsWhereTheBioStarts(int width) throws IOException {
        // without a photo the address lines are a block of their own above the bio, not a narrow centred column
        Portfolio base = FixturePortfolio.portfolio();
        Portfolio portfolio = base.withProfile(base.profile().toBuilder().photo(null)
                .addressLines(List.of("Room 3210", "428 S Shaw LN, East Lansing, Michigan")).build());
        Path site = export("address-without-photo-" + width, portfolio,
                FixturePortfolio.writeAssets(temp.resolve("address-without-photo-portfolio-" + width)));
        browser.viewport(width, 900, width < 500);
        browser.open(site.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<Object> lefts = (List<Object>) browser.driver().executeScript("""
                const text = e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects()[0]; };
                const address = document.querySelector('.address');
                return [...address.children].map(p => Math.round(text(p).left))
                    .concat([Math.round(document.querySelector('.bio').getBoundingClientRect().left)]);""");
        assertThat(lefts).hasSize(3).allSatisfy(left -> assertThat(left).isEqualTo(lefts.get(2)));
    }

    @Test
    void aNameInARightToLeftScriptReadsGivenNameFirstFromTheRight() throws IOException {
        // each part was closed off on its own, and the heading, English, set the two isolates left to right: the given
        // name at the left, so that read from the right the name began with the family name
        Portfolio base = FixturePortfolio.portfolio();
        Portfolio portfolio = base.withProfile(base.profile().toBuilder()
                .name(new org.scholarfolio.model.PersonName("\u062d\u0633\u0646", "", "\u0627\u0628\u0646 \u0627\u0644\u0647\u064a\u062b\u0645"))
                .build());
        Path site = export("right-to-left-name", portfolio, FixturePortfolio.writeAssets(temp.resolve("right-to-left-name-portfolio")));
        browser.open(site.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<Object> edges = (List<Object>) browser.driver().executeScript("""
                const given = document.querySelector('.name strong'), r = document.createRange();
                r.setStartAfter(given); r.setEnd(given.parentNode, given.parentNode.childNodes.length);
                return [Math.round(given.getBoundingClientRect().left), Math.round(r.getBoundingClientRect().left)];""");
        assertThat(((Number) edges.get(0)).intValue()).as("the given name right of the family name")
                .isGreaterThan(((Number) edges.get(1)).intValue());
    }

    @Test
    void aDisplayFormulaShowsNoScrollBarWhenItFitsTheColumn() throws IOException {
        // overflow-x: auto makes a formula's box scroll both ways: an integral's or a lim's limits, a few pixels past
        // its line box, gave it a vertical scroll bar beside a formula that fits the column
        Portfolio base = FixturePortfolio.portfolio();
        Portfolio portfolio = base.withProfile(base.profile().toBuilder().photo(null)
                .bio("$$\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}$$\n\n"
                        + "$$\\lim_{n\\to\\infty} \\left(1+\\frac{1}{n}\\right)^n = e$$\n\n"
                        + "$$\\sum_{i=1}^{n} \\frac{a_i}{b_i} = \\int_0^1 f(x)\\,dx$$").build());
        Path site = export("display-formulas", portfolio, FixturePortfolio.writeAssets(temp.resolve("display-formulas-portfolio")));
        browser.open(site.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<Object> overflows = (List<Object>) browser.driver().executeScript("""
                return [...document.querySelectorAll('.math.display')].map(e => [e.scrollHeight - e.clientHeight,
                    e.scrollWidth - e.clientWidth]);""");
        assertThat(overflows).as("[rows, columns] past each formula's box").hasSize(3)
                .allSatisfy(o -> assertThat(o).isEqualTo(List.of(0L, 0L)));
    }

    @Test
    void aParagraphInARightToLeftScriptRunsFromTheRightOfTheColumn() throws IOException {
        // an English site whose bio has a paragraph in Arabic: that paragraph starts at the right, its full stop at its end (left);
        // no photo, whose float would shorten the lines beside it
        Portfolio base = FixturePortfolio.portfolio();
        Portfolio portfolio = base.withProfile(base.profile().toBuilder().photo(null)
                .bio("\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645.\n\nHello, world.").build());
        Path site = export("right-to-left", portfolio, FixturePortfolio.writeAssets(temp.resolve("right-to-left-portfolio")));
        browser.open(site.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<Object> gaps = (List<Object>) browser.driver().executeScript("""
                return [...document.querySelectorAll('.bio p')].map(p => {
                    const r = document.createRange(); r.selectNodeContents(p);
                    const text = r.getBoundingClientRect(), box = p.getBoundingClientRect();
                    return [Math.round(text.left - box.left), Math.round(box.right - text.right)];
                });""");
        assertThat(gaps).hasSize(2);
        assertThat((List<?>) gaps.get(0)).as("Arabic: [gap at the left, gap at the right]").element(1).isEqualTo(0L);
        assertThat((List<?>) gaps.get(0)).element(0).isNotEqualTo(0L);
        assertThat((List<?>) gaps.get(1)).as("English").element(0).isEqualTo(0L);
        @SuppressWarnings("unchecked")
        List<Object> stop = (List<Object>) browser.driver().executeScript("""
                const p = document.querySelector('.bio p'), node = p.firstChild, r = document.createRange();
                r.setStart(node, node.length - 1); r.setEnd(node, node.length);
                const dot = r.getBoundingClientRect(); r.selectNodeContents(p); const all = r.getBoundingClientRect();
                return [Math.round(dot.left - all.left), Math.round(all.right - dot.right)];""");
        assertThat(((Number) stop.get(0)).intValue()).as("the full stop ends the sentence at its left").isZero();
    }

    @Test
    void aSiteWithManySectionsKeepsItsNameOnOneLineAndItsMenuAtTheRight() throws IOException {
        // six extra pages: the sections take two rows at 1280 px, beside a site name that stays whole
        List<org.scholarfolio.model.Page> pages = new ArrayList<>();
        for (String title : List.of("teaching & talks", "software", "students", "curriculum vitae", "reading group", "an empty page")) {
            pages.add(new org.scholarfolio.model.Page(title.replaceAll("[^a-z]+", "-"), title, pages.size() + 1, true,
                    "Text.", UnknownFields.NONE));
        }
        Path site = export("many-sections", FixturePortfolio.portfolio().withPages(pages),
                FixturePortfolio.writeAssets(temp.resolve("many-sections-portfolio")));
        browser.open(site.resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<Object> shown = (List<Object>) browser.driver().executeScript("""
                const r = document.createRange(); r.selectNodeContents(document.querySelector('.brand'));
                const menu = document.querySelector('.menu-wide'), items = [...menu.children];
                const rows = new Map();
                for (const li of items) { const b = li.getBoundingClientRect(); rows.set(Math.round(b.top), Math.round(b.right)); }
                const right = Math.round(menu.getBoundingClientRect().right);
                return [r.getClientRects().length, rows.size, [...rows.values()].every(x => Math.abs(x - right) <= 1)];""");
        assertThat(shown).as("[lines of the site name, rows of sections, every row ends at the right]")
                .containsExactly(1L, 2L, true);
    }

    /** The bar's controls as [left, top, right] of the site name, the menu button and the theme toggle, and the page's width. */
    private static List<List<Long>> barControls() {
        @SuppressWarnings("unchecked")
        List<List<Long>> boxes = (List<List<Long>>) browser.driver().executeScript("""
                return ['.brand', '.menu-narrow summary', '.theme-toggle', 'html'].map(s => {
                  const b = document.querySelector(s).getBoundingClientRect();
                  return s === 'html' ? [0, 0, document.documentElement.scrollWidth]
                      : [Math.round(b.left), Math.round(b.top), Math.round(b.right)]; });""");
        return boxes;
    }

    @ParameterizedTest
    @ValueSource(ints = {180, 240})
    void belowThreeHundredTwentyPixelsTheMenuButtonAndThemeToggleTakeARowOfTheirOwnInsideTheScreen(int width) {
        // a 360 px phone at 200 %: the bar did not wrap, and the toggle sat 53 px past the right edge
        browser.viewport(width, 640, true);
        browser.open(sites.get("alan-turing-system").resolve("index.html"));
        List<List<Long>> bar = barControls();
        List<Long> name = bar.get(0), menu = bar.get(1), toggle = bar.get(2);
        assertThat(bar.get(3).get(2)).as("page width").isLessThanOrEqualTo(width);
        assertThat(toggle.get(2)).as("the toggle's right edge").isLessThanOrEqualTo(width - 16L);
        assertThat(menu.get(1)).as("menu and toggle in one row").isEqualTo(toggle.get(1));
        assertThat(menu.get(1)).as("below the name").isGreaterThan(name.get(1));
        assertThat(((Number) browser.driver().executeScript("const r = document.createRange();"
                + " r.selectNodeContents(document.querySelector('.brand')); return r.getClientRects().length;")).intValue())
                .as("the name's lines: it takes the row, not half of it").isEqualTo(1);
        var driver = browser.driver();
        driver.findElement(By.cssSelector(".menu-narrow summary")).click();
        var open = driver.findElement(By.cssSelector(".menu-narrow ul")).getRect();
        assertThat(open.getX()).as("open menu inside the screen").isGreaterThanOrEqualTo(0);
        assertThat(open.getX() + open.getWidth()).as("open menu inside the screen").isLessThanOrEqualTo(width);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            320, 180
            180, 640
            """)
    void inAWindowAtFourHundredPercentOrAPhoneAtTwoHundredTheBarScrollsAwayWithThePage(int width, int height) {
        // 1280 x 720 at 400 % is 320 x 180 CSS px: a bar that stays on screen took a third of it; below 320 px the bar
        // takes two rows or more, higher than the room kept clear for it above a link reached with the keyboard
        browser.viewport(width, height, true);
        browser.open(sites.get("alan-turing-system").resolve("publications/index.html"));
        var driver = browser.driver();
        driver.executeScript("window.scrollTo(0, 600);");
        Object bottom = driver.executeScript("return Math.round(document.querySelector('.top').getBoundingClientRect().bottom);");
        assertThat(((Number) bottom).intValue()).as("the bar's bottom edge after scrolling down").isLessThanOrEqualTo(0);
        browser.viewport(1280, 900, false);
        browser.open(sites.get("alan-turing-system").resolve("publications/index.html"));
        driver.executeScript("window.scrollTo(0, 600);");
        Object top = driver.executeScript("return Math.round(document.querySelector('.top').getBoundingClientRect().top);");
        assertThat(((Number) top).intValue()).as("at 1280 x 900 the bar stays at the top").isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {320, 360})
    void fromThreeHundredTwentyPixelsTheNameTheMenuButtonAndTheThemeToggleShareOneRow(int width) {
        browser.viewport(width, 640, true);
        browser.open(sites.get("alan-turing-system").resolve("index.html"));
        List<List<Long>> bar = barControls();
        assertThat(bar.get(1).get(1)).as("menu in the name's row").isLessThan(bar.get(0).get(1) + 20);
        assertThat(bar.get(2).get(1)).as("toggle beside the menu").isEqualTo(bar.get(1).get(1));
        assertThat(bar.get(2).get(2)).as("toggle at the bar's right edge").isEqualTo(width - 16L);
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 768, 1280})
    void aLongUnbrokenWordInAMenuEntryOrTheFooterBreaksInsideTheScreen(int width) throws IOException {
        // the menu and the footer lie outside the page's column, which breaks long words on its own
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
        String address = "https://example.org/" + "a-long-path-segment-".repeat(8) + "end.html";
        Portfolio base = FixturePortfolio.portfolio();
        Portfolio portfolio = base.withSite(base.site().toBuilder().footer("Footer " + word + " " + address).build())
                .withPages(List.of(new org.scholarfolio.model.Page("long", "Page " + word, 1, true, "Text.", UnknownFields.NONE)));
        Path site = export("long-words-" + width, portfolio, FixturePortfolio.writeAssets(temp.resolve("long-words-portfolio-" + width)));
        browser.viewport(width, 900, width < 500);
        browser.open(site.resolve("index.html"));
        var driver = browser.driver();
        if (width < 500) {
            driver.findElement(By.cssSelector(".menu-narrow summary")).click();
        }
        @SuppressWarnings("unchecked")
        List<Object> widths = (List<Object>) driver.executeScript("""
                const menu = [...document.querySelectorAll('.menu-wide, .menu-narrow ul')].filter(m => m.getClientRects().length)[0];
                const r = menu.getBoundingClientRect();
                return [document.documentElement.scrollWidth, Math.round(r.left), Math.round(r.right)];""");
        assertThat(((Number) widths.get(0)).intValue()).as("page width").isLessThanOrEqualTo(width);
        assertThat(((Number) widths.get(1)).intValue()).as("menu's left edge").isGreaterThanOrEqualTo(0);
        assertThat(((Number) widths.get(2)).intValue()).as("menu's right edge").isLessThanOrEqualTo(width);
    }

    @Test
    void aLongListLaysOutOnlyTheEntriesNearTheWindowAndPrintsThemAll() {
        // clearing the filter on a 250-entry page laid out all 250 entries at once (0.4-0.6 s of layout)
        browser.open(sites.get("long-list").resolve("publications/index.html"));
        var driver = browser.driver();
        String entries = "[...document.querySelectorAll('.publications .pub')]"
                + ".map(p => p.querySelector('.title').checkVisibility({contentVisibilityAuto: true}))";
        String shown = "return " + entries + ";";
        @SuppressWarnings("unchecked")
        List<Boolean> onScreen = (List<Boolean>) driver.executeScript(shown);
        assertThat(onScreen).hasSizeGreaterThan(100);
        assertThat(onScreen.get(0)).as("the first entry").isTrue();
        assertThat(onScreen.get(onScreen.size() - 2)).as("the entry before the last, far below the window").isFalse();
        driver.executeScript("document.querySelectorAll('.publications .pub')[arguments[0]].scrollIntoView();", onScreen.size() - 1);
        @SuppressWarnings("unchecked")
        List<Boolean> scrolled = (List<Boolean>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(" + entries + ")));");
        assertThat(scrolled.get(scrolled.size() - 1)).as("the last entry, scrolled to").isTrue();
        browser.printed("light");
        @SuppressWarnings("unchecked")
        List<Boolean> printed = (List<Boolean>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => done(" + entries + ")));");
        assertThat(printed).as("every entry on paper").allMatch(Boolean::booleanValue);
    }

    @Test
    void theLastEntryOfAListDoesNotSpillOntoTheLinkBelowTheListBeforeItIsScrolledTo() throws IOException {
        // Lighthouse measured the 1,000's list on a phone without scrolling: the last entry, left at its
        // 11 rem guess, had its link buttons on the "All entries as BibTeX" link below the list (tap targets).
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pubs.add(Publication.builder("p" + i, "article").title("Paper " + i).year(2020).build());
        }
        List<org.scholarfolio.model.Author> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(org.scholarfolio.model.Author.of("Given" + i, "Family" + i));
        }
        pubs.add(Publication.builder("oldest", "article").year(1990).authors(many)
                .title("A long title of the oldest paper on the list, ".repeat(6)).journal("A Journal of Long Names")
                .links(new org.scholarfolio.model.PublicationLinks("https://example.org/html", "https://example.org/a.pdf",
                        "https://example.org/supp", "https://example.org/video", "https://example.org/blog",
                        "https://example.org/code", "https://example.org/poster", "https://example.org/slides",
                        "https://example.org/site"))
                .build());
        Path site = export("spilling-last-entry", FixturePortfolio.portfolio().withPublications(pubs),
                FixturePortfolio.writeAssets(temp.resolve("spilling-last-entry-portfolio")));
        browser.viewport(375, 812, true);
        browser.open(site.resolve("publications/index.html"));
        @SuppressWarnings("unchecked")
        List<Long> edges = (List<Long>) browser.driver().executeScript("""
                const last = [...document.querySelectorAll('.publications .pub')].pop();
                const bottom = Math.max(...[...last.querySelectorAll('*')].map(e => e.getBoundingClientRect().bottom));
                return [Math.round(bottom), Math.round(document.querySelector('.more a').getBoundingClientRect().top)];""");
        assertThat(edges.get(0)).as("the last entry's lowest box, above the link below the list at " + edges.get(1))
                .isLessThanOrEqualTo(edges.get(1));
    }

    @Test
    void aLinkReachedWithShiftTabIsNotHiddenUnderTheStickyBar() {
        // going back up the page from the keyboard, the browser scrolls each link just into view: at the top
        // edge, under the bar, unless the page keeps the bar's height clear
        browser.open(sites.get("alan-turing").resolve("publications/index.html"));
        var driver = browser.driver();
        driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight);"
                + " [...document.querySelectorAll('main a')].pop().focus();");
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB));
            Object under = driver.executeScript("""
                    const e = document.activeElement, bar = document.querySelector('.top');
                    if (!e || bar.contains(e) || !document.querySelector('main').contains(e)) return null;
                    const top = e.getBoundingClientRect().top, edge = bar.getBoundingClientRect().bottom;
                    return top < edge ? e.textContent.trim().slice(0, 40) + ' at ' + Math.round(top) + ' < ' + Math.round(edge) : null;""");
            if (under != null) {
                hidden.add(String.valueOf(under));
            }
        }
        assertThat(hidden).as("links focused under the bar").isEmpty();
        driver.get(sites.get("alan-turing").resolve("publications/index.html").toUri() + "#pub-turing1937lambda");
        assertThat((Boolean) driver.executeScript("return document.getElementById('pub-turing1937lambda').getBoundingClientRect().top"
                + " >= document.querySelector('.top').getBoundingClientRect().bottom;")).as("an entry opened by its address").isTrue();
    }

    @Test
    void printedEveryLinkToAnotherSiteShowsItsAddressWhereverItIs() {
        // a CV printed from the site: on paper a link is only as good as its address, in a table cell too
        browser.printed("light");
        browser.open(sites.get("alan-turing").resolve("index.html"));
        @SuppressWarnings("unchecked")
        List<Object> missing = (List<Object>) browser.driver().executeScript("""
                return [...document.querySelectorAll('main a[href^="http"]')]
                    .filter(a => a.getClientRects().length)
                    .filter(a => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')))
                    .map(a => a.parentElement.tagName.toLowerCase() + ': ' + a.textContent.trim());""");
        assertThat(missing).as("printed links without their address").isEmpty();
        assertThat((Long) browser.driver().executeScript("return document.querySelectorAll('main td a[href^=\"http\"]').length;"))
                .as("the sample's news table holds a link").isPositive();
    }

    @Test
    void aShortBadgeIsCentredInItsBoxOnAPhoneToo() {
        // on a phone the badge column is a row (badge, then preview) aligned left; the badge's own text stays centred
        browser.viewport(375, 812, true);
        browser.open(sites.get("alan-turing").resolve("publications/index.html"));
        @SuppressWarnings("unchecked")
        List<Object> margins = (List<Object>) browser.driver().executeScript("""
                return [...document.querySelectorAll('.badge')].map(b => {
                    const r = document.createRange(); r.selectNodeContents(b);
                    const text = r.getBoundingClientRect(), box = b.getBoundingClientRect();
                    return Math.round(Math.abs((text.left - box.left) - (box.right - text.right)));
                });""");
        assertThat(margins).as("|left gap - right gap| of each badge's text").isNotEmpty().allSatisfy(m -> assertThat((Long) m).isLessThanOrEqualTo(1L));
    }

    @Test
    void theSkipLinkAppearsOnFocusAndLeadsToTheContent() {
        browser.open(sites.get("alan-turing").resolve("publications/index.html"));
        var driver = browser.driver();
        WebElement skip = driver.findElement(By.cssSelector("a.skip"));
        assertThat(skip.getRect().getX()).as("off screen until focused").isLessThan(0);
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).isEqualTo("skip");
        assertThat(skip.getRect().getX()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alan-turing", "yihua-zhang", "hostile"})
    void phonePagesFitTheScreenAndPassAxe(String site) throws IOException {
        browser.viewport(375, 812, true);
        List<String> problems = new ArrayList<>();
        for (Path page : htmlPages(sites.get(site))) {
            browser.open(page);
            Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
            if (width.intValue() > 375) {
                problems.add(sites.get(site).relativize(page) + " is " + width + " px wide");
            }
            if (page.endsWith("index.html") && page.getParent().equals(sites.get(site))) {
                problems.addAll(axeViolations(page));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidthInLightAndDark() throws IOException {
        List<Path> written = new ArrayList<>();
        // The home page, the publication list and a paper's page, those a sample has.
        Map<String, String> shots = new LinkedHashMap<>();
        shots.put("index.html", "home");
        shots.put("publications/index.html", "publications");
        shots.put("publications/turing1937computable.html", "paper");
        shots.put("news/index.html", "news");
        for (String site : List.of("alan-turing-system", "yihua-zhang")) {
            for (String page : shots.keySet()) {
                Path file = sites.get(site).resolve(page);
                if (!Files.exists(file) || (page.startsWith("news") && site.startsWith("alan"))) {
                    continue;
                }
                for (int width : new int[] {1280, 375}) {
                    for (String scheme : List.of("light", "dark")) {
                        browser.viewport(width, width == 375 ? 812 : 900, width == 375);
                        browser.colorScheme(scheme);
                        browser.open(file);
                        String name = site.replace("-system", "") + "-" + shots.get(page)
                                + "-" + width + "-" + scheme + ".png";
                        Path png = SCREENSHOTS.resolve(name);
                        browser.screenshot(png, width == 375 ? 1600 : 2400);
                        written.add(png);
                    }
                }
            }
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(16).allSatisfy(png -> assertThat(Files.readAllBytes(png))
                .startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    private static List<String> loadProblems(PageLoad load) {
        List<String> problems = new ArrayList<>();
        String page = load.uri().toString();
        load.consoleErrors().forEach(e -> problems.add(page + ": console error: " + e));
        load.failedRequests().forEach(e -> problems.add(page + ": failed request: " + e));
        load.brokenImages().forEach(e -> problems.add(page + ": image did not load: " + e));
        load.requests().stream().map(Request::url)
                .filter(u -> !u.startsWith("file:") && !u.startsWith("data:"))
                .forEach(u -> problems.add(page + ": request leaves file://: " + u));
        return problems;
    }

    private static List<String> axeViolations(Path page) {
        List<String> problems = new ArrayList<>();
        var results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver());
        if (results.isErrored()) {
            problems.add(page + ": axe-core failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                problems.add(page + ": " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget()
                        + ": " + node.getHtml());
            }
        }
        return problems;
    }

    /** 400 papers of 2020 and 32 of 2019: a list split by year; two have words only in their abstract or keywords. */
    static Portfolio longList() {
        List<Publication> pubs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            var b = Publication.builder("big" + i, "article").title("Paper " + i).year(2020);
            if (i == 7) {
                b.abstractText("We raised *zebrafish* in the dark.");
            }
            if (i == 12) {
                b.bibtexFields(Map.of("keywords", "birds, ornithology"));
            }
            pubs.add(b.build());
        }
        for (int i = 0; i < 32; i++) {
            pubs.add(Publication.builder("old" + i, "article").title("Old study " + i).year(2019).build());
        }
        return FixturePortfolio.portfolio().withPublications(pubs);
    }

    /** Waits up to 5 s for {@code probe} to give something other than null. */
    private static <T> T waitFor(java.util.function.Supplier<T> probe) {
        long end = System.nanoTime() + 5_000_000_000L;
        T value = probe.get();
        while (value == null && System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = probe.get();
        }
        assertThat(value).as("waited 5 s").isNotNull();
        return value;
    }

    private static List<WebElement> visiblePublications() {
        return browser.driver().findElements(By.cssSelector(".pub")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static String background() {
        return String.valueOf(browser.driver().executeScript("return getComputedStyle(document.body).backgroundColor;"));
    }

    /** Relative luminance (0 black .. 1 white) of a CSS rgb()/rgba() colour. */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static long gzipSize(Request request) {
        if (!request.url().startsWith("file:")) {
            return 0;
        }
        try {
            byte[] bytes = Files.readAllBytes(Path.of(URI.create(request.url().replaceFirst("[?#].*$", ""))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            // the 404 page's links start from the site's address on its host: NotFoundPageBrowserTest serves it
            return files.filter(p -> p.toString().endsWith(".html") && !p.equals(site.resolve("404.html"))).sorted().toList();
        }
    }
}
