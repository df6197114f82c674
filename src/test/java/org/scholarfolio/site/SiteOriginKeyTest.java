package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret behind a site's origin line: made once, kept for its owner only, made anew when lost. */
class SiteOriginKeyTest {
    @TempDir
    Path temp;

    @Test
    void isMadeOnceReadableByItsOwnerOnlyAndReadBackTheSame() throws Exception {
        Path file = temp.resolve("data/scholarfolio").resolve(SiteOriginKey.FILE_NAME);

        String key = SiteOriginKey.readOrMake(file);

        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(Files.readString(file)).contains(key).startsWith("# ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SiteOriginKey.readOrMake(file)).isEqualTo(key);
    }

    @Test
    void aMissingKeyIsMadeAnew() throws Exception {
        Path file = temp.resolve(SiteOriginKey.FILE_NAME);
        String first = SiteOriginKey.readOrMake(file);
        Files.delete(file);

        String second = SiteOriginKey.readOrMake(file);

        assertThat(second).isNotEqualTo(first);
        assertThat(SiteOriginKey.read(file)).contains(second);
    }

    @Test
    void aDamagedKeyOthersMayReadIsReplacedByOneOnlyItsOwnerMayRead() throws Exception {
        Path file = temp.resolve(SiteOriginKey.FILE_NAME);
        Files.writeString(file, "not a key\n0123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        String key = SiteOriginKey.readOrMake(file);

        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(SiteOriginKey.read(file)).contains(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyThatCannotBeKeptServesTheProcessThatMadeIt() throws Exception {
        // Its folder cannot be made: a file has that name (a permission would not stop root).
        Path notAFolder = Files.writeString(temp.resolve("data"), "");
        Path file = notAFolder.resolve(SiteOriginKey.FILE_NAME);

        String key = SiteOriginKey.readOrMake(file);

        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(SiteOriginKey.readOrMake(file)).isEqualTo(key);
    }

    @Test
    void threadsMakingTheFirstKeyAtOnceAllGetTheOneKept() throws Exception {
        Path file = temp.resolve(SiteOriginKey.FILE_NAME);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> makers = IntStream.range(0, 8)
                    .<Callable<String>>mapToObj(i -> () -> SiteOriginKey.readOrMake(file)).toList();
            Set<String> keys = threads.invokeAll(makers).stream().map(SiteOriginKeyTest::get).collect(Collectors.toSet());

            assertThat(keys).singleElement().isEqualTo(SiteOriginKey.read(file).orElseThrow());
        } finally {
            threads.shutdownNow();
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
