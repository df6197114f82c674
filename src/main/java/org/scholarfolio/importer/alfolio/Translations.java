package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The default language's texts of a site built with jekyll-multiple-languages-plugin: {@code {% t
 * titles.about %}} (and a front-matter value that is such a key, as that fork's layouts translate
 * {@code page.title} and {@code page.subtitle}) from {@code _i18n/<lang>.yml}, and {@code {%
 * translate_file pages/about.md %}} from {@code _i18n/<lang>/pages/about.md}: what the live site
 * shows at its root.
 */
final class Translations {
    /** For bodies read without a site folder, or a site without {@code _i18n}: nothing is translated. */
    static final Translations NONE = new Translations(null, null, Map.of());
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][\\w-]*(?:\\.[\\w-]+)+");

    private final Path site;
    private final Path folder;
    private final Map<?, ?> strings;

    private Translations(Path site, Path folder, Map<?, ?> strings) {
        this.site = site;
        this.folder = folder;
        this.strings = strings;
    }

    /** The site's translations in its default language ({@code default_lang}, else the first of {@code languages}, else {@code lang}). */
    static Translations of(SiteFolder site, Map<String, Object> config, ImportFindings findings) {
        Path i18n = site.resolve("_i18n");
        if (!Files.isDirectory(i18n)) {
            return NONE;
        }
        List<String> languages = YamlValues.strings(config.get("languages"));
        String dflt = str(config.get("default_lang")).strip();
        String language = !dflt.isEmpty() ? dflt : !languages.isEmpty() ? languages.get(0) : str(config.get("lang")).strip();
        if (language.isEmpty() || language.contains("/") || language.contains("..")) {
            return NONE;
        }
        Map<?, ?> strings = Map.of();
        Path file = i18n.resolve(language + ".yml");
        String text = Files.isRegularFile(file) ? SiteFolder.readQuietly(site.path(), file) : null;
        if (text != null) {
            try {
                if (FrontMatterFile.parseYaml(text) instanceof Map<?, ?> m) {
                    strings = m;
                }
            } catch (YAMLException e) {
                findings.add(FrontMatterFile.yamlWarning(e, "_i18n/" + language + ".yml", 1),
                        "; its translation keys are taken out of the text");
            }
        }
        return new Translations(site.path(), i18n.resolve(language), strings);
    }

    /** The text of a dotted key ({@code titles.about}), or null when the default language has none. */
    String key(String dotted) {
        Object v = strings;
        for (String part : dotted.strip().split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(part);
        }
        return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
    }

    /** A front-matter value, translated when it is a key the default language has; else as written. */
    String value(String written) {
        if (strings.isEmpty() || !KEY.matcher(written.strip()).matches()) {
            return written;
        }
        String t = key(written);
        return t == null ? written : t;
    }

    /** The default language's version of a file ({@code pages/about.md}), or null when there is none. */
    String file(String relative) {
        String r = relative.strip().replaceAll("^[\"']|[\"']$", "");
        if (folder == null || r.isEmpty() || r.contains("..") || r.contains("{")) {
            return null;
        }
        Path f = folder.resolve(r).normalize();
        return f.startsWith(folder) && Files.isRegularFile(f) ? SiteFolder.readQuietly(site, f) : null;
    }
}
