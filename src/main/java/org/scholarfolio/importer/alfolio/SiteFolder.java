package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.scholarfolio.model.Diagnostic;

/**
 * The files of the site being imported: where al-folio keeps them, their names as warnings show
 * them (relative, with forward slashes), and the lines their keys are written on.
 */
final class SiteFolder {
    static final String CONFIG = "_config.yml";
    static final String SOCIALS = "_data/socials.yml";

    private final Path site;
    private final ImportFindings findings;

    SiteFolder(Path site, ImportFindings findings) {
        this.site = site;
        this.findings = findings;
    }

    Path path() {
        return site;
    }

    Path resolve(String relative) {
        return site.resolve(relative);
    }

    /** The name of a file of the site as warnings show it. */
    String rel(Path p) {
        return site.relativize(p).toString().replace('\\', '/');
    }

    /**
     * The page shown at {@code /}: {@code _pages/about.md}, else the first page with permalink
     * {@code /}; null when there is none.
     */
    Path aboutPage() {
        Path about = site.resolve("_pages/about.md");
        if (Files.isRegularFile(about)) {
            return about;
        }
        for (Path f : pageFiles()) {
            String text = readQuietly(f);
            if (text != null) {
                FrontMatterFile fm = FrontMatterFile.parse(text, rel(f));
                if ("/".equals(YamlValues.str(fm.data.get("permalink")).strip())) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Every file under {@code _pages}, in path order. */
    List<Path> pageFiles() {
        Path dir = site.resolve("_pages");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            findings.warn("_pages", 0, Diagnostic.Kind.UNREADABLE, "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    /** The Markdown files under {@code dir}, in order of their site-relative path. */
    List<Path> markdownFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".md") || n.endsWith(".markdown");
            }).sorted(Comparator.comparing(p -> site.relativize(p).toString())).toList();
        } catch (IOException e) {
            findings.warn(rel(dir), 0, Diagnostic.Kind.UNREADABLE, "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    /** 1-based line of a key written at the start of a line (indentation included in {@code key}). */
    int lineOfKey(String fileName, String key) {
        String text = readQuietly(site.resolve(fileName));
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        String trimmed = key.strip();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(trimmed + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** For finding lines and permalinks only; a file that cannot be read is reported where its content is imported. */
    static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    static String baseName(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
