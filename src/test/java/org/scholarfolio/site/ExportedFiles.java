package org.scholarfolio.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** An exported site's files read back for comparing two exports: which show a text, which changed. */
final class ExportedFiles {
    private ExportedFiles() {
    }

    /** Every file by its path in the site; bytes as ISO-8859-1 text, so any file compares exactly. */
    static Map<String, String> contents(Path out) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                contents.put(out.relativize(f).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }

    /** The files whose text contains {@code text}. */
    static Set<String> showing(Map<String, String> files, String text) {
        Set<String> showing = new TreeSet<>();
        files.forEach((path, content) -> {
            if (content.contains(text)) {
                showing.add(path);
            }
        });
        return showing;
    }

    /** The files of {@code after} that differ from {@code before}, but the manifest (rewritten by every export). */
    static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, content) -> {
            if (!content.equals(before.get(path))) {
                changed.add(path);
            }
        });
        changed.remove(SiteExporter.MANIFEST.fileName());
        return changed;
    }
}
