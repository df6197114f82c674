package org.scholarfolio.ui.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

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

    /**
     * The shapes are kept deflated, in blocks of about this many bytes: as strings they were 6.8 MB of
     * the editor's live heap for as long as it runs (the preview reads the set at start-up, emoji or
     * not); deflated, the set keeps 1.1 MB. A block inflates in well under a millisecond, once per
     * emoji a page first shows (the data URIs are kept).
     */
    static final int BLOCK_BYTES = 16 * 1024;

    /** Where each key's SVG body sits: its block, its offset in the inflated block and its length, packed by {@link #place}. */
    private final Map<String, Long> placeByKey;
    private final byte[][] blocks;
    private final int size;
    private final int longestKey;
    private final Map<String, String> dataUris = new ConcurrentHashMap<>();

    private EmojiSet(Map<String, Long> placeByKey, byte[][] blocks, int size) {
        this.placeByKey = Map.copyOf(placeByKey);
        this.blocks = blocks;
        this.size = size;
        this.longestKey = placeByKey.keySet().stream().mapToInt(k -> k.split("-").length).max().orElse(0);
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

    /**
     * Reads an Iconify icon set: {@code icons} (name to SVG body), {@code chars} (key to name), the size.
     * Each body goes into the blocks as the parser meets it, without a string of its own.
     */
    static EmojiSet read(InputStream in) throws IOException {
        Map<String, String> nameByKey = new HashMap<>();
        int size = 36;
        try (Blocks blocks = new Blocks(); JsonParser p = new JsonFactory().createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "icons" -> readIcons(p, blocks);
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
            Map<String, Long> placeByKey = new HashMap<>();
            nameByKey.forEach((key, name) -> {
                Long place = blocks.placeByName.get(name);
                if (place != null) {
                    placeByKey.put(key, place);
                }
            });
            return new EmojiSet(placeByKey, blocks.finish(), size);
        }
    }

    private static void readIcons(JsonParser p, Blocks blocks) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean body = p.currentName().equals("body");
                if (p.nextToken() == JsonToken.VALUE_STRING && body) {
                    blocks.add(name, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    /** The bodies as UTF-8, in the file's order, cut into blocks of {@link #BLOCK_BYTES} and each block deflated. */
    private static final class Blocks implements AutoCloseable {
        final Map<String, Long> placeByName = new HashMap<>();
        private final List<byte[]> deflated = new ArrayList<>();
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        private byte[] block = new byte[2 * BLOCK_BYTES];
        private int filled;
        private final byte[] buffer = new byte[8192];

        void add(String name, char[] text, int offset, int length) {
            byte[] bytes = null;
            int size = length;
            for (int i = offset; i < offset + length; i++) {
                if (text[i] >= 0x80) {
                    bytes = new String(text, offset, length).getBytes(StandardCharsets.UTF_8);
                    size = bytes.length;
                    break;
                }
            }
            if (filled + size > block.length) {
                block = Arrays.copyOf(block, Math.max(2 * block.length, filled + size));
            }
            placeByName.put(name, place(deflated.size(), filled, size));
            if (bytes != null) {
                System.arraycopy(bytes, 0, block, filled, size);
            } else {
                for (int i = 0; i < length; i++) {
                    block[filled + i] = (byte) text[offset + i];
                }
            }
            filled += size;
            if (filled >= BLOCK_BYTES) {
                deflateBlock();
            }
        }

        private void deflateBlock() {
            deflater.reset();
            deflater.setInput(block, 0, filled);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(filled / 3);
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflated.add(out.toByteArray());
            filled = 0;
        }

        byte[][] finish() {
            if (filled > 0) {
                deflateBlock();
            }
            return deflated.toArray(byte[][]::new);
        }

        @Override
        public void close() {
            deflater.end();
        }
    }

    /** A body's place: its block in the top 24 bits, its offset in the inflated block in the next 20, its length in the last 20. */
    static long place(int block, int offset, int length) {
        if (offset >= 1 << 20 || length >= 1 << 20) {
            throw new IllegalArgumentException("An emoji shape of " + length + " bytes at " + offset + " does not fit a block");
        }
        return (long) block << 40 | (long) offset << 20 | length;
    }

    /** The SVG body of {@code key}'s shape, inflated from its block; null when the set has no such key. */
    String body(String key) {
        Long place = placeByKey.get(key);
        if (place == null) {
            return null;
        }
        int offset = (int) (place >>> 20) & 0xFFFFF;
        int length = (int) (place & 0xFFFFF);
        byte[] inflated = new byte[offset + length];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(blocks[(int) (place >>> 40)]);
            int read = 0;
            while (read < inflated.length) {
                int n = inflater.inflate(inflated, read, inflated.length - read);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("The emoji set's block for " + key + " ends early");
                }
                read += n;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("The emoji set's block for " + key + " is damaged", e);
        } finally {
            inflater.end();
        }
        return new String(inflated, offset, length, StandardCharsets.UTF_8);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("The emoji set is not an Iconify icon set: found " + actual + " where "
                    + expected + " belongs");
        }
    }

    boolean contains(String key) {
        return placeByKey.containsKey(key);
    }

    /** How many code points (not counting U+FE0F) the longest sequence in the set has. */
    int longestKey() {
        return longestKey;
    }

    int count() {
        return placeByKey.size();
    }

    /** The emoji as a self-contained image address, so the preview needs no files of its own. */
    String dataUri(String key) {
        return dataUris.computeIfAbsent(key, k -> "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\">"
                        + body(k) + "</svg>").getBytes(StandardCharsets.UTF_8)));
    }
}
