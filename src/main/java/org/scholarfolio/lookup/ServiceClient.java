package org.scholarfolio.lookup;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The one way Scholarfolio asks a scholarly service anything, as a polite client: a User-Agent with
 * the app's version and the researcher's e-mail, a minimum spacing per service (arXiv asks for one
 * request per three seconds), retries with growing waits on 429 and 503 that honour Retry-After,
 * a timeout, a cap on the answer's size, and the dated {@link AnswerCache}.
 */
public final class ServiceClient {
    /** Waits; tests replace it to check the waits without spending them. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param timeout   how long one request may take, connection included
     * @param attempts  how often a request refused with 429 or 503 is tried in all
     * @param longestWait the longest Retry-After honoured; a service asking for more is reported
     * @param maxBytes  the largest answer read; a larger one is refused as malformed
     */
    public record Settings(String userAgent, Duration timeout, int attempts, Duration longestWait, long maxBytes) {
        public static Settings standard(String appVersion, String email) {
            String contact = email == null || email.isBlank() ? "" : "; mailto:" + email.strip();
            return new Settings("Scholarfolio/" + appVersion + " (desktop homepage editor" + contact + ")",
                    Duration.ofSeconds(20), 4, Duration.ofSeconds(60), 5L * 1024 * 1024);
        }

        public Settings withTimeout(Duration t) {
            return new Settings(userAgent, t, attempts, longestWait, maxBytes);
        }
    }

    private final HttpClient http;
    private final Settings settings;
    private final AnswerCache cache;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private final Map<String, Duration> spacing = new HashMap<>();
    private final Map<String, Long> lastRequest = new HashMap<>();

    public ServiceClient(Settings settings, AnswerCache cache) {
        this(settings, cache, d -> Thread.sleep(d.toMillis()), System::nanoTime);
    }

    ServiceClient(Settings settings, AnswerCache cache, Sleeper sleeper, LongSupplier nanoTime) {
        this.settings = settings;
        this.cache = cache;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public Settings settings() {
        return settings;
    }

    /** Requests to {@code base}'s host and port are sent at least {@code interval} apart. */
    public ServiceClient spaced(URI base, Duration interval) {
        spacing.put(hostKey(base), interval);
        return this;
    }

    /**
     * The body of a 200 answer to GET {@code uri}, from the cache when it holds one younger than
     * {@code maxAge}. {@code about} names what is being looked up, for the error messages.
     *
     * @throws LookupException for 404, refusals that outlast the retries, timeouts, unreachable hosts,
     *                         other statuses and answers larger than the cap
     */
    public String get(URI uri, String accept, Duration maxAge, String about) throws LookupException, InterruptedException {
        return fetch(uri, accept, maxAge, about).body();
    }

    /** An answer and the instant it was fetched (earlier than now when it came from the cache). */
    public record Answer(String body, Instant fetched) {
    }

    /** As {@link #get}, with the instant the answer was fetched. */
    public Answer fetch(URI uri, String accept, Duration maxAge, String about) throws LookupException, InterruptedException {
        String key = accept + " " + uri;
        var cached = cache.get(key, maxAge);
        if (cached.isPresent()) {
            return cached.get();
        }
        String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        Duration backoff = Duration.ofSeconds(1);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<InputStream> response = send(uri, accept, about, host);
            int status = response.statusCode();
            if (status == 200) {
                String body = read(response, about, host);
                return cache.put(key, body);
            }
            drain(response);
            if (status == 404 || status == 410) {
                throw new LookupException(about, host + " knows no such record (" + status + ")",
                        LookupException.Kind.NOT_FOUND);
            }
            if (status != 429 && status != 503) {
                throw new LookupException(about, host + " answered with status " + status + "; try again later",
                        LookupException.Kind.UNAVAILABLE);
            }
            Duration wait = retryAfter(response).orElse(backoff);
            if (wait.compareTo(settings.longestWait()) > 0) {
                throw new LookupException(about, host + " refused the request (" + status + ") and asks to wait "
                        + wait.toSeconds() + " s; try again later", LookupException.Kind.UNAVAILABLE);
            }
            if (attempt >= settings.attempts()) {
                throw new LookupException(about, host + " refused the request (" + status + ") " + attempt
                        + " times; try again later", LookupException.Kind.UNAVAILABLE);
            }
            sleeper.sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private HttpResponse<InputStream> send(URI uri, String accept, String about, String host)
            throws LookupException, InterruptedException {
        waitForTurn(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Accept", accept).header("User-Agent", settings.userAgent()).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new LookupException(about, "could not connect to " + host + " within "
                    + settings.timeout().toSeconds() + " s; are you online?", LookupException.Kind.UNAVAILABLE, e);
        } catch (HttpTimeoutException e) {
            throw new LookupException(about, host + " did not answer within " + settings.timeout().toSeconds()
                    + " s; try again later", LookupException.Kind.UNAVAILABLE, e);
        } catch (ConnectException e) {
            throw new LookupException(about, "cannot reach " + host + "; are you online?",
                    LookupException.Kind.UNAVAILABLE, e);
        } catch (IOException e) {
            throw new LookupException(about, "the connection to " + host + " failed (" + e.getMessage() + ")",
                    LookupException.Kind.UNAVAILABLE, e);
        }
    }

    private synchronized void waitForTurn(URI uri) throws InterruptedException {
        String key = hostKey(uri);
        Duration interval = spacing.get(key);
        if (interval == null) {
            return;
        }
        Long last = lastRequest.get(key);
        if (last != null) {
            long due = last + interval.toNanos() - nanoTime.getAsLong();
            if (due > 0) {
                sleeper.sleep(Duration.ofNanos(due));
            }
        }
        lastRequest.put(key, nanoTime.getAsLong());
    }

    private String read(HttpResponse<InputStream> response, String about, String host) throws LookupException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        String tooLarge = host + " sent an answer larger than " + settings.maxBytes() / (1024 * 1024)
                + " MB; it was not read";
        try (InputStream in = response.body()) {
            if (declared > settings.maxBytes()) {
                throw new LookupException(about, tooLarge);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (bytes.length > settings.maxBytes()) {
                throw new LookupException(about, tooLarge);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (HttpTimeoutException e) {
            throw new LookupException(about, host + " did not finish its answer within "
                    + settings.timeout().toSeconds() + " s; try again later", LookupException.Kind.UNAVAILABLE, e);
        } catch (IOException e) {
            throw new LookupException(about, "the answer from " + host + " broke off (" + e.getMessage() + ")",
                    LookupException.Kind.UNAVAILABLE, e);
        }
    }

    private static void drain(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.readNBytes(64 * 1024);
        } catch (IOException e) {
            // The status is what matters; the connection is dropped.
        }
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110 §10.2.3). */
    static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(ServiceClient::parseRetryAfter);
    }

    static java.util.Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static String hostKey(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
