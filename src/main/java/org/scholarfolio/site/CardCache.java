package org.scholarfolio.site;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

import org.scholarfolio.files.UserCache;

/**
 * Social cards already drawn, kept in the per-user cache folder ({@link UserCache}) by what they
 * were drawn from, as Hugo keeps processed images between builds. Drawing the card is the one use
 * of the 2D API in an export: in a fresh process its fonts, native libraries and PNG writer cost
 * ~0.3 s of processor time, a tenth of a whole export at 1,000 publications, for one file that
 * changes only with the researcher's name, subtitle, address or accent.
 *
 * <p>A card's key is its text and colour, the Java runtime that drew it and the times of the font
 * folders it may have taken its faces from (installing a font changes them). Each file holds its
 * whole key, checked when read, so two keys with one file name only cost a drawing. Written to a
 * file of its own and moved in whole; any failure means the card is drawn, as before the cache.
 */
final class CardCache {
    private static final String FORMAT = "scholarfolio social card 1\n";
    /** Where the systems keep fonts and font caches: a font installed changes one of these folders' times. */
    private static final List<String> FONT_FOLDERS = List.of("/etc/fonts", "/usr/share/fonts", "/usr/local/share/fonts",
            "/var/cache/fontconfig", "/System/Library/Fonts", "/Library/Fonts", "C:\\Windows\\Fonts");
    private static final List<String> USER_FONT_FOLDERS = List.of(".fonts", ".local/share/fonts", ".cache/fontconfig",
            "Library/Fonts", "AppData/Local/Microsoft/Windows/Fonts");

    private final Path folder;

    CardCache(Path folder) {
        this.folder = folder;
    }

    /** The user's card cache; null when caches are turned off. */
    static CardCache userDefault() {
        Path folder = UserCache.folder("cards");
        return folder == null ? null : new CardCache(folder);
    }

    /** Whether the folder holds any card: then the next export's card is likely there, and the 2D API need not be readied. */
    static boolean likelyHolds() {
        Path folder = UserCache.folder("cards");
        if (folder == null) {
            return false;
        }
        try (var files = Files.newDirectoryStream(folder, "*.card")) {
            return files.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The social card ({@link SocialCard#png}) of these texts and accent: from the user's cache when
     * it holds it, else drawn and kept there. The 2D API is loaded only to draw.
     */
    static byte[] socialCard(String name, String subtitle, String address, String accent) {
        CardCache cache = userDefault();
        Supplier<byte[]> draw = () -> SocialCard.png(name, subtitle, address, accent);
        return cache == null ? draw.get() : cache.card(key(name, subtitle, address, accent), draw);
    }

    /** The card drawn from {@code key}'s text: the kept one when there is one, else {@code draw}'s, kept for next time. */
    byte[] card(String key, Supplier<byte[]> draw) {
        byte[] header = header(key);
        Path file = folder.resolve(name(header));
        byte[] kept = read(file, header);
        if (kept != null) {
            return kept;
        }
        byte[] png = draw.get();
        write(file, header, png);
        return png;
    }

    /** The whole key of a card: what it shows, and what it was drawn with. */
    static String key(String name, String subtitle, String address, String accent) {
        StringBuilder key = new StringBuilder(FORMAT);
        for (String part : List.of(name, subtitle, address, accent, System.getProperty("java.home", ""),
                System.getProperty("java.runtime.version", ""), System.getProperty("os.name", ""))) {
            key.append(part.length()).append(':').append(part).append('\n');
        }
        fontFolderTimes(key);
        return key.toString();
    }

    private static void fontFolderTimes(StringBuilder key) {
        String home = System.getProperty("user.home", "");
        for (String folder : FONT_FOLDERS) {
            folderTime(key, Path.of(folder));
        }
        if (!home.isEmpty()) {
            for (String folder : USER_FONT_FOLDERS) {
                folderTime(key, Path.of(home, folder));
            }
        }
    }

    private static void folderTime(StringBuilder key, Path folder) {
        try {
            key.append(Files.getLastModifiedTime(folder).toMillis()).append('\n');
        } catch (IOException | RuntimeException e) {
            key.append("-\n");
        }
    }

    private static byte[] header(String key) {
        byte[] text = key.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length + 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(text.length);
            out.write(text);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    private static String name(byte[] header) {
        CRC32C crc = new CRC32C();
        crc.update(header);
        long first = crc.getValue();
        crc.reset();
        crc.update(header, header.length / 2, header.length - header.length / 2);
        return hex8(first) + hex8(crc.getValue()) + ".card";
    }

    private static String hex8(long value) {
        String hex = Long.toHexString(value);
        return "00000000".substring(hex.length()) + hex;
    }

    /** The PNG after {@code header} in {@code file}; null when there is none or the file holds another key. */
    private static byte[] read(Path file, byte[] header) {
        try {
            byte[] all = Files.readAllBytes(file);
            if (all.length <= header.length || !Arrays.equals(all, 0, header.length, header, 0, header.length)) {
                return null;
            }
            return Arrays.copyOfRange(all, header.length, all.length);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void write(Path file, byte[] header, byte[] png) {
        Path writing = file.resolveSibling(file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".writing");
        try {
            Files.createDirectories(file.getParent());
            byte[] all = Arrays.copyOf(header, header.length + png.length);
            System.arraycopy(png, 0, all, header.length, png.length);
            Files.write(writing, all);
            Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException | RuntimeException ignored) {
                // only a cache
            }
        }
    }
}
