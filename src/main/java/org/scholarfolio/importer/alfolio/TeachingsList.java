package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What al-folio's {@code {% include courses.liquid %}} shows (the teaching page of releases since 2025):
 * the {@code _teachings} collection's courses from their front matter, grouped by year (newest first),
 * each year's sorted by term, with the term, the instructor and the description under the title. It is
 * written as Markdown in the include's place; each course's own page (its overview, its schedule) is not
 * imported, so the titles are not links.
 */
final class TeachingsList {
    static final String FOLDER = "_teachings";
    private static final Pattern INCLUDE = Pattern.compile("courses\\.(?:liquid|html)");
    /** Markdown's own punctuation in a title or a term, which al-folio prints as it is. */
    private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("([\\\\`*_\\[\\]<>#|])");

    private TeachingsList() {
    }

    /** True for the include's name as a page writes it. */
    static boolean isInclude(String name) {
        return INCLUDE.matcher(name).matches();
    }

    /** The courses as Markdown, or null when the site has no published course (Jekyll's include then says so in HTML). */
    static String markdown(SiteFolder folder) {
        Path dir = folder.path().resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> isMarkdown(f) && folder.unpublishedName(f, dir) == null)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            return null;
        }
        List<Map<String, Object>> courses = new ArrayList<>();
        for (Path f : files) {
            String text = SiteFolder.readQuietly(folder.path(), f);
            if (text == null) {
                continue;
            }
            FrontMatterFile fm = FrontMatterFile.parse(text, folder.rel(f));
            if (fm.hasFrontMatter && !SiteFolder.unpublished(fm) && !str(fm.data.get("title")).isBlank()) {
                courses.add(fm.data);
            }
        }
        if (courses.isEmpty()) {
            return null;
        }
        // Liquid's sort: 'year' | reverse | group_by: 'year', then each group's sort: 'term' (both stable)
        List<Map<String, Object>> byYear = new ArrayList<>(courses);
        byYear.sort(Comparator.comparing((Map<String, Object> c) -> str(c.get("year")).strip(), TeachingsList::compareYears)
                .reversed());
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> c : byYear) {
            groups.computeIfAbsent(str(c.get("year")).strip(), y -> new ArrayList<>()).add(c);
        }
        StringBuilder md = new StringBuilder();
        for (Map.Entry<String, List<Map<String, Object>>> group : groups.entrySet()) {
            if (!group.getKey().isEmpty()) {
                md.append("## ").append(plain(group.getKey())).append("\n\n");
            }
            List<Map<String, Object>> items = new ArrayList<>(group.getValue());
            items.sort(Comparator.comparing(c -> str(c.get("term")).strip()));
            for (Map<String, Object> c : items) {
                md.append("### ").append(plain(str(c.get("title")).strip())).append("\n\n");
                String meta = String.join(" · ", Stream.of(str(c.get("term")).strip(), str(c.get("instructor")).strip())
                        .filter(s -> !s.isEmpty()).map(TeachingsList::plain).toList());
                if (!meta.isEmpty()) {
                    md.append(meta).append("\n\n");
                }
                String description = str(c.get("description")).strip();
                if (!description.isEmpty()) {
                    md.append(description).append("\n\n");
                }
            }
        }
        return md.toString().strip() + "\n";
    }

    private static int compareYears(String a, String b) {
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    private static String plain(String text) {
        return MARKDOWN_PUNCTUATION.matcher(text).replaceAll("\\\\$1");
    }

    private static boolean isMarkdown(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }
}
