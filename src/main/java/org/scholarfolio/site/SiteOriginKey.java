package org.scholarfolio.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.UserFolders;

/**
 * The secret {@link SiteOrigin} hashes a portfolio's folder with: 32 random bytes, made once per
 * installation and kept as hex in {@code $XDG_DATA_HOME/scholarfolio/site-origin.key}, readable
 * and writable by its owner only. The command line and the editor read the same file. A key that
 * is missing or cannot be read is made anew; a site exported before then names another origin,
 * and the next export into its folder asks once, as for a moved portfolio. A key that cannot be
 * kept (a data folder the person may not write) serves the process that made it, so its exports
 * still agree with each other.
 */
final class SiteOriginKey {
    static final String FILE_NAME = "site-origin.key";
    private static final String COMMENT = "# Scholarfolio's key for the line \"# made from portfolio ...\" of exported"
            + " sites' manifests.\n# Keep it private. Deleted, it is made anew, and the next export into each old"
            + " site's folder asks once.\n";
    private static final int HEX_DIGITS = 64;
    // Keys made by this process that could not be written, by the file they were meant for.
    private static final Map<Path, String> UNKEPT = new ConcurrentHashMap<>();

    private SiteOriginKey() {
    }

    /** This installation's key, made when there is none. */
    static String ofThisInstallation() {
        return readOrMake(UserFolders.data().resolve(FILE_NAME));
    }

    /** The key kept in {@code file}, made (and kept there when it can be) when there is none. */
    static String readOrMake(Path file) {
        Optional<String> kept = read(file);
        if (kept.isPresent()) {
            return kept.get();
        }
        // One maker per process: two threads of one export must not each make their own.
        synchronized (UNKEPT) {
            kept = read(file);
            if (kept.isPresent()) {
                return kept.get();
            }
            String unkept = UNKEPT.get(file);
            if (unkept != null) {
                return unkept;
            }
            String key = newKey();
            try {
                // A file that is there but unreadable or damaged is replaced; a new one never replaces
                // the key another process has just made (that one is read and used instead).
                AtomicFile.writeOwnerOnly(file, (COMMENT + key + "\n").getBytes(StandardCharsets.UTF_8),
                        Files.exists(file));
                return key;
            } catch (FileAlreadyExistsException e) {
                Optional<String> theirs = read(file);
                if (theirs.isPresent()) {
                    return theirs.get();
                }
            } catch (IOException e) {
                // Not kept: below.
            }
            UNKEPT.put(file, key);
            return key;
        }
    }

    /** The key {@code file} holds: its first line of 64 hex digits, if it can be read and has one. */
    static Optional<String> read(Path file) {
        try {
            for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.length() == HEX_DIGITS && trimmed.chars().allMatch(HexFormat::isHexDigit)) {
                    return Optional.of(trimmed.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable or not text: no key.
        }
        return Optional.empty();
    }

    private static String newKey() {
        byte[] bytes = new byte[HEX_DIGITS / 2];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
