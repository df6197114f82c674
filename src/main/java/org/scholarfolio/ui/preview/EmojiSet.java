package org.scholarfolio.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.scholarfolio.AllowedDependency;

/**
 * The Twemoji shapes, read from the Iconify JSON file that the build takes out of its WebJar
 * (pom.xml, unpack-emoji-set): for each emoji sequence, an SVG image. Keys are the code points in
 * lower-case hex joined by "-", without the variation selector U+FE0F, as Iconify writes them.
 */
@AllowedDependency(on = {JsonFactory.class, JsonParser.class, JsonToken.class},
        reason = "the emoji set ships as one JSON file; it is read once as a stream, with no data binding")
final class EmojiSet {
    static final String RESOURCE = "emoji/twemoji.json";
    static final int VARIATION_SELECTOR = 0xFE0F;

    private final Map<String, String> bodyByKey;
    private final int size;
    private final int longestKey;
    private final Map<String, String> dataUris = new ConcurrentHashMap<>();

    private EmojiSet(Map<String, String> bodyByKey, int size) {
        this.bodyByKey = Map.copyOf(bodyByKey);
        this.size = size;
        this.longestKey = bodyByKey.keySet().stream().mapToInt(k -> k.split("-").length).max().orElse(0);
    }

    /** The set the build put beside this class; empty when it is missing (a build without resources). */
    static Optional<EmojiSet> bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Optional<EmojiSet> BUNDLED = load();

        private static Optional<EmojiSet> load() {
            try (InputStream in = EmojiSet.class.getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("The emoji set " + RESOURCE + " could not be read", e);
            }
        }
    }

    /** Reads an Iconify icon set: {@code icons} (name to SVG body), {@code chars} (key to name), the size. */
    static EmojiSet read(InputStream in) throws IOException {
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> nameByKey = new HashMap<>();
        int size = 36;
        try (JsonParser p = new JsonFactory().createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "icons" -> readIcons(p, bodies);
                    case "chars" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            nameByKey.put(key, p.nextTextValue());
                        }
                    }
                    case "height" -> size = p.getIntValue();
                    default -> p.skipChildren();
                }
            }
        }
        Map<String, String> bodyByKey = new HashMap<>();
        nameByKey.forEach((key, name) -> {
            String body = bodies.get(name);
            if (body != null) {
                bodyByKey.put(key, body);
            }
        });
        return new EmojiSet(bodyByKey, size);
    }

    private static void readIcons(JsonParser p, Map<String, String> bodies) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (p.currentName().equals("body")) {
                    bodies.put(name, p.nextTextValue());
                } else {
                    p.nextToken();
                    p.skipChildren();
                }
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("The emoji set is not an Iconify icon set: found " + actual + " where "
                    + expected + " belongs");
        }
    }

    boolean contains(String key) {
        return bodyByKey.containsKey(key);
    }

    /** How many code points (not counting U+FE0F) the longest sequence in the set has. */
    int longestKey() {
        return longestKey;
    }

    int count() {
        return bodyByKey.size();
    }

    /** The emoji as a self-contained image address, so the preview needs no files of its own. */
    String dataUri(String key) {
        return dataUris.computeIfAbsent(key, k -> "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\">"
                        + bodyByKey.get(k) + "</svg>").getBytes(StandardCharsets.UTF_8)));
    }
}
