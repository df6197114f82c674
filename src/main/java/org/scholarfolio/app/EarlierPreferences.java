package org.scholarfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The settings that editors before the settings file kept in Java's preferences (the node of this
 * package), read once, when there is no settings file yet, so that a person's window, recent
 * portfolios and folders carry over. On Linux the node is looked for as a file first (its
 * {@code prefs.xml}), so that a first start without one never starts the preferences' machinery.
 */
final class EarlierPreferences {
    /** The node the editor's settings were kept in. */
    static final String NODE = "/org/scholarfolio/app";

    private EarlierPreferences() {
    }

    /** What the earlier editor kept; empty when it kept nothing or it cannot be read. */
    static Map<String, String> read() {
        if (onLinux() && !Files.isRegularFile(linuxFile())) {
            return Map.of();
        }
        return read(Preferences.userRoot(), NODE);
    }

    /** The keys and values of {@code root}'s node at {@code path}; none when it has none or cannot be read. */
    static Map<String, String> read(Preferences root, String path) {
        try {
            if (!root.nodeExists(path)) {
                return Map.of();
            }
            Preferences node = root.node(path);
            Map<String, String> values = new TreeMap<>();
            for (String key : node.keys()) {
                String value = node.get(key, null);
                if (value != null) {
                    values.put(key, value);
                }
            }
            return values;
        } catch (BackingStoreException | RuntimeException e) {
            // A broken preferences file: the person's settings start again from the defaults.
            return Map.of();
        }
    }

    /** Where Java keeps the node on Linux: below its user root, in {@code .java/.userPrefs}. */
    static Path linuxFile() {
        String root = System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home", "."));
        return Path.of(root, ".java", ".userPrefs").resolve(NODE.substring(1)).resolve("prefs.xml");
    }

    private static boolean onLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
