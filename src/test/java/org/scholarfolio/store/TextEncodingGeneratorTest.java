package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A save's texts come out byte for byte as Jackson's own UTF-8 generator writes them. */
class TextEncodingGeneratorTest {
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final JsonFactory OURS = TextEncodingGenerator.factory();

    private static byte[] written(JsonFactory factory, List<String> texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            for (int i = 0; i < texts.size(); i++) {
                g.writeFieldName("t" + i);
                g.writeString(texts.get(i));
            }
            g.writeArrayFieldStart("all");
            for (String text : texts) {
                g.writeString(text);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void assertSameAsJackson(List<String> texts) throws IOException {
        assertThat(new String(written(OURS, texts), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(written(JACKSON, texts), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(written(OURS, texts)).isEqualTo(written(JACKSON, texts));
    }

    @Test
    void everyKindOfCharacterIsWrittenAsJacksonWritesIt() throws IOException {
        String pad = "a text long enough to be encoded here: ";
        assertSameAsJackson(List.of(
                pad + "plain ASCII, with \"quotes\", a back\\slash, a /slash, DEL \u007f",
                pad + "line\nbreaks\r\nand\ttabs",
                pad + "other controls \u0000 \u0001 \b \f \u001f",
                pad + "Latin-1 é ü ß and beyond: Ω ∑ → 漢字",
                pad + "an emoji pair 😀 and math 𝛼 at the end 🎉",
                pad + "a lone high surrogate \ud83d here",
                pad + "a lone low surrogate \ude00 here",
                pad + "ends in a high surrogate \ud83d",
                pad + "reversed pair \ude00\ud83d",
                pad + "line separators \u2028 \u2029 and a BOM \ufeff and \uffff",
                "short é", "", "x".repeat(15), "y".repeat(16), "z".repeat(70_000) + "é",
                "é".repeat(3000), "😀".repeat(2000)));
    }

    @Test
    void randomTextsAreWrittenAsJacksonWritesThem() throws IOException {
        Random random = new Random(18);
        char[] alphabet = "abc XYZ\"\\/\n\r\t\u0000\u001f\u007fé\u00ffΩ→\ud83d\ude00\ud835\udefc\ufeff".toCharArray();
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
        assertSameAsJackson(texts);
    }
}
