package org.scholarfolio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.validation.LinkRules;

/**
 * The files a portfolio keeps beside its JSON, brought along when it is saved into another folder
 * (Save As): the whole {@code assets/} folder, where the photo, the PDFs and the images its texts
 * show live, and each file its fields name elsewhere in its folder. A file already in the new folder
 * is never replaced; one that differs from the portfolio's is named, so that the person can look.
 */
public final class PortfolioAssets {
    /** How many files were copied, and a sentence for each one that was not. */
    public record Copied(int files, List<String> leftOut) {
        public Copied {
            leftOut = List.copyOf(leftOut);
        }
    }

    private PortfolioAssets() {
    }

    /** Copies {@code portfolio}'s files from the folder it was saved in to {@code toFolder}. */
    public static Copied copy(Portfolio portfolio, Path fromFolder, Path toFolder) throws IOException {
        Path from = fromFolder.toAbsolutePath().normalize();
        Path to = toFolder.toAbsolutePath().normalize();
        Set<String> files = new LinkedHashSet<>(filesUnder(from, AssetPaths.ASSETS_DIR));
        files.addAll(namedBy(portfolio));
        int copied = 0;
        List<String> leftOut = new ArrayList<>();
        for (String file : files) {
            Path source = from.resolve(file).normalize();
            Path target = to.resolve(file).normalize();
            if (!Files.isRegularFile(source)) {
                continue; // a name without its file: the validator says so, in both folders alike
            }
            if (!ConfinedPath.isInside(from, source) || ConfinedPath.writeEscapes(to, Path.of(file))) {
                leftOut.add(file + " leads out of the portfolio folder; not copied");
            } else if (Files.exists(target)) {
                if (Files.mismatch(source, target) != -1L) {
                    leftOut.add(file + " was already in " + to + " and differs from the portfolio's; that one was kept");
                }
            } else {
                AtomicFile.copyAsNew(source, target);
                copied++;
            }
        }
        return new Copied(copied, leftOut);
    }

    /**
     * The files inside its folder that the portfolio's fields name (photo, link buttons, previews,
     * custom social links), relative to the folder, as the site finds them ({@link AssetPaths}).
     */
    static Set<String> namedBy(Portfolio portfolio) {
        Set<String> named = new LinkedHashSet<>();
        if (portfolio.profile().photo() != null) {
            addLocal(portfolio.profile().photo().path(), named);
        }
        for (SocialLink s : portfolio.profile().socialLinks()) {
            if (s.knownKind().isEmpty()) {
                addLocal(s.url(), named);
            }
        }
        List<PublicationField> verbatim = Arrays.stream(PublicationField.values())
                .filter(f -> f.kind() == PublicationField.Kind.VERBATIM).toList();
        for (Publication p : portfolio.publications()) {
            p.links().values().values().forEach(link -> addLocal(link, named));
            p.links().own().forEach(link -> addLocal(link.url(), named));
            verbatim.forEach(f -> addLocal(p.text(f), named));
        }
        return named;
    }

    private static void addLocal(String value, Set<String> named) {
        if (value == null || !LinkRules.isRelative(value) || LinkRules.isPlaceholder(value)
                || !LinkRules.isInsideFolder(value)) {
            return;
        }
        String path = AssetPaths.resolve(value).split("[?#]", 2)[0];
        if (!path.isBlank()) {
            named.add(path);
        }
    }

    /** The files under {@code folder} of {@code root}, relative to {@code root} with forward slashes. */
    private static List<String> filesUnder(Path root, String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
