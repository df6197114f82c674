package org.scholarfolio.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.UserFolders;

/**
 * The file the editor's settings are kept in between runs: {@code settings.properties}, key=value
 * lines in UTF-8, read once as the editor starts and replaced whole (atomically) when a setting
 * changes. Plain properties, not Java's preferences: those keep each node in an XML file, and reading
 * it loaded Java's XML parser (about 180 classes) before the window's first content on every start
 * of a person who had run the editor before. A file that cannot be read, is too large or is not
 * properties gives no settings, never an error: remembering the window is a convenience.
 */
final class SettingsFile {
    static final String NAME = "settings.properties";
    /** A settings file is a few hundred bytes; anything this large is not one of ours. */
    static final int LARGEST_BYTES = 1 << 20;

    private SettingsFile() {
    }

    /**
     * The folder the settings live in: the one Java's preferences were pointed at when a start names
     * one ({@code -Djava.util.prefs.userRoot}: the launcher sets it to the settings folder on Linux;
     * tests and benchmarks give each start a folder of its own), else {@link UserFolders#settings()}.
     */
    static Path folder() {
        String root = System.getProperty("java.util.prefs.userRoot");
        return root == null || root.isBlank() ? UserFolders.settings() : Path.of(root);
    }

    /** The settings in {@code file}; empty when there is none or it is not a settings file. */
    static Map<String, String> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LARGEST_BYTES) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            Map<String, String> values = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                values.put(key, properties.getProperty(key));
            }
            return values;
        } catch (IOException | RuntimeException e) {
            // Not UTF-8, a bad \\u escape, unreadable: the editor starts with its defaults.
            return Map.of();
        }
    }

    /** Replaces {@code file} with {@code values}, whole: a crash leaves the old settings or the new. */
    static void write(Path file, Map<String, String> values) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        StringWriter text = new StringWriter();
        properties.store(text, "Scholarfolio's settings");
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
