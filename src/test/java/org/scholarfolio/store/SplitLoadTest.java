package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;

/**
 * A large file is read on two threads, split at a publication near its middle; the portfolio and
 * every error must be what one thread reads.
 */
class SplitLoadTest {
    private static final Path FILE = Path.of("portfolio.json");
    private static final Portfolio GENERATED = PortfolioGenerator.generate(120, 40, 7L);
    private static final String JSON = new String(PortfolioStore.toJson(GENERATED), StandardCharsets.UTF_8);

    @Test
    void aSavedFileSplitsAtAPublicationPastItsMiddle() {
        byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
        int comma = SplitLoad.splitPoint(bytes);
        assertThat(comma).isGreaterThanOrEqualTo(bytes.length / 2);
        assertThat(new String(bytes, comma - 5, 32, StandardCharsets.UTF_8)).isEqualTo("    },\n    {\n      \"citationKey\"");
    }

    @Test
    void theTwoPartsJoinToThePortfolioOneThreadReads() throws Exception {
        byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
        SplitLoad.Reading reading = SplitLoad.reading(FILE, LocatedJson.positionsOnly(bytes), bytes, 0);
        assertThat(reading.joined()).isTrue();
        assertThat(reading.portfolio()).isEqualTo(GENERATED);
        assertThat(SplitLoad.reading(FILE, LocatedJson.positionsOnly(bytes), bytes, Integer.MAX_VALUE).joined()).isFalse();
        assertThat(onTwoThreads(JSON)).isEqualTo(onOneThread(JSON));
    }

    @Test
    void aSavedPortfolioOverTheSizeLoadsAndSavesBackToTheSameBytes(@TempDir Path dir) throws Exception {
        Portfolio large = PortfolioGenerator.generate(600, 100, 11L);
        PortfolioStore.save(dir, large);
        byte[] saved = Files.readAllBytes(dir.resolve(PortfolioStore.FILE_NAME));
        assertThat(saved.length).isGreaterThan(SplitLoad.MIN_BYTES);
        Portfolio loaded = PortfolioStore.load(dir).portfolio();
        assertThat(loaded).isEqualTo(large);
        assertThat(PortfolioStore.toJson(loaded)).isEqualTo(saved);
    }

    @Test
    void membersAfterThePublicationsKeepTheirPlaceAmongTheUnknownOnes() throws Exception {
        String json = JSON.replaceFirst("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"before\": [1, {\"x\": 2.50}],")
                .replaceFirst("}\n$", ", \"after\": {\"y\": null}, \"last\": \"z\"}\n");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        SplitLoad.Reading reading = SplitLoad.reading(FILE, LocatedJson.positionsOnly(bytes), bytes, 0);
        assertThat(reading.joined()).isTrue();
        Portfolio read = reading.portfolio();
        assertThat(read).isEqualTo(onOneThread(json));
        assertThat(read.unknownFields().values()).containsOnlyKeys("before", "after", "last");
        assertThat(read.unknownFields().values().keySet()).containsExactly("before", "after", "last");
    }

    @Test
    void aWrongTypeInTheSecondPartIsReportedAsOneThreadReportsIt() throws Exception {
        int late = JSON.lastIndexOf("\"year\": ");
        assertThat(late).isGreaterThan(SplitLoad.splitPoint(JSON.getBytes(StandardCharsets.UTF_8)));
        String json = JSON.substring(0, late) + "\"year\": true" + JSON.substring(JSON.indexOf(',', late));
        assertSameError(json);
        assertThat(((PortfolioLoadException) catchThrowable(() -> onTwoThreads(json))).jsonPath())
                .isEqualTo("publications[" + (GENERATED.publications().size() - 1) + "].year");
    }

    @Test
    void brokenJsonInTheSecondPartIsReportedAsOneThreadReportsIt() throws Exception {
        int late = JSON.lastIndexOf("\"title\": ");
        assertSameError(JSON.substring(0, late) + "\"title\" \"" + JSON.substring(late + 10));
    }

    @Test
    void aTopLevelMemberNamedInBothPartsIsTheErrorItIsOnOneThread() throws Exception {
        String json = JSON.replaceFirst("}\n$", ", \"profile\": {}}\n");
        assertSameError(json);
        assertThat(catchThrowable(() -> onTwoThreads(json))).hasMessageContaining("Duplicate field 'profile'");
    }

    @Test
    void anErrorInTheFirstPartComesBeforeOneInTheSecond() throws Exception {
        int early = JSON.indexOf("\"year\": ", JSON.indexOf("\"publications\""));
        int late = JSON.lastIndexOf("\"year\": ");
        String json = JSON.substring(0, early) + "\"year\": false" + JSON.substring(JSON.indexOf(',', early), late)
                + "\"year\": true" + JSON.substring(JSON.indexOf(',', late));
        assertSameError(json);
        assertThat(((PortfolioLoadException) catchThrowable(() -> onTwoThreads(json))).jsonPath())
                .isEqualTo("publications[0].year");
    }

    @Test
    void aFileWithoutTheWritersLayoutIsReadOnOneThread() throws Exception {
        String minified = JSON.replace("\n", "").replaceAll("\\s*([\\[\\]{}:,])\\s*", "$1");
        assertThat(SplitLoad.splitPoint(minified.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(onTwoThreads(minified)).isEqualTo(onOneThread(minified));
    }

    private static void assertSameError(String json) {
        Throwable one = catchThrowable(() -> onOneThread(json));
        Throwable two = catchThrowable(() -> onTwoThreads(json));
        assertThat(one).isNotNull();
        assertThat(two).isExactlyInstanceOf(one.getClass()).hasMessage(one.getMessage());
        if (one instanceof PortfolioLoadException e) {
            PortfolioLoadException f = (PortfolioLoadException) two;
            assertThat(f.jsonPath()).isEqualTo(e.jsonPath());
            assertThat(f.line()).isEqualTo(e.line());
            assertThat(f.column()).isEqualTo(e.column());
        }
    }

    private static Portfolio onTwoThreads(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return SplitLoad.read(FILE, LocatedJson.positionsOnly(bytes), bytes, 0);
    }

    private static Portfolio onOneThread(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return SplitLoad.read(FILE, LocatedJson.positionsOnly(bytes), bytes, Integer.MAX_VALUE);
    }
}
