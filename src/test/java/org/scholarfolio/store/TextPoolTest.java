package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;

/** Short texts repeated in one file are read as one String; what they say never changes. */
class TextPoolTest {
    @TempDir
    Path dir;

    private static List<String> read(TextPool pool, String json) throws Exception {
        List<String> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    out.add(pool.text(p));
                }
            }
        }
        return out;
    }

    @Test
    void aRepeatedShortTextIsOneString() throws Exception {
        List<String> texts = read(new TextPool(), "[\"Lovelace\", \"Turing\", \"Lovelace\", \"\", \"\"]");
        assertThat(texts).containsExactly("Lovelace", "Turing", "Lovelace", "", "");
        assertThat(texts.get(2)).isSameAs(texts.get(0));
        assertThat(texts.get(4)).isSameAs(texts.get(3));
    }

    @Test
    void textsWithTheSameHashStayApart() throws Exception {
        // "Aa" and "BB" have the same String.hashCode, as do "AaAa", "AaBB" and "BBBB".
        List<String> texts = read(new TextPool(), "[\"Aa\", \"BB\", \"AaAa\", \"AaBB\", \"BBBB\", \"BB\", \"Aa\"]");
        assertThat(texts).containsExactly("Aa", "BB", "AaAa", "AaBB", "BBBB", "BB", "Aa");
        assertThat(texts.get(5)).isSameAs(texts.get(1));
        assertThat(texts.get(6)).isSameAs(texts.get(0));
    }

    @Test
    void manyTextsMadeToShareOneHashAreReadAsWrittenAndTheLaterOnesAreNotPooled() throws Exception {
        // 4,096 texts of "Aa"/"BB" pairs, all with one String.hashCode: a file made to slow the
        // pool down gets its texts back, and once the look-up gives up, unpooled.
        List<String> written = new ArrayList<>();
        for (int bits = 0; bits < 1 << 12; bits++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                text.append((bits >> i & 1) == 0 ? "Aa" : "BB");
            }
            written.add(text.toString());
        }
        String json = "[\"" + String.join("\", \"", written) + "\", \"" + written.get(4000) + "\"]";
        List<String> texts = read(new TextPool(), json);
        assertThat(texts.subList(0, written.size())).isEqualTo(written);
        assertThat(texts.get(written.size())).isEqualTo(written.get(4000)).isNotSameAs(texts.get(4000));
    }

    @Test
    void escapesAndTextsBeyondLatin1ReadAsWritten() throws Exception {
        List<String> texts = read(new TextPool(), "[\"Erd\\u0151s\", \"Erdős\", \"a\\\"b\\n\", \"😀 x\", \"a\\\"b\\n\"]");
        assertThat(texts).containsExactly("Erdős", "Erdős", "a\"b\n", "😀 x", "a\"b\n");
        assertThat(texts.get(1)).isSameAs(texts.get(0));
        assertThat(texts.get(4)).isSameAs(texts.get(2));
    }

    @Test
    void aLongTextIsNotPooled() throws Exception {
        String longText = "x".repeat(TextPool.MAX_LENGTH + 1);
        List<String> texts = read(new TextPool(), "[\"" + longText + "\", \"" + longText + "\"]");
        assertThat(texts).containsExactly(longText, longText);
        assertThat(texts.get(1)).isNotSameAs(texts.get(0));
    }

    @Test
    void thousandsOfDistinctTextsAllComeBackAndRepeatsAreFound() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20_000; i++) {
                json.append(round + i == 0 ? "" : ",").append("\"name ").append(i).append('"');
            }
        }
        List<String> texts = read(new TextPool(), json.append(']').toString());
        assertThat(texts).hasSize(40_000);
        for (int i = 0; i < 20_000; i++) {
            assertThat(texts.get(i)).isEqualTo("name " + i);
            assertThat(texts.get(20_000 + i)).isSameAs(texts.get(i));
        }
    }

    @Test
    void aPoolReadingTheBytesFindsEveryRepeatAfterItsTablesGrew() throws Exception {
        // Texts of every length up to the longest pooled, far more characters than the pool starts with.
        StringBuilder json = new StringBuilder("[");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String text = (i + " " + "abcdefghij".repeat(5)).substring(0, i % (TextPool.MAX_LENGTH + 1));
            written.add(text);
        }
        for (int round = 0; round < 2; round++) {
            for (String text : written) {
                json.append(json.length() == 1 ? "" : ",").append('"').append(text).append('"');
            }
        }
        byte[] bytes = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
        TextPool pool = new TextPool(0, bytes);
        List<String> texts = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    texts.add(pool.text(p));
                }
            }
        }
        assertThat(texts).hasSize(40_000);
        for (int i = 0; i < written.size(); i++) {
            assertThat(texts.get(i)).isEqualTo(written.get(i));
            assertThat(texts.get(written.size() + i)).isSameAs(texts.get(i));
        }
    }

    @Test
    void aPoolReadingTheBytesPoolsPlainTextsAndLeavesTheRestToTheParser() throws Exception {
        String json = "[\"Lovelace\", \"Erdős\", \"a\\\"b\", \"Lovelace\", \"Erdős\", \"" + "y".repeat(60) + "\"]";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        TextPool pool = new TextPool(bytes.length, bytes);
        List<String> texts = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    texts.add(pool.text(p));
                }
            }
        }
        assertThat(texts).containsExactly("Lovelace", "Erdős", "a\"b", "Lovelace", "Erdős", "y".repeat(60));
        assertThat(texts.get(3)).isSameAs(texts.get(0));
        assertThat(texts.get(4)).isSameAs(texts.get(1));
    }

    @Test
    void plainTextsAreTakenFromTheBytesTheParserReadsNotDecodedByIt() throws Exception {
        // The pool is handed a copy differing in one plain text: what comes back shows where it was read.
        String longText = "x".repeat(TextPool.MAX_LENGTH);
        byte[] parsed = ("[\"Lovelace\", \"Erd\u0151s\", \"" + longText + "\\n\\\\a\", \"a\\nb\", \""
                + longText + "\\u0041\"]").getBytes(StandardCharsets.UTF_8);
        byte[] handed = ("[\"Lovelacf\", \"Erd\u0151t\", \"" + longText + "\\n\\\\b\", \"a\\nc\", \""
                + longText + "\\u0042\"]").getBytes(StandardCharsets.UTF_8);
        TextPool pool = new TextPool(handed.length, handed);
        List<String> texts = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(parsed)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    texts.add(pool.text(p));
                }
            }
        }
        // Escaped: a long text is undone from the bytes; a short one, and any \\u escape, by the parser.
        assertThat(texts).containsExactly("Lovelacf", "Erdős", longText + "\n\\b", "a\nb", longText + "A");
    }

    @Test
    void aFileInUtf16OrWithAByteOrderMarkLoadsAsTheSameFileInUtf8() throws Exception {
        String json = """
                {"schemaVersion": 1,
                 "publications": [{"citationKey": "a", "title": "On Computable Numbers", "journal": "Proc. LMS",
                                   "authors": [{"given": "Alan", "family": "Turing"}, {"given": "Kurt", "family": "Gödel"}]}]}
                """;
        Files.write(dir.resolve("portfolio.json"), json.getBytes(StandardCharsets.UTF_8));
        Portfolio utf8 = PortfolioStore.load(dir).portfolio();
        assertThat(utf8.publications().get(0).title()).isEqualTo("On Computable Numbers");
        Files.write(dir.resolve("portfolio.json"), json.getBytes(StandardCharsets.UTF_16BE));
        assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(utf8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        Files.write(dir.resolve("portfolio.json"), withBom);
        assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(utf8);
    }

    @Test
    void coAuthorsLoadedFromAFileShareTheirNames() throws Exception {
        Files.writeString(dir.resolve("portfolio.json"), """
                {"schemaVersion": 1,
                 "publications": [
                   {"citationKey": "a", "authors": [{"given": "Ada", "family": "Lovelace"}], "journal": "Notes"},
                   {"citationKey": "b", "authors": [{"given": "Ada", "family": "Lovelace"}], "journal": "Notes"}]}
                """);
        Portfolio p = PortfolioStore.load(dir).portfolio();
        var first = p.publications().get(0);
        var second = p.publications().get(1);
        assertThat(second.authors().get(0).family()).isEqualTo("Lovelace").isSameAs(first.authors().get(0).family());
        assertThat(second.journal()).isEqualTo("Notes").isSameAs(first.journal());
    }

    @Test
    void equalAuthorsVenuesAndYearsOfALoadAreOneObjectEach() throws Exception {
        String venue = "Proceedings of the Forty-Second Annual Symposium on Computable Numbers";
        Files.writeString(dir.resolve("portfolio.json"), """
                {"schemaVersion": 1,
                 "publications": [
                  {"citationKey": "a", "year": 1936, "booktitle": "%1$s",
                   "authors": [{"given": "Ada", "family": "Lovelace"}, {"given": "Alan", "family": "Turing"}]},
                  {"citationKey": "b", "year": 1936, "booktitle": "%1$s", "title": "%1$s",
                   "authors": [{"given": "Alan", "family": "Turing"}, {"given": "Ada", "family": "Lovelace", "corresponding": true},
                               {"given": "Ada", "family": "Lovelace", "orcid": "0000"}]}
                 ]}
                """.formatted(venue));
        Portfolio p = PortfolioStore.load(dir).portfolio();
        var first = p.publications().get(0);
        var second = p.publications().get(1);
        assertThat(second.authors().get(0)).isEqualTo(first.authors().get(1)).isSameAs(first.authors().get(1));
        // a flag or an unknown member makes another author, kept as written
        assertThat(second.authors().get(1)).isNotEqualTo(first.authors().get(0));
        assertThat(second.authors().get(1).corresponding()).isTrue();
        assertThat(second.authors().get(2).unknownFields().values()).containsEntry("orcid", "0000");
        assertThat(second.booktitle()).isEqualTo(venue).isSameAs(first.booktitle());
        assertThat(second.title()).isEqualTo(venue); // a title is not looked up among the venues
        assertThat(second.year()).isEqualTo(1936).isSameAs(first.year());
    }
}
