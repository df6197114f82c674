package org.scholarfolio.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.files.UserFolders;

/**
 * The portfolio the editor opens the very first time, before the user has opened one: the sample
 * beside the source tree when run from a checkout, else the one the native bundle ships next to
 * its jar. A bundled sample sits in a folder the user may not write to (/opt, Program Files), so
 * it is copied once into the user's data folder and that copy is opened; later starts find the
 * copy and never overwrite what the user changed in it.
 */
final class FirstRunSample {
    static final String SAMPLE = "yihua-zhang";

    private final Path workingDir;
    private final Path appDirOrNull;
    private final Path userDataDir;

    FirstRunSample(Path workingDir, Path appDirOrNull, Path userDataDir) {
        this.workingDir = workingDir;
        this.appDirOrNull = appDirOrNull;
        this.userDataDir = userDataDir;
    }

    /** For the running app: the current folder, the folder of the jar, the per-user data folder. */
    static FirstRunSample forThisApp() {
        return new FirstRunSample(Path.of(""), jarFolder(), UserFolders.data());
    }

    /** The portfolio folder to open, or empty when no sample can be found. */
    Optional<Path> portfolio() {
        Path checkout = workingDir.resolve("sample-data").resolve(SAMPLE);
        if (Files.isDirectory(checkout)) {
            return Optional.of(checkout);
        }
        Path copy = userDataDir.resolve("sample-data").resolve(SAMPLE);
        if (Files.isRegularFile(copy.resolve("portfolio.json"))) {
            return Optional.of(copy);
        }
        if (appDirOrNull == null) {
            return Optional.empty();
        }
        Path bundled = appDirOrNull.resolve("sample-data").resolve(SAMPLE);
        if (!Files.isRegularFile(bundled.resolve("portfolio.json"))) {
            return Optional.empty();
        }
        try {
            copyTree(bundled, copy);
            return Optional.of(copy);
        } catch (IOException | UncheckedIOException e) {
            // Read-only but still better than an empty window: saving will ask for a new place.
            return Optional.of(bundled);
        }
    }

    /** Copies into a temporary sibling first, so an interrupted copy is never taken for a sample. */
    private static void copyTree(Path from, Path to) throws IOException {
        AtomicFolder.create(to, partial -> {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : files.toList()) {
                    Path target = partial.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        });
    }

    private static Path jarFolder() {
        try {
            Path location = Path.of(FirstRunSample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.getParent() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
