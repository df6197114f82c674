package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;

/**
 * The file's bytes are what Jackson's UTF-8 generator with its pretty printer (two-space indents,
 * {@code ": "}, empty containers as {@code {}} and {@code []}) writes, as the file was written before
 * the writer of its own: every kind of character, every depth, whole portfolios, with a buffer
 * small enough to fill on every line.
 */
class PrettyJsonWriterTest {
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final DefaultIndenter TWO_SPACES = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(TWO_SPACES)
            .withArrayIndenter(TWO_SPACES);

    @TempDir
    Path dir;

    interface Writing {
        void writeTo(JsonSink sink) throws IOException;
    }

    private static String jacksons(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(LAYOUT.createInstance());
            writing.writeTo(JsonSink.of(g));
            g.writeRaw('\n');
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String ours(Writing writing, int bufferSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrettyJsonWriter writer = new PrettyJsonWriter(out, bufferSize);
        writing.writeTo(writer);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertSameAsJackson(Writing writing) throws IOException {
        String expected = jacksons(writing);
        assertThat(ours(writing, 1 << 16)).isEqualTo(expected);
        assertThat(ours(writing, 256)).as("with a buffer that fills up").isEqualTo(expected);
        // Bytes, not only characters: a lone surrogate decodes to U+FFFD whatever bytes stood for it.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrettyJsonWriter writer = new PrettyJsonWriter(out);
        writing.writeTo(writer);
        writer.finish();
        ByteArrayOutputStream jackson = new ByteArrayOutputStream();
        try (JsonGenerator g = JACKSON.createGenerator(jackson, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(LAYOUT.createInstance());
            writing.writeTo(JsonSink.of(g));
            g.writeRaw('\n');
        }
        assertThat(out.toByteArray()).isEqualTo(jackson.toByteArray());
    }

    private static Writing texts(List<String> texts) {
        return g -> {
            g.writeStartObject();
            for (int i = 0; i < texts.size(); i++) {
                g.writeFieldName("t" + i);
                g.writeString(texts.get(i));
                // a text as a member's name too: names are escaped as texts are
                g.writeFieldName(texts.get(i) + i);
                g.writeNumber(i);
            }
            g.writeArrayFieldStart("all");
            for (String text : texts) {
                g.writeString(text);
            }
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    @Test
    void everyKindOfCharacterIsWrittenAsJacksonWritesIt() throws IOException {
        String pad = "a text long enough: ";
        assertSameAsJackson(texts(List.of(
                pad + "plain ASCII, with \"quotes\", a back\\slash, a /slash, DEL \u007f",
                pad + "line\nbreaks\r\nand\ttabs",
                pad + "other controls \u0000 \u0001 \b \f \u001f",
                pad + "Latin-1 é ü ß ÿ and beyond: Ω ∑ → 漢字",
                pad + "question marks? ?? and a character beyond Latin-1 at one: ? Ł",
                "Ł?", "?", "??", "?Ł", "Łukasz", "é", "\u0100", "\u0141A",
                pad + "an emoji pair 😀 and math 𝛼 at the end 🎉",
                pad + "a lone high surrogate \ud83d here",
                pad + "a lone low surrogate \ude00 here",
                pad + "ends in a high surrogate \ud83d",
                pad + "reversed pair \ude00\ud83d",
                pad + "line separators \u2028 \u2029 and a BOM \ufeff and \uffff",
                "short é", "", "x".repeat(15), "y".repeat(16), "z".repeat(70_000) + "é",
                "q".repeat(300_000), "\"".repeat(70_000), "é".repeat(3000), "😀".repeat(2000))));
    }

    @Test
    void randomTextsAreWrittenAsJacksonWritesThem() throws IOException {
        Random random = new Random(18);
        char[] alphabet = "abc XYZ?\"\\/\n\r\t\u0000\u001f\u007fé\u00ffΩ→Ł\ud83d\ude00\ud835\udefc\ufeff".toCharArray();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 3000 : 80);
            for (int j = 0; j < length; j++) {
                // mostly letters, sometimes any character at all (lone surrogates included)
                text.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x10000) : alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        assertSameAsJackson(texts(texts));
    }

    /** Objects and lists in turn, each with a text, numbers, a flag, null, an empty object and an empty list. */
    private static void nested(JsonSink g, int depth) throws IOException {
        g.writeStartObject();
        g.writeFieldName("name");
        g.writeString("level " + depth);
        g.writeNumberField("n", depth);
        g.writeFieldName("negative");
        g.writeNumber(-depth - 10L);
        g.writeFieldName("big");
        g.writeNumber(new java.math.BigInteger("123456789012345678901234567890"));
        g.writeFieldName("decimal");
        g.writeNumber(new java.math.BigDecimal("1.5E+300"));
        g.writeFieldName("flag");
        g.writeBoolean(depth % 2 == 0);
        g.writeFieldName("nothing");
        g.writeNull();
        g.writeFieldName("none");
        g.writeString(null);
        g.writeFieldName("empty");
        g.writeStartObject();
        g.writeEndObject();
        g.writeArrayFieldStart("emptyList");
        g.writeEndArray();
        if (depth > 0) {
            g.writeArrayFieldStart("list");
            g.writeString("x");
            g.writeNumber(depth);
            g.writeStartArray();
            g.writeEndArray();
            nested(g, depth - 1);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Test
    void layoutIsJacksonsAtEveryDepth() throws IOException {
        for (int depth : new int[] {0, 1, 3, 20, 40, 70}) {
            assertSameAsJackson(g -> nested(g, depth));
            assertThat(ours(g -> nested(g, depth), 1 << 16)).contains("\n  \"name\": \"level " + depth + "\"");
        }
    }

    @Test
    void wholePortfoliosAreWrittenAsJacksonWritesThem() throws Exception {
        List<Portfolio> portfolios = new ArrayList<>();
        portfolios.add(PortfolioGenerator.generate(300, 120, 7L));
        portfolios.add(Portfolio.empty());
        for (String sample : new String[] {"alan-turing", "yihua-zhang"}) {
            portfolios.add(PortfolioStore.load(Path.of("sample-data", sample)).portfolio());
        }
        // Members Scholarfolio does not know, of every kind of JSON value, at the top and inside records.
        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), """
                {"schemaVersion": 1, "profile": {"name": {"first": "Ada", "nick\\u0007": [1, -2.5e-7, 3E400, null, {}]}},
                 "news": [{"date": "2024-01-02", "text": "x", "extra": {"a": [true, false, [], [[]]], "b": 12345678901234567890}}],
                 "publications": [{"citationKey": "k", "title": "T", "zeta": 0.1, "alpha": "\\ud800 lone"}],
                 "later": {"nested": {"deeper": ["é", "😀", "\\u0000"]}}, "count": -0}
                """);
        portfolios.add(PortfolioStore.load(dir).portfolio());
        for (Portfolio p : portfolios) {
            assertSameAsJackson(g -> PortfolioJsonWriter.write(p, g));
        }
    }
}
