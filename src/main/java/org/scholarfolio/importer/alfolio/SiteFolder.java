package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private Map<String, String> permalinks;
    private List<Path> pageFiles;
    private Path aboutPage;
    private boolean aboutPageFound;
    private Set<String> otherLanguages = Set.of();
    private List<PathMatcher> excluded = List.of();
    private List<String> configFiles = List.of(CONFIG);

    SiteFolder(Path site, ImportFindings findings) {
        this.site = site;
        this.findings = findings;
    }

    Path path() {
        return site;
    }

    /** The configuration files the site is built with, in the order Jekyll merges them. */
    void useConfigFiles(List<String> files) {
        configFiles = files.isEmpty() ? List.of(CONFIG) : List.copyOf(files);
    }

    /**
     * The configuration file whose value of {@code key} the build uses: the last one that writes it
     * (indentation in {@code key} as for {@link #lineOfKey}); the first when none does.
     */
    String configFileOf(String key) {
        for (int i = configFiles.size() - 1; i > 0; i--) {
            if (lineOfKey(configFiles.get(i), key) > 0) {
                return configFiles.get(i);
            }
        }
        return configFiles.get(0);
    }

    /** The languages of a multilingual site other than the default one; their pages are translations. */
    void useOtherLanguages(Set<String> languages) {
        otherLanguages = Set.copyOf(languages);
    }

    /** The site's {@code exclude} list of {@code _config.yml}: files Jekyll neither publishes nor copies. */
    void useExcluded(Object exclude) {
        if (exclude instanceof List<?> list) {
            List<PathMatcher> matchers = new ArrayList<>();
            for (Object o : list) {
                String entry = YamlValues.str(o).strip().replaceAll("^/+|/+$", "");
                if (!entry.isEmpty()) {
                    try {
                        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + entry));
                    } catch (IllegalArgumentException e) {
                        // Jekyll compares such an entry as a name; so does a glob without special characters
                        matchers.add(path -> path.toString().equals(entry));
                    }
                }
            }
            excluded = List.copyOf(matchers);
            pageFiles = null;
        }
    }

    /**
     * The language a page of {@code _pages} is a translation into, or null for a page of the
     * default language: a folder named after the language ({@code _pages/ja/about.md}), a name
     * ending in it ({@code about.pt-br.md}), or {@code lang:} in the front matter.
     */
    String translationLanguage(Path page, FrontMatterFile fm) {
        if (otherLanguages.isEmpty()) {
            return null;
        }
        Path sub = site.resolve("_pages").relativize(page);
        if (sub.getNameCount() > 1 && otherLanguages.contains(sub.getName(0).toString())) {
            return sub.getName(0).toString();
        }
        String name = page.getFileName().toString();
        for (String lang : otherLanguages) {
            if (name.endsWith("." + lang + ".md") || name.endsWith("." + lang + ".markdown")) {
                return lang;
            }
        }
        String lang = fm == null ? "" : YamlValues.str(fm.data.get("lang")).strip();
        return otherLanguages.contains(lang) ? lang : null;
    }

    /** Each published page's site-relative file name ({@code _pages/join.md}) to its permalink, for {@code {% link %}}. */
    Map<String, String> permalinks() {
        if (permalinks == null) {
            Map<String, String> map = new HashMap<>();
            for (Path f : pageFiles()) {
                String text = readQuietly(site, f);
                if (text != null) {
                    String permalink = YamlValues.str(FrontMatterFile.parse(text, rel(f)).data.get("permalink")).strip();
                    if (!permalink.isEmpty()) {
                        map.put(rel(f), permalink);
                    }
                }
            }
            permalinks = Map.copyOf(map);
        }
        return permalinks;
    }

    /**
     * True when {@code relative} names a file of the site that Jekyll copies as it is: not a page
     * (Markdown, HTML) and in no folder Jekyll keeps to itself ({@code _data}, {@code .git}).
     */
    boolean isStaticFile(String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        if (relative.isEmpty() || lower.matches(".*\\.(md|markdown|html?)$")) {
            return false;
        }
        Path file = site.resolve(relative).normalize();
        if (!file.startsWith(site) || file.equals(site)) {
            return false;
        }
        for (Path part : site.relativize(file)) {
            if (part.toString().startsWith("_") || part.toString().startsWith(".")) {
                return false;
            }
        }
        return Files.isRegularFile(file);
    }

    Path resolve(String relative) {
        return site.resolve(relative);
    }

    /**
     * The text of the site's own include {@code _includes/<name>} ({@code {% include links.md %}}), or null
     * when there is no such file inside {@code _includes}; for al-folio's {@code courses.liquid} on a site
     * with a {@code _teachings} collection, the courses it lists, as Markdown ({@link TeachingsList}).
     */
    String includeFile(String name) {
        if (TeachingsList.isInclude(name) && Files.isDirectory(site.resolve(TeachingsList.FOLDER))) {
            // al-folio's list of the _teachings collection, not a snippet: what it shows, as Markdown
            return TeachingsList.markdown(this);
        }
        Path dir = site.resolve("_includes").normalize();
        Path f = dir.resolve(name).normalize();
        return f.startsWith(dir) && !f.equals(dir) && Files.isRegularFile(f) ? readQuietly(site, f) : null;
    }

    /** The name of a file of the site as warnings show it. */
    String rel(Path p) {
        return site.relativize(p).toString().replace('\\', '/');
    }

    /**
     * The page shown at {@code /}: of the pages with permalink {@code /} (and the site folder's own
     * {@code index.md} without one), the one Jekyll writes last, which is the one the live site shows:
     * Jekyll sorts the pages by file name and writes each over the one before at the same address
     * ({@code _pages/about_ana.md} over {@code _pages/about.md}); null when there is none.
     * An about.md whose permalink sends it elsewhere ({@code /about/}) is the home page only when no
     * other page is served at {@code /}: some sites keep their home in a page of its own and about.md
     * as an ordinary page or a forward to their People page.
     */
    Path aboutPage() {
        // asked by the about page's, the pages' and the links' readers: found once
        if (!aboutPageFound) {
            aboutPage = findAboutPage();
            aboutPageFound = true;
        }
        return aboutPage;
    }

    private Path findAboutPage() {
        Path about = site.resolve("_pages/about.md");
        Path root = lastServedAtRoot();
        if (Files.isRegularFile(about)) {
            if (!servedElsewhere(about)) {
                return root != null && writtenAfter(root, about) ? root : about;
            }
            return root != null ? root : about;
        }
        return root;
    }

    /** True when Jekyll writes {@code page} after {@code other}: it writes the pages in the order of their file names. */
    private static boolean writtenAfter(Path page, Path other) {
        return page.getFileName().toString().compareTo(other.getFileName().toString()) > 0;
    }

    /** True when {@code page}'s front matter gives it a permalink other than {@code /}. */
    private boolean servedElsewhere(Path page) {
        String text = readQuietly(site, page);
        if (text == null) {
            return false;
        }
        FrontMatterFile fm = FrontMatterFile.parse(text, rel(page));
        String permalink = YamlValues.str(fm.data.get("permalink")).strip();
        return fm.hasFrontMatter && !permalink.isEmpty() && !permalink.equals("/");
    }

    /**
     * The published page of the default language that Jekyll serves at {@code /} and writes last (the last
     * by file name; of two of the same name, the first in path order), or null.
     */
    private Path lastServedAtRoot() {
        Path last = null;
        for (Path f : pageFiles()) {
            if (hiddenName(f) != null) {
                continue;
            }
            String text = readQuietly(site, f);
            if (text != null) {
                FrontMatterFile fm = FrontMatterFile.parse(text, rel(f));
                if (servedAtRoot(f, fm) && translationLanguage(f, fm) == null && !unpublished(fm)
                        && (last == null || writtenAfter(f, last))) {
                    last = f;
                }
            }
        }
        return last;
    }

    /** True when Jekyll serves {@code page} at {@code /}. */
    boolean servedAtRoot(Path page, FrontMatterFile fm) {
        String permalink = YamlValues.str(fm.data.get("permalink")).strip();
        return permalink.equals("/")
                || permalink.isEmpty() && site.equals(page.getParent()) && baseName(page).equals("index");
    }

    /**
     * Every file Jekyll may make a page of: those under {@code _pages} (al-folio keeps its pages
     * there), in path order, then the Markdown files of the site folder itself that start with front
     * matter and are not excluded by {@code _config.yml} (Jekyll publishes those too, and some sites
     * keep their pages there).
     */
    List<Path> pageFiles() {
        // listed once: the about page, the permalinks, the pages and the bibliography tags all walk them
        if (pageFiles == null) {
            pageFiles = listPageFiles();
        }
        return pageFiles;
    }

    private List<Path> listPageFiles() {
        List<Path> files = new ArrayList<>();
        Path dir = site.resolve("_pages");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            } catch (IOException e) {
                findings.warn("_pages", 0, Diagnostic.Kind.UNREADABLE, "cannot list the folder: " + e.getMessage());
            }
        }
        try (Stream<Path> s = Files.list(site)) {
            s.filter(Files::isRegularFile).filter(this::isTopLevelPage).sorted(Comparator.comparing(Path::toString))
                    .forEach(files::add);
        } catch (IOException e) {
            findings.warn(".", 0, Diagnostic.Kind.UNREADABLE, "cannot list the site folder: " + e.getMessage());
        }
        return List.copyOf(files);
    }

    private boolean isTopLevelPage(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown") || name.startsWith("_") || name.startsWith(".")
                || excluded.stream().anyMatch(m -> m.matches(file.getFileName()))) {
            return false;
        }
        String text = readQuietly(site, file);
        // a file without front matter is copied as it is (a README, a licence): not a page
        return text != null && FrontMatterFile.parse(text, rel(file)).hasFrontMatter;
    }

    /** Why Jekyll does not publish {@code page} (a file of {@link #pageFiles}); null when it does. */
    String hiddenName(Path page) {
        Path pages = site.resolve("_pages");
        return unpublishedName(page, page.startsWith(pages) ? pages : site);
    }

    /**
     * Why Jekyll does not publish {@code file} of a collection folder ({@code _news}, {@code _pages}):
     * a file or folder below it whose name starts with {@code _} or {@code .}; null when it does.
     */
    String unpublishedName(Path file, Path collection) {
        Path sub = collection.relativize(file);
        for (Path part : sub) {
            String n = part.toString();
            if (n.startsWith("_") || n.startsWith(".")) {
                return n;
            }
        }
        return null;
    }

    /** True when the front matter says {@code published: false}, which Jekyll honours. */
    static boolean unpublished(FrontMatterFile fm) {
        Object p = fm.data.get("published");
        return p != null && !YamlValues.bool(p, true);
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
        String text = readQuietly(site, site.resolve(fileName));
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

    /**
     * For finding lines and permalinks only; a file that cannot be read is reported where its content is imported.
     * A file that is a link leading out of the site folder {@code site} is not read (null), as
     * {@link ImportFindings#readText} does not read it.
     */
    static String readQuietly(Path site, Path file) {
        if (!ImportFindings.readable(site, file)) {
            return null;
        }
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
