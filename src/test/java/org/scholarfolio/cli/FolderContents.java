package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Every file of a folder with its bytes, to prove a refused export left an old site as it was. */
final class FolderContents {
    private FolderContents() {
    }

    static Map<Path, byte[]> of(Path dir) throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The folder holds exactly the files it held, byte for byte. */
    static void assertUnchanged(Map<Path, byte[]> before, Path dir) throws Exception {
        Map<Path, byte[]> after = of(dir);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(bytes));
    }
}
