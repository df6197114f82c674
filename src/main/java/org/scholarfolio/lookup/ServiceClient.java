package org.scholarfolio.lookup;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
     * @param timeout   how long the connection and the answer's headers may take; the whole answer, its
     *                  body included, may take twice as long
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

    /** How often the client follows a redirect (as Java's HTTP client would). */
    private static final int MAX_REDIRECTS = 5;
    /** The statuses followed to their Location (a GET stays a GET for each). */
    private static final java.util.Set<Integer> REDIRECTS = java.util.Set.of(301, 302, 303, 307, 308);
    /** What is read of a refusal's body, whose status is all that matters. */
    private static final long REFUSAL_BYTES = 64 * 1024;

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
                .followRedirects(HttpClient.Redirect.NEVER).build();
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
            HttpResponse<byte[]> response = followed(uri, accept, about, host);
            int status = response.statusCode();
            if (status == 200) {
                if (response.body() == null) {
                    throw new LookupException(about, host + " sent an answer larger than "
                            + settings.maxBytes() / (1024 * 1024) + " MB; it was not read");
                }
                return cache.put(key, new String(response.body(), StandardCharsets.UTF_8));
            }
            if (status / 100 == 3) {
                // Redirects are followed up to five times between web addresses (never from https to http): this is the one not followed.
                throw new LookupException(about, host + " redirected the request more than " + MAX_REDIRECTS
                        + " times, in a loop or to an address that is not a web page's (" + status + "); not followed",
                        LookupException.Kind.UNAVAILABLE);
            }
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

    /**
     * The answer, its body read whole within the limits: the headers within the timeout (the request's
     * own), the body within the timeout after them, at most {@code maxBytes} of it (null past that) and
     * 64 KB of a refusal's. A server that sends one byte a second, or stops after its headers, no
     * longer holds the lookup (and the editor's look-up field, and the CLI) for as long as it likes.
     */
    private HttpResponse<byte[]> send(URI uri, String accept, String about, String host, String userAgent)
            throws LookupException, InterruptedException {
        waitForTurn(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Accept", accept).header("User-Agent", userAgent).GET().build();
        long timeoutSeconds = settings.timeout().toSeconds();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, info -> new CappedBody(
                info.statusCode() == 200 ? settings.maxBytes() : REFUSAL_BYTES,
                info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return exchange.get(settings.timeout().multipliedBy(2).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new LookupException(about, host + " did not finish its answer within " + 2 * timeoutSeconds
                    + " s; try again later", LookupException.Kind.UNAVAILABLE, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw new LookupException(about, "could not connect to " + host + " within "
                        + timeoutSeconds + " s; are you online?", LookupException.Kind.UNAVAILABLE, cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new LookupException(about, host + " did not answer within " + timeoutSeconds
                        + " s; try again later", LookupException.Kind.UNAVAILABLE, cause);
            }
            if (cause instanceof ConnectException) {
                throw new LookupException(about, "cannot reach " + host + "; are you online?",
                        LookupException.Kind.UNAVAILABLE, cause);
            }
            throw new LookupException(about, "the connection to " + host + " failed (" + cause.getMessage() + ")",
                    LookupException.Kind.UNAVAILABLE, cause);
        }
    }

    /**
     * A body read into memory up to {@code cap} bytes; past the cap (or when the declared length is
     * past it) the rest is not read, the exchange is given up and the body is null.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final long declared;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long cap, long declared) {
            this.cap = cap;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > cap) {
                s.cancel();
                body.complete(null);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                if (bytes.size() + (long) b.remaining() > cap) {
                    subscription.cancel();
                    body.complete(null);
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
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

    /**
     * The answer to {@code uri} with its redirects followed here rather than by Java's client, which sends
     * each hop the same headers: the User-Agent gives the researcher's e-mail to the service asked (the
     * polite pools of Crossref and others), and a redirect to another host (a publisher's site, wherever a
     * record's address leads) gets the User-Agent without it. At most five hops, web addresses only, never
     * from https to http; a redirect not followed is returned as it came and reported by {@link #fetch}.
     */
    private HttpResponse<byte[]> followed(URI uri, String accept, String about, String host)
            throws LookupException, InterruptedException {
        URI at = uri;
        for (int hop = 0; ; hop++) {
            String userAgent = hostKey(at).equals(hostKey(uri)) ? settings.userAgent() : withoutContact(settings.userAgent());
            HttpResponse<byte[]> response = send(at, accept, about, host, userAgent);
            var location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty() || hop >= MAX_REDIRECTS) {
                return response;
            }
            URI next;
            try {
                next = at.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                return response;
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            boolean downgrade = "https".equalsIgnoreCase(at.getScheme()) && scheme.equals("http");
            if (!web || downgrade || next.getHost() == null) {
                return response;
            }
            at = next;
        }
    }

    /** The User-Agent without the researcher's contact ({@code ; mailto:…}). */
    static String withoutContact(String userAgent) {
        return userAgent.replaceFirst("; mailto:[^)]*", "");
    }

    private static String hostKey(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
