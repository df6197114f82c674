package org.scholarfolio.ui.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.scholarfolio.files.AtomicFile;

/**
 * Copies a picture the researcher chose (or dropped) into the portfolio's {@code assets/} folder,
 * so that the portfolio folder stays self-contained and the export can find it.
 */
final class PhotoFiles {
    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "avif");
    /** Pictures the site's browsers show but JavaFX (the thumbnail, the preview's WebKit) cannot decode. */
    static final Set<String> BROWSERS_ONLY = Set.of("webp", "avif");

    private PhotoFiles() {
    }

    /** A phone camera's format: HEIC/HEIF shows in Safari only, so a site cannot use it. */
    static final Set<String> PHONE_ONLY = Set.of("heic", "heif");

    static boolean isPicture(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    static boolean isBrowsersOnly(Path file) {
        return BROWSERS_ONLY.contains(extension(file));
    }

    static boolean isPhoneOnly(Path file) {
        return PHONE_ONLY.contains(extension(file));
    }

    /** The name's extension in lower case, or "" for a name without one (or only a leading dot). */
    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    /**
     * Copies {@code picture} to {@code assets/<its name>} and returns that relative path. A file
     * already there with the same bytes is reused; one with other bytes is never overwritten: the
     * copy gets "-2", "-3", ... before the extension. The copy is written to a temporary name and
     * renamed, so an interrupted copy never looks like a picture.
     */
    static String copyIntoAssets(Path portfolioDir, Path picture) throws IOException {
        Path assets = portfolioDir.resolve("assets");
        if (picture.toAbsolutePath().normalize().getParent().equals(assets.toAbsolutePath().normalize())) {
            return "assets/" + picture.getFileName();
        }
        Files.createDirectories(assets);
        String name = picture.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = name.substring(0, dot);
        String extension = name.substring(dot);
        Path target = assets.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            if (Files.mismatch(target, picture) == -1) {
                return "assets/" + target.getFileName();
            }
            target = assets.resolve(stem + "-" + n + extension);
        }
        AtomicFile.copyAsNew(picture, target);
        return "assets/" + target.getFileName();
    }
}
