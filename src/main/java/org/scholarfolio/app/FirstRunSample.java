package org.scholarfolio.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.files.UserFolders;

/**
 * The portfolio the editor opens the very first time, before the user has opened one: the sample
 * beside the source tree when run from a checkout, else the one the native bundle ships next to
 * its jar, else the one inside the jar (a jar started from any folder). A shipped sample sits where
 * the user may not write (/opt, Program Files, the jar), so it is copied once into the user's data
 * folder and that copy is opened; later starts find the copy and never overwrite what the user
 * changed in it.
 */
final class FirstRunSample {
    static final String SAMPLE = "yihua-zhang";

    private final Path workingDir;
    private final Path appDirOrNull;
    private final Path userDataDir;
    /** The sample inside the jar; looked up only when nothing else is found (it opens the jar as a file system). */
    private final Supplier<Path> inJarOrNull;

    FirstRunSample(Path workingDir, Path appDirOrNull, Path userDataDir, Supplier<Path> inJarOrNull) {
        this.workingDir = workingDir;
        this.appDirOrNull = appDirOrNull;
        this.userDataDir = userDataDir;
        this.inJarOrNull = inJarOrNull;
    }

    /** For the running app: the current folder, the folder of the jar, the per-user data folder, the jar. */
    static FirstRunSample forThisApp() {
        return new FirstRunSample(Path.of(""), jarFolder(), UserFolders.data(), FirstRunSample::inJar);
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
        Path bundled = appDirOrNull == null ? null : appDirOrNull.resolve("sample-data").resolve(SAMPLE);
        if (bundled == null || !Files.isRegularFile(bundled.resolve("portfolio.json"))) {
            bundled = inJarOrNull.get();
        }
        if (bundled == null || !Files.isRegularFile(bundled.resolve("portfolio.json"))) {
            return Optional.empty();
        }
        try {
            copyTree(bundled, copy);
            return Optional.of(copy);
        } catch (IOException | UncheckedIOException e) {
            // Read-only but still better than an empty window: saving will ask for a new place.
            // The jar's copy is no folder the editor can open.
            return bundled.getFileSystem() == FileSystems.getDefault() ? Optional.of(bundled) : Optional.empty();
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

    /** The sample the build puts in the jar (or in the classes folder when run from the build). */
    private static Path inJar() {
        URL url = FirstRunSample.class.getResource("sample/portfolio.json");
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: Path.of finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path jarFolder() {
        try {
            // The jar `java -jar` names: this class is in lib/scholarfolio-app.jar, behind it
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.getParent() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
