package org.scholarfolio.site;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; Selenium cannot download drivers here). Network activity is read from
 * chromedriver's performance log and console messages from its browser log, so no DevTools
 * binding for a particular Chromium version is needed.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    /**
     * Selenium warns on every start that it has no DevTools binding for this Chromium version;
     * nothing here uses that binding (see the class comment). Held so the level is not collected.
     */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    /** One network request a page made, with its resource type (Document, Stylesheet, Script, Image, Font, ...). */
    record Request(String url, String type) {
        boolean isImage() {
            return type.equals("Image");
        }
    }

    /** What happened while a page loaded. */
    record PageLoad(URI uri, List<Request> requests, List<String> failedRequests, List<String> consoleErrors,
                    List<String> brokenImages) {
    }

    private final ChromeDriver driver;
    private final Json json = new Json();

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The browser and driver binaries, or why they cannot be found. */
    static Optional<String> missingBinaries() {
        if (browserBinary().isEmpty()) {
            return Optional.of("no Chromium found on the PATH (looked for " + String.join(", ", BROWSERS) + ")");
        }
        if (onPath("chromedriver").isEmpty()) {
            return Optional.of("no chromedriver found on the PATH");
        }
        return Optional.empty();
    }

    static HeadlessChromium start() {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browserBinary().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--window-size=1280,900", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a file and waits until it, its fonts and all its images (lazy ones included) have
     * loaded, then reports every request, failure and console error since the last call.
     */
    PageLoad open(Path file) {
        return open(file.toUri());
    }

    /** As {@link #open(Path)}, for an address (a page a local server serves). */
    PageLoad open(URI uri) {
        drainLogs();
        driver.get(uri.toString());
        return settle(uri);
    }

    /** Like {@link #open}, for whatever the browser shows now (after a click, say). */
    PageLoad settle(URI uri) {
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var images = Array.from(document.images);
                images.forEach(function (img) { img.loading = "eager"; });
                Promise.all(images.map(function (img) {
                    return img.decode().catch(function () { return null; });
                })).then(function () { return document.fonts.ready; }).then(function () {
                    done(images.filter(function (img) { return !img.complete || img.naturalWidth === 0; })
                        .map(function (img) { return img.currentSrc || img.src; }));
                });
                """);
        List<Request> requests = new ArrayList<>();
        Map<String, String> urlsById = new HashMap<>();
        List<String> failed = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = message(entry);
            Map<String, Object> params = map(message.get("params"));
            switch (String.valueOf(message.get("method"))) {
                case "Network.requestWillBeSent" -> {
                    String url = String.valueOf(map(params.get("request")).get("url"));
                    urlsById.put(String.valueOf(params.get("requestId")), url);
                    requests.add(new Request(url, String.valueOf(params.getOrDefault("type", "Other"))));
                }
                case "Network.loadingFailed" -> failed.add(params.get("errorText") + " "
                        + urlsById.getOrDefault(String.valueOf(params.get("requestId")), "(unknown request)"));
                default -> { }
            }
        }
        List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        return new PageLoad(uri, requests, failed, console, broken);
    }

    /** Emulates a screen of this size; {@code mobile} also turns on the phone viewport rules. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** "light", "dark", or "" for the browser's own setting. */
    void colorScheme(String scheme) {
        media("", scheme);
    }

    /** As {@link #colorScheme}, laid out for paper: the print stylesheet applies. */
    void printed(String scheme) {
        media("print", scheme);
    }

    private void media(String type, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("media", type, "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Forgets the visitor's saved light/dark choice of the file:// origin. */
    void forgetSavedTheme() {
        if (driver.getCurrentUrl().startsWith("file:")) {
            driver.executeScript("try { localStorage.clear(); } catch (e) { }");
        }
    }

    /** A PNG of the whole page (not only the viewport), at most {@code maxHeight} pixels tall. */
    void screenshot(Path png, int maxHeight) throws IOException {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> clip = new LinkedHashMap<>();
        clip.put("x", 0);
        clip.put("y", 0);
        clip.put("width", width.intValue());
        clip.put("height", Math.min(height.intValue(), maxHeight));
        clip.put("scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private void drainLogs() {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
    }

    private Map<String, Object> message(LogEntry entry) {
        Map<String, Object> wrapper = json.toType(entry.getMessage(), Json.MAP_TYPE);
        return map(wrapper.get("message"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Optional<Path> browserBinary() {
        return BROWSERS.stream().map(HeadlessChromium::onPath).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }
}
