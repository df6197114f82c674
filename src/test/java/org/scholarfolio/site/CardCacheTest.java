package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardCacheTest {
    @TempDir
    Path temp;

    private final AtomicInteger drawn = new AtomicInteger();

    private Supplier<byte[]> drawing(String content) {
        return () -> {
            drawn.incrementAndGet();
            return content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    private List<Path> cards() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }

    @Test
    void aCardDrawnOnceIsCopiedTheNextTime() {
        CardCache cache = new CardCache(temp);
        String key = CardCache.key("Ada Lovelace", "Analyst", "ada.example.org", "#123456");

        byte[] first = cache.card(key, drawing("first drawing"));
        byte[] second = new CardCache(temp).card(key, drawing("second drawing"));

        assertThat(drawn).hasValue(1);
        assertThat(second).isEqualTo(first).asString().isEqualTo("first drawing");
    }

    @Test
    void anotherTextOrColourIsDrawnAfresh() throws IOException {
        CardCache cache = new CardCache(temp);
        cache.card(CardCache.key("Ada Lovelace", "Analyst", "", "#123456"), drawing("a"));
        byte[] other = cache.card(CardCache.key("Ada Lovelace", "Analyst", "", "#654321"), drawing("b"));
        byte[] renamed = cache.card(CardCache.key("Ada King", "Analyst", "", "#123456"), drawing("c"));

        assertThat(drawn).hasValue(3);
        assertThat(other).asString().isEqualTo("b");
        assertThat(renamed).asString().isEqualTo("c");
        assertThat(cards()).hasSize(3).allMatch(p -> p.getFileName().toString().endsWith(".card"));
    }

    @Test
    void theKeyHoldsTheRuntimeAndEveryPartApart() {
        String key = CardCache.key("a", "b", "", "#fff");
        assertThat(key).contains(System.getProperty("java.runtime.version"));
        // Lengths keep the parts apart: "ab" + "" is not "a" + "b".
        assertThat(CardCache.key("ab", "", "", "#fff")).isNotEqualTo(CardCache.key("a", "b", "", "#fff"));
    }

    @Test
    void aFileHoldingAnotherKeyOrTornIsDrawnAgainAndReplaced() throws IOException {
        CardCache cache = new CardCache(temp);
        String key = CardCache.key("Ada Lovelace", "", "", "#123456");
        cache.card(key, drawing("kept"));
        Path file = cards().get(0);
        Files.write(file, new byte[] {0, 0, 0, 3, 'x', 'y', 'z', 1, 2, 3});

        assertThat(cache.card(key, drawing("redrawn"))).asString().isEqualTo("redrawn");
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 20));
        assertThat(cache.card(key, drawing("after a torn file"))).asString().isEqualTo("after a torn file");
        assertThat(cache.card(key, drawing("not drawn"))).asString().isEqualTo("after a torn file");
        assertThat(drawn).hasValue(3);
        assertThat(cards()).containsExactly(file);
    }

    @Test
    void aFolderThatCannotBeMadeMeansTheCardIsDrawnEachTime() throws IOException {
        Path notAFolder = temp.resolve("file");
        Files.writeString(notAFolder, "in the way");
        CardCache cache = new CardCache(notAFolder.resolve("cards"));
        String key = CardCache.key("Ada", "", "", "#123456");

        assertThat(cache.card(key, drawing("one"))).asString().isEqualTo("one");
        assertThat(cache.card(key, drawing("two"))).asString().isEqualTo("two");
    }
}
