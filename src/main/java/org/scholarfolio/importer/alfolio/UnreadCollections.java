package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.scholarfolio.model.Diagnostic;

/**
 * The site's Jekyll collections the import does not read — blog posts, al-folio's projects and books,
 * any other the configuration declares — each reported once with what it holds, so that writing the
 * site's author kept there is never left behind without a word.
 */
final class UnreadCollections {
    /** What one of a collection's documents is called in the warning; another collection's are "document"s. */
    private static final Map<String, String> DOCUMENT = Map.of(
            "posts", "blog post", "projects", "project", "books", "book", "teachings", "teaching entry",
            "publications", "publication page", "papers", "publication page");
    /** How many file names a warning lists before "and N more". */
    private static final int NAMED = 3;

    private UnreadCollections() {
    }

    /** Warns once per collection folder that holds documents Jekyll would publish. */
    static void report(SiteFolder folder, Map<String, Object> config, ImportFindings findings) {
        report(folder, config, findings, Set.of());
    }

    /** As above, leaving out the collections the import has read ({@code publications}, {@link PublicationsCollection}). */
    static void report(SiteFolder folder, Map<String, Object> config, ImportFindings findings, Set<String> read) {
        for (String name : collections(config)) {
            if (read.contains(name)) {
                continue;
            }
            Path dir = folder.path().resolve("_" + name);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> documents = documents(folder, dir, findings);
            if (documents.isEmpty()) {
                continue;
            }
            String one = DOCUMENT.getOrDefault(name, "document");
            String what = documents.size() == 1 ? one : one.endsWith("y") ? one.substring(0, one.length() - 1) + "ies" : one + "s";
            String listed = String.join(", ", documents.subList(0, Math.min(NAMED, documents.size())))
                    + (documents.size() > NAMED ? " and " + (documents.size() - NAMED) + " more" : "");
            findings.warn(folder.rel(dir), 0, Diagnostic.Kind.SKIPPED, documents.size() + " " + what
                    + " not imported (" + why(name) + "); " + (documents.size() == 1 ? "it stays" : "they stay")
                    + " in the site folder: "
                    + listed);
        }
    }

    /**
     * Why a collection is not read. A collection of publications (one Markdown page a paper, written
     * for a theme that lists them from front matter) holds no BibTeX, which is where an al-folio
     * site's publication list comes from and the only form the import reads papers in.
     */
    private static String why(String collection) {
        if (DOCUMENT.get(collection) != null && DOCUMENT.get(collection).startsWith("publication")) {
            return "the publications are read from the BibTeX files in _bibliography/ only; a paper kept only"
                    + " here is missing from the portfolio: add it with Import BibTeX or by hand";
        }
        if (collection.equals("teachings")) {
            // their titles, terms and descriptions are read where a page includes courses.liquid
            return "each course's own page is not read; a page that includes courses.liquid lists them";
        }
        return "Scholarfolio does not read this collection";
    }

    /** Jekyll's own {@code posts} and every collection {@code _config.yml} declares, but the news, which is read. */
    private static Set<String> collections(Map<String, Object> config) {
        Set<String> names = new TreeSet<>(List.of("posts"));
        Object declared = config.get("collections");
        if (declared instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> names.add(String.valueOf(k)));
        } else if (declared instanceof List<?> list) {
            list.forEach(k -> names.add(String.valueOf(k)));
        }
        names.remove("news");
        // Only a plain name is a folder of the site: "../x" in a configuration must not send the import elsewhere.
        names.removeIf(n -> !n.matches("[A-Za-z0-9][A-Za-z0-9_-]*"));
        return names;
    }

    /** The collection's Markdown and HTML documents Jekyll publishes, by name relative to {@code dir}. */
    private static List<String> documents(SiteFolder folder, Path dir, ImportFindings findings) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(UnreadCollections::isDocument)
                    .filter(f -> folder.unpublishedName(f, dir) == null)
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(f -> names.add(dir.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            findings.warn(folder.rel(dir), 0, Diagnostic.Kind.UNREADABLE, "cannot list the folder: " + e.getMessage());
        }
        return names;
    }

    private static boolean isDocument(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".html");
    }
}
