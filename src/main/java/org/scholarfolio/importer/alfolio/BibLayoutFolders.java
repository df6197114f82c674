package org.scholarfolio.importer.alfolio;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the site's bibliography layout serves an entry's file named without a folder. al-folio's
 * {@code bib} layout puts {@code /assets/pdf/} in front of {@code pdf}, {@code supp}, {@code poster}
 * and {@code slides}; a site with a layout of its own ({@code scholar.bibliography_template}) may
 * put another folder there ({@code entry.pdf | prepend: '/assets/pdf/publications/'}).
 */
final class BibLayoutFolders {
    static final String DEFAULT = "assets/pdf/";
    private static final Pattern PREPEND = Pattern.compile(
            "entry\\.([A-Za-z_]+)\\s*\\|\\s*prepend:\\s*([\"'])/?([^\"'{}]*?)/?\\2");

    /** A field the layout puts in a link's address: {@code href="{{ entry.talk }}"}, {@code href="https://…/{{ entry.eprint }}"}. */
    private static final Pattern LINKED = Pattern.compile("href\\s*=\\s*[\"'][^\"'<>]*?\\{\\{-?\\s*entry\\.([A-Za-z_][\\w-]*)");

    private final Map<String, String> folders;
    private final String layout;
    private final Set<String> linked;

    private BibLayoutFolders(Map<String, String> folders, String layout, Set<String> linked) {
        this.folders = folders;
        this.layout = layout;
        this.linked = linked;
    }

    /** The folders of the layout {@code scholar.bibliography_template} names (al-folio's {@code bib} by default). */
    static BibLayoutFolders of(SiteFolder folder, Map<String, Object> config) {
        String name = config.get("scholar") instanceof Map<?, ?> s ? YamlValues.str(s.get("bibliography_template")).strip() : "";
        name = name.isEmpty() ? "bib" : name;
        Map<String, String> found = new HashMap<>();
        Set<String> linked = new LinkedHashSet<>();
        String file = "";
        if (name.matches("[A-Za-z0-9_-]+")) {
            for (String ext : new String[] {".liquid", ".html"}) {
                String rel = "_layouts/" + name + ext;
                String text = SiteFolder.readQuietly(folder.path(), folder.resolve(rel));
                if (text != null) {
                    Matcher m = PREPEND.matcher(text);
                    while (m.find()) {
                        // the first prepend of a field is the one for a file of the site (a URL has none)
                        found.putIfAbsent(m.group(1), m.group(3).isEmpty() ? "" : m.group(3) + "/");
                    }
                    Matcher link = LINKED.matcher(text);
                    while (link.find()) {
                        linked.add(link.group(1).toLowerCase(Locale.ROOT));
                    }
                    file = rel;
                    break;
                }
            }
        }
        return new BibLayoutFolders(Map.copyOf(found), file, Collections.unmodifiableSet(linked));
    }

    /** The site folder ({@code assets/pdf/publications/}) a bare value of {@code field} is served from. */
    String folderOf(String field) {
        return folders.getOrDefault(field, DEFAULT);
    }

    /** The fields the site's own layout links to, lower case; none when the site has no layout of its own. */
    Set<String> linkedFields() {
        return linked;
    }

    /** The layout the folders were read from, "" when the site has none of its own. */
    String layout() {
        return layout;
    }
}
