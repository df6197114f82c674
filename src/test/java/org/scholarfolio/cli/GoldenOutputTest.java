package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins every byte the exports write: both samples and a generated 1,000-publication portfolio go
 * through the site export, {@code export-bibtex}, {@code export-csl}, {@code export-alfolio} and
 * {@code format}, and each output file's SHA-256 is compared with {@value #MANIFEST}
 * ({@code sha256sum} format; a site manifest's portfolio hash taken as zeros). A change of output on purpose regenerates it with
 * {@code mvn -B -q -o test -Dtest=GoldenOutputTest -Dgolden.update=true}; see docs/golden-output.md.
 */
class GoldenOutputTest {
    static final String MANIFEST = "src/test/resources/golden/outputs.sha256";
    /** The saved date the export puts on pages: the portfolio file's time, fixed here. */
    private static final FileTime SAVED = FileTime.from(Instant.parse("2026-06-15T12:00:00Z"));
    private static final int SHOWN = 40;

    @TempDir
    Path tmp;

    @Test
    void everyExportWritesTheSameBytesAsRecorded() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        Path outputs = Files.createDirectories(tmp.resolve("out"));
        for (String sample : List.of("alan-turing", "yihua-zhang")) {
            copyTree(Path.of("sample-data", sample), inputs.resolve(sample));
        }
        run("generate", "--publications", "1000", "--news", "500", "--out", inputs.resolve("generated-1000").toString());
        try (Stream<Path> names = Files.list(inputs)) {
            for (Path input : names.sorted().toList()) {
                exportAll(input, Files.createDirectories(outputs.resolve(input.getFileName().toString())));
            }
        }
        Map<String, String> actual = hashes(outputs);
        Path manifest = Path.of(MANIFEST);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(manifest.getParent());
            Files.writeString(manifest, manifestText(actual), StandardCharsets.UTF_8);
            return;
        }
        assertThat(manifest).as("no %s yet; create it with -Dgolden.update=true", MANIFEST).isRegularFile();
        String differences = differences(read(manifest), actual);
        if (!differences.isEmpty()) {
            fail("the exports' output changed (if on purpose, regenerate " + MANIFEST + " with "
                    + "mvn -B -q -o test -Dtest=GoldenOutputTest -Dgolden.update=true and commit it):\n" + differences);
        }
    }

    @Test
    void aDifferenceNamesEachChangedNewAndMissingFile() {
        String text = differences(Map.of("a/index.html", "1", "a/old.html", "2", "a/same.txt", "3"),
                Map.of("a/index.html", "9", "a/new.html", "4", "a/same.txt", "3"));
        assertThat(text).isEqualTo("  changed  a/index.html\n  new      a/new.html\n  missing  a/old.html");
    }

    private void exportAll(Path input, Path out) throws IOException {
        Files.setLastModifiedTime(input.resolve("portfolio.json"), SAVED);
        run("export", input.toString(), "--out", out.resolve("site").toString());
        run("export-bibtex", input.toString(), "--out", out.resolve("publications.bib").toString());
        run("export-csl", input.toString(), "--out", out.resolve("publications.json").toString());
        run("export-alfolio", input.toString(), "--out", out.resolve("alfolio").toString());
        run("format", input.toString());
        Files.copy(input.resolve("portfolio.json"), Files.createDirectories(out.resolve("format")).resolve("portfolio.json"));
    }

    private static void run(String... args) {
        CommandRun run = CommandRun.of(args);
        assertThat(run.code()).as(String.join(" ", args) + "\n" + run.err()).isZero();
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                out.put(name, HexFormat.of().formatHex(sha.digest(withFixedOrigin(f, Files.readAllBytes(f)))));
            }
        }
        return out;
    }

    /**
     * A site manifest's line naming its portfolio holds a hash of the portfolio folder's path, here a
     * temporary folder: the line is pinned with the hash's sixteen digits as zeros.
     */
    private static byte[] withFixedOrigin(Path file, byte[] bytes) {
        if (!file.getFileName().toString().equals(".scholarfolio-manifest")) {
            return bytes;
        }
        return new String(bytes, StandardCharsets.UTF_8).replaceFirst("(?m)^# made from portfolio [0-9a-f]{16}$",
                "# made from portfolio 0000000000000000").getBytes(StandardCharsets.UTF_8);
    }

    private static String manifestText(Map<String, String> hashes) {
        StringBuilder sb = new StringBuilder();
        hashes.forEach((name, hash) -> sb.append(hash).append("  ").append(name).append('\n'));
        return sb.toString();
    }

    private static Map<String, String> read(Path manifest) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.put(line.substring(66), line.substring(0, 64));
            }
        }
        return out;
    }

    /** One line per changed, new or missing file, the first {@value #SHOWN} of them and a count. */
    static String differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> lines = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            String was = expected.get(name);
            String now = actual.get(name);
            if (was == null) {
                lines.add("  new      " + name);
            } else if (now == null) {
                lines.add("  missing  " + name);
            } else if (!was.equals(now)) {
                lines.add("  changed  " + name);
            }
        }
        if (lines.size() > SHOWN) {
            int more = lines.size() - SHOWN;
            lines = new ArrayList<>(lines.subList(0, SHOWN));
            lines.add("  ... and " + more + " more");
        }
        return String.join("\n", lines);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".bak")) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
