package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scholarfolio.files.ContentHash;

/**
 * The list of files one {@code export-alfolio} wrote, with a SHA-256 of each, kept in the site
 * folder as {@code .scholarfolio-export} (Jekyll skips dot files). The next export removes the files
 * it wrote before and no longer writes (a deleted news item), but only those still exactly as it
 * wrote them: a file someone edited since is left alone.
 */
final class ExportManifest {
    static final String FILE_NAME = ".scholarfolio-export";

    private final Map<String, String> hashes;

    private ExportManifest(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    static ExportManifest empty() {
        return new ExportManifest(new LinkedHashMap<>());
    }

    /** The manifest in {@code dir}; empty when there is none or it cannot be read. */
    static ExportManifest read(Path dir) {
        Map<String, String> hashes = new LinkedHashMap<>();
        Path file = dir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int space = line.indexOf("  ");
                    if (space > 0 && !line.startsWith("#")) {
                        hashes.put(line.substring(space + 2), line.substring(0, space));
                    }
                }
            } catch (IOException e) {
                // an unreadable manifest only means that nothing is cleaned up
            }
        }
        return new ExportManifest(hashes);
    }

    void add(String path, byte[] bytes) {
        hashes.put(path, ContentHash.of(bytes));
    }

    void add(String path, String sha256) {
        hashes.put(path, sha256);
    }

    /** Removes the files listed here that {@code next} does not list and nobody changed; returns how many. */
    int removeFilesNotIn(ExportManifest next, Path dir) throws IOException {
        int removed = 0;
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            if (next.hashes.containsKey(e.getKey())) {
                continue;
            }
            Path file = dir.resolve(e.getKey()).normalize();
            if (file.startsWith(dir) && Files.isRegularFile(file)
                    && ContentHash.ofFile(file).equals(e.getValue())) {
                Files.delete(file);
                removed++;
            }
        }
        return removed;
    }

    byte[] bytes() {
        StringBuilder sb = new StringBuilder("# Files written by Scholarfolio's export-alfolio (SHA-256  path)\n");
        hashes.forEach((path, hash) -> sb.append(hash).append("  ").append(path).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
