package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.generator.PortfolioGenerator;

/**
 * A large file is read from chunks, not one array: wherever a chunk ends (inside a string, a UTF-8
 * character, an escape, a number, the two threads' split point), the portfolio, its fingerprint
 * and every error with its line, column and field are what one array gives.
 */
class ChunkedReadingTest {
    private static final Path FILE = Path.of("portfolio.json");
    private static final String SPECIAL = "Erdős 😀 — \\\"quoted\\\" \\\\ \\u00e9 ";
    /** A saved file with letters beyond ASCII, a character of four bytes and escapes in its first title. */
    private static final String JSON = new String(PortfolioStore.toJson(PortfolioGenerator.generate(40, 8, 5L)),
            StandardCharsets.UTF_8).replaceFirst("\"title\": \"", "\"title\": \"" + java.util.regex.Matcher.quoteReplacement(SPECIAL));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 64, 1021, 4096, 1 << 20})
    void chunksEndingAnywhereReadWhatOneArrayReads(int chunk) throws Exception {
        byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
        assertSameReading(bytes, FileBytes.chunked(bytes, chunk));
    }

    @Test
    void aChunkEndingInsideACharacterOfFourBytesOrANumber() throws Exception {
        byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
        int emoji = indexOf(bytes, "😀".getBytes(StandardCharsets.UTF_8));
        int year = indexOf(bytes, "\"year\": ".getBytes(StandardCharsets.US_ASCII)) + 9;
        int escape = indexOf(bytes, "\\u00e9".getBytes(StandardCharsets.US_ASCII));
        for (int end : new int[] {emoji + 1, emoji + 2, emoji + 3, year, year + 1, escape + 1, escape + 3}) {
            assertSameReading(bytes, FileBytes.chunked(bytes, end));
        }
    }

    @Test
    void theSplitPointIsFoundAcrossAChunksEnd() throws Exception {
        byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
        int comma = SplitLoad.splitPoint(bytes);
        assertThat(comma).isPositive();
        // Chunks ending in the boundary's line break, inside its spaces, on the comma itself.
        for (int end : new int[] {comma - 6, comma - 3, comma, comma + 1, comma + 8}) {
            FileBytes chunked = FileBytes.chunked(bytes, end);
            assertThat(SplitLoad.splitPoint(chunked)).isEqualTo(comma);
            SplitLoad.Reading reading = SplitLoad.reading(FILE, LocatedJson.positionsOnly(chunked), chunked, 0);
            assertThat(reading.joined()).isTrue();
            assertThat(reading.portfolio()).isEqualTo(PortfolioStore.parse(FILE, bytes, SchemaMigrations.PRODUCTION).portfolio());
        }
    }

    @Test
    void aFileWithItsVersionElsewhereIsReadWholeFromChunks() throws Exception {
        String json = JSON.replaceFirst("\"schemaVersion\": 1,", "").replaceFirst("}\n$", ", \"schemaVersion\": 1}\n");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 7, 4096}) {
            assertSameReading(bytes, FileBytes.chunked(bytes, chunk));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 64, 4093})
    void errorsNameTheSameLineColumnAndFieldFromChunks(int chunk) {
        String[] broken = {
            JSON.replaceFirst("\"year\": (\\d+)", "\"year\": $1x"), // not JSON
            JSON.replaceFirst("\"citationKey\": \"", "\"citationKey\": false, \"x\": \""), // a field of the wrong kind
            JSON.replaceFirst("\"doi\": \"", "\"doi\": 7, \"x\": \""), // another, further on
            JSON.substring(0, JSON.indexOf("😀") + 1), // ends inside a string (and a character of two chars)
        };
        for (String json : broken) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            for (int twoThreadsFrom : new int[] {0, Integer.MAX_VALUE}) {
                Throwable whole = catchThrowable(() -> PortfolioStore.parse(FILE, FileBytes.of(bytes),
                        SchemaMigrations.PRODUCTION, twoThreadsFrom));
                Throwable chunked = catchThrowable(() -> PortfolioStore.parse(FILE, FileBytes.chunked(bytes, chunk),
                        SchemaMigrations.PRODUCTION, twoThreadsFrom));
                assertThat(whole).isInstanceOf(PortfolioLoadException.class);
                assertThat(chunked).isExactlyInstanceOf(PortfolioLoadException.class).hasMessage(whole.getMessage());
                PortfolioLoadException e = (PortfolioLoadException) whole;
                PortfolioLoadException f = (PortfolioLoadException) chunked;
                assertThat(e.line()).isGreaterThan(1);
                assertThat(f.line()).isEqualTo(e.line());
                assertThat(f.column()).isEqualTo(e.column());
                assertThat(f.jsonPath()).isEqualTo(e.jsonPath());
            }
        }
    }

    @Test
    void aLongTextAcrossChunksIsReadFromTheBytesOnce() throws Exception {
        // 8 M characters of ASCII with escaped line breaks, over eight 1 MB chunks.
        String bio = "A paragraph of the bio, with \\\\TeX and \\\"quotes\\\".\\n".repeat(8 << 20 >> 6);
        String json = "{\n  \"schemaVersion\": 1,\n  \"profile\": {\n    \"name\": {\"first\": \"Ada\", \"last\": \"Lovelace\"},\n"
                + "    \"bio\": \"" + bio + "\"\n  }\n}\n";
        byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        FileBytes chunked = FileBytes.chunked(bytes, 1 << 20);
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        PortfolioStore.parse(FILE, chunked, SchemaMigrations.PRODUCTION, Integer.MAX_VALUE); // classes loaded first
        long before = threads.getCurrentThreadAllocatedBytes();
        String read = PortfolioStore.parse(FILE, chunked, SchemaMigrations.PRODUCTION, Integer.MAX_VALUE)
                .portfolio().profile().bio();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        String expected = bio.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
        assertThat(read).isEqualTo(expected);
        // Its bytes once and the String: 2.7 times the text with the pool's table. The parser's decoding
        // held it as characters twice over as well: 5.7 times.
        assertThat(allocated).isLessThan(4L * expected.length());
    }

    private static void assertSameReading(byte[] bytes, FileBytes chunked) throws Exception {
        for (int twoThreadsFrom : new int[] {0, Integer.MAX_VALUE}) {
            LoadedPortfolio whole = PortfolioStore.parse(FILE, FileBytes.of(bytes), SchemaMigrations.PRODUCTION, twoThreadsFrom);
            LoadedPortfolio read = PortfolioStore.parse(FILE, chunked, SchemaMigrations.PRODUCTION, twoThreadsFrom);
            assertThat(read.portfolio()).isEqualTo(whole.portfolio());
            assertThat(read.contentHash()).isEqualTo(whole.contentHash());
        }
        assertThat(PortfolioStore.parse(FILE, chunked, SchemaMigrations.PRODUCTION).portfolio().toString())
                .contains("Erdős 😀 — \"quoted\" \\ é ");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
