package org.scholarfolio.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.site.Views.Link;

/**
 * Resolves the addresses a portfolio mentions: absolute web addresses are kept when their scheme is
 * safe, anything else is a file inside the portfolio folder that gets copied (only files that are
 * referenced, and never from outside the folder). Problems become warnings naming the record.
 */
final class SiteAssets {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final List<String> SAFE_SCHEMES = List.of("http", "https", "mailto");

    private final Path portfolioDir;
    private final List<Diagnostic> warnings;
    // Sorted, and safe to fill from the threads that make publication views.
    private final Map<String, Path> copies;

    SiteAssets(Path portfolioDir, List<Diagnostic> warnings) {
        this(portfolioDir.toAbsolutePath().normalize(), warnings, new ConcurrentSkipListMap<>());
    }

    private SiteAssets(Path portfolioDir, List<Diagnostic> warnings, Map<String, Path> copies) {
        this.portfolioDir = portfolioDir;
        this.warnings = warnings;
        this.copies = copies;
    }

    /**
     * The same assets (files found are copied with all others) reporting problems into {@code warnings},
     * so that work done in parallel can hand its warnings over in a stable order.
     */
    SiteAssets reportingTo(List<Diagnostic> warnings) {
        return new SiteAssets(portfolioDir, warnings, copies);
    }

    /**
     * A link for {@code value}: a safe absolute address as it is, or a local file copied into the
     * site (a bare file name lives in {@code assets/}, see {@link AssetPaths}). Empty, with a warning, when unusable.
     */
    Optional<Link> resolve(String label, String value, String record) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (SCHEME.matcher(v).find() || v.startsWith("//")) {
            String scheme = v.startsWith("//") ? "" : v.substring(0, v.indexOf(':')).toLowerCase(Locale.ROOT);
            if (SAFE_SCHEMES.contains(scheme)) {
                return Optional.of(new Link(label, v, false));
            }
            warnings.add(Diagnostic.warning(FieldPath.parse(record), "the address \"" + v + "\" is not a web or mail address; it is left out"));
            return Optional.empty();
        }
        return localFile(v, record).map(path -> new Link(label, encodePath(path), true));
    }

    /** The site path of a file inside the portfolio folder, registered for copying. */
    Optional<String> localFile(String value, String record) {
        return locate(value, record, true);
    }

    /** As {@link #localFile} but silent when there is no such file (the caller reports it). */
    Optional<String> existingFile(String value) {
        return locate(value, "", false);
    }

    private Optional<String> locate(String value, String record, boolean warn) {
        String v = value.strip().replace('\\', '/');
        while (v.startsWith("./") || v.startsWith("/")) {
            v = v.substring(v.startsWith("./") ? 2 : 1);
        }
        int cut = v.indexOf('?') >= 0 ? v.indexOf('?') : v.indexOf('#');
        if (cut >= 0) {
            v = v.substring(0, cut);
        }
        v = AssetPaths.resolve(v);
        Path source;
        try {
            source = portfolioDir.resolve(v).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            if (warn) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record), "\"" + value + "\" is not a usable file name; it is left out"));
            }
            return Optional.empty();
        }
        if (!source.startsWith(portfolioDir) || v.isBlank()) {
            if (warn) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record), "\"" + value + "\" points outside the portfolio folder; it is left out"));
            }
            return Optional.empty();
        }
        String sitePath = portfolioDir.relativize(source).toString().replace('\\', '/');
        if (sitePath.startsWith(".") || sitePath.equals(OutputDirectory.MANIFEST)) {
            if (warn) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record), "\"" + value + "\" is a hidden file; it is left out"));
            }
            return Optional.empty();
        }
        if (!Files.isRegularFile(source)) {
            if (warn) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record), "file " + sitePath + " not found in the portfolio folder; its link is left out"));
            }
            return Optional.empty();
        }
        copies.put(sitePath, source);
        return Optional.of(sitePath);
    }

    /** The portfolio file behind a site path handed out by {@link #localFile}. */
    Path sourceOf(String sitePath) {
        return copies.get(sitePath);
    }

    List<OutputFile> copiedFiles() throws IOException {
        List<OutputFile> files = new ArrayList<>();
        for (Map.Entry<String, Path> e : copies.entrySet()) {
            files.add(new OutputFile(e.getKey(), Files.readAllBytes(e.getValue()), false));
        }
        return files;
    }

    /** Percent-encodes everything but unreserved characters and "/:;()", as DOIs need. */
    static String encodeUrlPart(String part) {
        StringBuilder out = new StringBuilder();
        for (byte b : part.strip().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/:;()".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String encodePath(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
