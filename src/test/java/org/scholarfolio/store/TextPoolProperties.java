package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;

/**
 * A pool given the parser's bytes takes plain ASCII texts from them; every text it reads, and every
 * refusal, is the parser's own: on texts written by Jackson (with and without escaped non-ASCII) and
 * on those bytes damaged by raw control characters, quotes, backslashes and bytes beyond ASCII.
 */
class TextPoolProperties {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final List<String> PARTS = List.of("", "Ada", "Lovelace", "Müller", "中文", "😀", "a\"b", "\\",
            "\n", "\t", "\u0000", "\u001f", "\u007f", "\u2028", "\uFEFF", "</script>", "$x^2$", " ",
            "line\r\nbreak", "\uD83D", "\uDC00", "x".repeat(TextPool.MAX_LENGTH), "é".repeat(30), "\"\"");
    private static final byte[] BYTES_TO_INSERT = {'"', '\\', 0, 1, 0x1f, (byte) 0x80, (byte) 0xC3, (byte) 0xA9,
            (byte) 0xE2, (byte) 0xED, (byte) 0xF0, (byte) 0xFF, ' ', 'u', ',', ']', '}', ':', 0x7f};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A document of texts as Jackson writes it, then damaged at a few places (or not at all). */
    record Document(byte[] json) {
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<String> text = Arbitraries.of(PARTS).list().ofMaxSize(5).map(parts -> String.join("", parts));
        Arbitrary<List<Integer>> damageAt = Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(3);
        Arbitrary<List<Integer>> damageWith = Arbitraries.integers().between(0, BYTES_TO_INSERT.length - 1)
                .list().ofSize(3);
        return Combinators.combine(text.list().ofMaxSize(12), Arbitraries.of(true, false), Arbitraries.of(true, false),
                damageAt, damageWith).as((texts, asciiOnly, bom, at, with) -> {
                    byte[] json = write(texts, asciiOnly);
                    for (int i = 0; i < at.size(); i++) {
                        json = insert(json, at.get(i) % (json.length + 1), BYTES_TO_INSERT[with.get(i)]);
                    }
                    return new Document(bom ? concat(BOM, json) : json);
                });
    }

    @Property(tries = 2000)
    void aPoolReadingTheBytesReadsWhatTheParserReads(@ForAll("documents") Document doc) {
        assertThat(read(doc.json(), true)).isEqualTo(read(doc.json(), false));
    }

    @Property(tries = 30)
    void aGeneratedPortfolioSavedAndStreamedEqualsItsWholeFileReading(@ForAll("seeds") long seed) throws Exception {
        Portfolio p = PortfolioGenerator.generate(20, 10, seed);
        byte[] json = PortfolioStore.toJson(p);
        Portfolio streamed = PortfolioStore.parse(java.nio.file.Path.of("portfolio.json"), json,
                SchemaMigrations.PRODUCTION).portfolio();
        // The version moved last: the file is parsed whole first and read from the tree.
        String versionLast = new String(json, StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\": 1,\n", "")
                .replaceFirst("\\}\n$", ", \"schemaVersion\": 1}\n");
        Portfolio whole = PortfolioStore.parse(java.nio.file.Path.of("portfolio.json"),
                versionLast.getBytes(StandardCharsets.UTF_8), SchemaMigrations.PRODUCTION).portfolio();
        assertThat(streamed).isEqualTo(whole).isEqualTo(p);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** Every text and member name read, in order, or the parser's refusal. */
    private static List<String> read(byte[] json, boolean poolReadsBytes) {
        TextPool pool = new TextPool(json.length, poolReadsBytes ? json : null);
        List<String> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    out.add("text " + pool.text(p));
                } else if (t == JsonToken.FIELD_NAME) {
                    out.add("name " + p.currentName());
                } else {
                    out.add(t.name());
                }
            }
        } catch (IOException e) {
            out.add("refused: " + e.getMessage());
        }
        return out;
    }

    private static byte[] write(List<String> texts, boolean asciiOnly) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
            if (asciiOnly) {
                g.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
            }
            g.writeStartObject();
            for (int i = 0; i < texts.size(); i++) {
                g.writeStringField(texts.get(i) + i, texts.get(i));
            }
            g.writeArrayFieldStart("list");
            for (String t : texts) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] insert(byte[] json, int at, byte b) {
        byte[] out = new byte[json.length + 1];
        System.arraycopy(json, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(json, at, out, at + 1, json.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
