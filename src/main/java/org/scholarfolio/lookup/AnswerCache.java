package org.scholarfolio.lookup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scholarfolio.files.AtomicFile;

/**
 * Answers the services gave, each in its own file named after a hash of the request and headed by
 * the instant it was fetched, so that a second run asks nothing it already knows and an old answer
 * is asked again. A cache that cannot be read or written is skipped: it only saves requests.
 */
public final class AnswerCache {
    private final Path folder;
    private final Clock clock;

    public AnswerCache(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** No cache at all (every request goes to the service). */
    public static AnswerCache none() {
        return new AnswerCache(null, Clock.systemUTC());
    }

    /**
     * The per-user cache folder: {@code $XDG_CACHE_HOME/scholarfolio/answers} (else
     * {@code ~/.cache/...}), {@code ~/Library/Caches/Scholarfolio/answers} on macOS and
     * {@code %LOCALAPPDATA%\Scholarfolio\cache\answers} on Windows.
     */
    public static Path userFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"), "Scholarfolio", "cache", "answers");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/Scholarfolio/answers");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("scholarfolio").resolve("answers");
    }

    public Path folder() {
        return folder;
    }

    /** The stored answer to {@code request}, when there is one younger than {@code maxAge}. */
    public Optional<ServiceClient.Answer> get(String request, Duration maxAge) {
        if (folder == null || maxAge.isZero()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name(request));
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline < 0) {
                return Optional.empty();
            }
            Instant fetched = Instant.parse(text.substring(0, newline));
            if (fetched.plus(maxAge).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new ServiceClient.Answer(text.substring(newline + 1), fetched));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Stores an answer just fetched, and gives it back with its date. */
    public ServiceClient.Answer put(String request, String answer) {
        Instant now = clock.instant();
        if (folder == null) {
            return new ServiceClient.Answer(answer, now);
        }
        try {
            Files.createDirectories(folder);
            AtomicFile.write(folder.resolve(name(request)), (now + "\n" + answer).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A cache that cannot be written only costs a request next time.
        }
        return new ServiceClient.Answer(answer, now);
    }

    private static String name(String request) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash) + ".answer";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
