package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.scholarfolio.model.Diagnostic;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The site's {@code _data} files as Liquid sees them under {@code site.data}: {@code people.yml} is
 * {@code site.data.people}, {@code _data/lab/people.yml} is {@code site.data.lab.people}. Each file
 * is read on first use, once; one that does not parse is reported and stands for "unknown", so the
 * Liquid using it is taken out rather than shown empty.
 */
final class SiteData {
    /** For bodies read without a site folder: every {@code site.data} value is unknown. */
    static final SiteData NONE = new SiteData(null, null);
    /** What a data file that cannot be read stands for. */
    static final Object UNREADABLE = new Object();
    private static final String[] EXTENSIONS = {".yml", ".yaml", ".json"};

    private final SiteFolder folder;
    private final ImportFindings findings;
    private final Map<String, Optional<Object>> read = new HashMap<>();

    SiteData(SiteFolder folder, ImportFindings findings) {
        this.folder = folder;
        this.findings = findings;
    }

    /**
     * The parsed file or folder at {@code path} under {@code _data} (names joined by {@code /}): a
     * map for a folder, null when there is no such file (Liquid's nil), {@link #UNREADABLE} when it
     * cannot be read or there is no site folder.
     */
    Object get(String path) {
        if (folder == null || path.isEmpty() || path.contains("..")) {
            return UNREADABLE;
        }
        return read.computeIfAbsent(path, this::load).orElse(null);
    }

    private Optional<Object> load(String path) {
        Path base = folder.resolve("_data").resolve(path);
        for (String ext : EXTENSIONS) {
            Path file = base.resolveSibling(base.getFileName() + ext);
            if (Files.isRegularFile(file)) {
                String rel = folder.rel(file);
                String text = findings.readText(file, rel);
                if (text == null) {
                    return Optional.of(UNREADABLE);
                }
                try {
                    Object data = FrontMatterFile.parseYaml(text);
                    return Optional.ofNullable(data instanceof Map<?, ?> m ? YamlValues.stringKeys(m) : data);
                } catch (YAMLException e) {
                    findings.add(FrontMatterFile.yamlWarning(e, rel, 1), "; the Liquid that uses it is taken out");
                    return Optional.of(UNREADABLE);
                }
            }
        }
        if (Files.isDirectory(base)) {
            return Optional.of(new FolderData(path));
        }
        return Optional.empty();
    }

    /** A folder of {@code _data}: its files are its keys, read when looked up. */
    final class FolderData {
        private final String path;

        private FolderData(String path) {
            this.path = path;
        }

        Object get(String name) {
            return SiteData.this.get(path + "/" + name);
        }
    }
}
