package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EmojiSetTest {
    @Test
    void everyKeyGivesBackItsShapeAsTheFileHasIt() throws Exception {
        // The bundled set read as a plain tree: the packed blocks must give each key exactly its body.
        JsonNode file;
        try (InputStream in = EmojiSet.class.getResourceAsStream(EmojiSet.RESOURCE)) {
            file = new ObjectMapper().readTree(in);
        }
        Map<String, String> expected = new HashMap<>();
        file.get("chars").fields().forEachRemaining(key -> {
            JsonNode icon = file.get("icons").get(key.getValue().asText());
            if (icon != null) {
                expected.put(key.getKey(), icon.get("body").asText());
            }
        });
        EmojiSet set = EmojiSet.bundled().orElseThrow();

        assertThat(set.count()).isEqualTo(expected.size());
        expected.forEach((key, body) -> assertThat(set.body(key)).as(key).isEqualTo(body));
        assertThat(set.body("not-an-emoji")).isNull();
        assertThat(set.contains("not-an-emoji")).isFalse();
    }

    @Test
    void shapesSharedByKeysLargerThanABlockAndNotAsciiComeBackWhole() throws Exception {
        String large = "<path d=\"" + "M1 2L3 4".repeat(EmojiSet.BLOCK_BYTES / 4) + "\"/>";
        String json = """
                {"prefix":"t","icons":{"a":{"body":"<g/>"},"big":{"body":"%s"},"text":{"body":"<text>é ✓ 🎉</text>"},
                "unused":{"body":"<x/>"}},"chars":{"1f600":"a","1f600-200d":"a","2b50":"big","2713":"text","ffff":"missing"},
                "height":72}""".formatted(large.replace("\"", "\\\""));
        EmojiSet set = EmojiSet.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(set.count()).isEqualTo(4);
        assertThat(set.body("1f600")).isEqualTo("<g/>");
        assertThat(set.body("1f600-200d")).isEqualTo("<g/>");
        assertThat(set.body("2b50")).isEqualTo(large);
        assertThat(set.body("2713")).isEqualTo("<text>é ✓ 🎉</text>");
        assertThat(set.contains("ffff")).isFalse();
        assertThat(set.longestKey()).isEqualTo(2);
        assertThat(new String(java.util.Base64.getDecoder().decode(set.dataUri("2713").substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8)).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 72 72\"><text>é ✓ 🎉</text></svg>");
    }

    @Test
    void aPlaceKeepsBlockOffsetAndLengthApartAndRefusesWhatDoesNotFit() {
        long place = EmojiSet.place(3, 17_000, 999);

        assertThat(place >>> 40).isEqualTo(3);
        assertThat((place >>> 20) & 0xFFFFF).isEqualTo(17_000);
        assertThat(place & 0xFFFFF).isEqualTo(999);
        assertThatThrownBy(() -> EmojiSet.place(0, 0, 1 << 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
