package org.scholarfolio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;
import org.scholarfolio.importer.alfolio.AlfolioSiteWriter;
import org.scholarfolio.importer.alfolio.AssetCopy;
import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.AtomicFolder;
import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.files.ContentHash;

/**
 * Where the export commands may write, and writing there without ever leaving half a file: a single
 * file is replaced atomically; a site folder is built beside its target and moved into place when the
 * folder is new or empty, and otherwise written file by file, each atomically, leaving every other
 * file in it alone.
 */
final class ExportFiles {
    private ExportFiles() {
    }

    /** Why a single output file may not be written, or empty when it may. */
    static Optional<String> refuseFile(Path out, boolean force) {
        if (Files.isDirectory(out)) {
            return Optional.of(out + " is a folder; name the file to write");
        }
        if (Files.exists(out) && !force) {
            return Optional.of(out + " already exists; use --force to replace it");
        }
        return Optional.empty();
    }

    static void writeFile(Path out, String text) throws IOException {
        AtomicFile.write(out, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why a site folder may not be written, or empty when it may: never the portfolio's own folder or
     * one holding it; a folder with files in it only when an earlier export wrote it, or with --force.
     */
    static Optional<String> refuseSiteFolder(Path out, Path portfolioFolder, boolean force) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        Path p = portfolioFolder.toAbsolutePath().normalize();
        if (p.startsWith(o) || o.startsWith(p.resolve("assets"))) {
            return Optional.of(out + " holds the portfolio itself; choose another folder");
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            return Optional.of(out + " is a file, not a folder");
        }
        if (isEmptyOrMissing(o) || force) {
            return Optional.empty();
        }
        Path config = o.resolve("_config.yml");
        if (Files.isRegularFile(config)) {
            try (Stream<String> lines = Files.lines(config, StandardCharsets.UTF_8)) {
                if (lines.findFirst().filter(AlfolioSiteWriter.MARKER::equals).isPresent()) {
                    return Optional.empty();
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable config: treat the folder as someone else's
            }
        }
        return Optional.of(out + " already holds files that Scholarfolio did not write; use --force to write"
                + " the site's files into it (other files are left alone)");
    }

    /** Writes the site; returns how many files of an earlier export were removed as no longer written. */
    static int writeSite(Path out, AlfolioSiteWriter.AlfolioSite site) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        if (!isEmptyOrMissing(o)) {
            ExportManifest before = ExportManifest.read(o);
            ExportManifest now = writeInto(o, site);
            int removed = before.removeFilesNotIn(now, o);
            AtomicFile.write(o.resolve(ExportManifest.FILE_NAME), now.bytes());
            return removed;
        }
        AtomicFolder.create(o, staging -> {
            ExportManifest now = writeInto(staging, site);
            AtomicFile.write(staging.resolve(ExportManifest.FILE_NAME), now.bytes());
        });
        return 0;
    }

    private static ExportManifest writeInto(Path dir, AlfolioSiteWriter.AlfolioSite site) throws IOException {
        ExportManifest manifest = ExportManifest.empty();
        for (AlfolioSiteWriter.SiteFile f : site.files()) {
            byte[] bytes = f.text().getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(inside(dir, f.path()), bytes);
            manifest.add(f.path(), bytes);
        }
        for (AssetCopy a : site.assets()) {
            Path target = inside(dir, a.target());
            AtomicFile.copy(a.source(), target);
            manifest.add(a.target(), ContentHash.ofFile(target));
        }
        return manifest;
    }

    private static Path inside(Path dir, String relative) throws IOException {
        Path target = dir.resolve(relative).normalize();
        if (!target.startsWith(dir) || ConfinedPath.writeEscapes(dir, Path.of(relative))) {
            throw new IOException(relative + " would be outside " + dir);
        }
        return target;
    }

    private static boolean isEmptyOrMissing(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
