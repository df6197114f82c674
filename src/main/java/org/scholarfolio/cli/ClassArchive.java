package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import java.util.zip.CRC32C;

/**
 * The class-data archive of a second JVM that {@link JvmRelaunch} starts (for an export, or for the
 * editor), kept in the user's cache folder: its application classes loaded, parsed and verified
 * once, mapped by every later run of the same kind. Java 17 cannot make one by itself, so the first
 * relaunched run writes it at exit to a name of its own ({@code -XX:ArchiveClassesAtExit}) and it
 * is moved in when that run ends well (exit code 0: it loaded what such a run loads); later runs
 * map it ({@code -XX:SharedArchiveFile}). Each kind of run has archives of its own: an export's
 * classes are not the editor's. Its name holds the jar's place, the size and time of the jar and of
 * every jar its manifest puts on the class path ({@link #jarsKey}), and the Java runtime's, so a new
 * jar or runtime writes a new one (and the old is deleted): the JVM checks the same jars against the
 * archive and, with its archive messages off, quietly runs without one that does not fit. Nothing here ever stops
 * the run: a cache folder that cannot be made or written to, or a JVM that shares no classes itself, means no archive.
 */
record ClassArchive(Path file, Path writing) {
    /** The JVM's own archive messages go to stdout; the run's output is its own. */
    static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds*=off", "-Xlog:class+path*=off");

    /**
     * The archive of a {@code kind} of run ("export", "editor") from {@code jar} in {@code folder},
     * or empty when there can be none: no folder (caches off), the jar unreadable, or a JVM that does not map the JDK's own archive (then it
     * refuses to write one for the application, and fails to start if asked to).
     */
    static Optional<ClassArchive> in(String kind, Path folder, Path jar, String vmInfo, String runtime, long pid) {
        if (folder == null || !vmInfo.contains("sharing")) {
            return Optional.empty();
        }
        try {
            Path absolute = jar.toAbsolutePath().normalize();
            String name = kind + "-" + hex(absolute.toString()) + "-" + hex(jarsKey(absolute) + runtime) + ".jsa";
            Path file = folder.resolve(name);
            return Optional.of(new ClassArchive(file, folder.resolve(name + "." + pid + ".writing")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The size and time of {@code jar} and of every jar its manifest's {@code Class-Path} names, one line each (a jar
     * that is not there as "-"): what the JVM compares with the archive's record of its class path, refusing the archive
     * when one differs (quietly, with its messages off). Keyed by the main jar alone, a jar behind it updated on its own
     * (the application's classes in {@code lib/}, a library replaced) would leave an archive that is refused at every
     * start and never written again. The manifest is read through the class loader's open jar (the zip's directory is
     * not read again); a jar that is no zip, or has no manifest, names no other. Plain loops, no lambdas: this runs in
     * the first JVM before the second starts, where each lambda is a class spun at its first use.
     */
    static String jarsKey(Path jar) throws IOException {
        StringBuilder key = new StringBuilder(2048);
        BasicFileAttributes own = Files.readAttributes(jar, BasicFileAttributes.class); // no jar: no archive
        key.append(own.size()).append(' ').append(own.lastModifiedTime().toMillis()).append('\n');
        String classPath = null;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        } catch (ZipException notAJar) {
            // nothing further on its class path
        }
        if (classPath == null) {
            return key.toString();
        }
        Path folder = jar.getParent();
        int at = 0;
        int length = classPath.length();
        while (at < length) {
            while (at < length && classPath.charAt(at) == ' ') {
                at++;
            }
            int end = at;
            while (end < length && classPath.charAt(end) != ' ') {
                end++;
            }
            if (end > at) {
                Path entry = classPathEntry(folder, classPath.substring(at, end));
                if (entry == null) {
                    key.append("? ").append(classPath, at, end).append('\n');
                } else {
                    appendSizeAndTime(key, entry);
                }
            }
            at = end;
        }
        return key.toString();
    }

    /** A {@code Class-Path} entry as a file beside {@code folder}: a relative address, as Maven writes them, or a file URL. */
    private static Path classPathEntry(Path folder, String entry) {
        try {
            if (entry.indexOf('%') < 0 && entry.indexOf(':') < 0 && entry.charAt(0) != '/') {
                return folder.resolve(entry);
            }
            java.net.URI uri = folder.toUri().resolve(entry);
            return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void appendSizeAndTime(StringBuilder key, Path file) {
        key.append(file).append(' ');
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            key.append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            key.append('-');
        }
        key.append('\n');
    }

    /**
     * The second JVM's options: map the archive when there is one, else write it at exit. Empty
     * when it is missing and cannot be written (the folder cannot be made, or a file cannot be
     * created in it): a JVM that cannot write the archive it was asked for ends with exit code 1.
     */
    List<String> options() {
        if (Files.isRegularFile(file)) {
            return concat("-XX:SharedArchiveFile=" + file);
        }
        try {
            Files.createDirectories(file.getParent());
            deleteAbandoned(file.getParent());
            Files.deleteIfExists(writing);
            Files.createFile(writing); // proof the JVM can create it; it writes the file anew
            return concat("-XX:ArchiveClassesAtExit=" + writing);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * After the second JVM ended: an archive it wrote is moved in when the run succeeded (it
     * covered the classes such a run loads), then older archives of the same jar are deleted;
     * otherwise the partial one is deleted. Failures leave things as they are.
     */
    void settle(int exitCode) {
        try {
            if (exitCode == 0 && Files.size(writing) > 0) {
                Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                deleteOlder();
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException | RuntimeException ignored) {
                // the cache is the user's to clear; the run's result stands
            }
        }
    }

    /** Was this run asked to write the archive (then {@link #settle} has work to do)? */
    boolean writes(List<String> options) {
        return options.contains("-XX:ArchiveClassesAtExit=" + writing);
    }

    /**
     * Deletes archives left half-written by runs whose first JVM is gone: one stopped (a signal, a
     * killed terminal) while its second JVM still wrote at exit, after the first had tidied up.
     */
    static void deleteAbandoned(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jsa.*.writing")) {
            for (Path abandoned : files) {
                String name = abandoned.getFileName().toString();
                String pid = name.substring(name.lastIndexOf(".jsa.") + 5, name.length() - ".writing".length());
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                    Files.deleteIfExists(abandoned);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the cache is the user's to clear; nothing depends on it
        }
    }

    private void deleteOlder() throws IOException {
        String name = file.getFileName().toString();
        String sameJar = name.substring(0, name.lastIndexOf('-') + 1);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), sameJar + "*.jsa")) {
            for (Path other : files) {
                if (!other.equals(file)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static List<String> concat(String option) {
        List<String> options = new ArrayList<>(QUIET.size() + 1);
        options.add(option);
        options.addAll(QUIET);
        return options;
    }

    private static String hex(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
