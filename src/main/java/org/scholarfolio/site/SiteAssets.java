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

import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.files.OutputFile;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.validation.LinkRules;
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
    private final Map<String, Path> moved;
    // What this view of the assets placed, when it records (see recordingTo), else null.
    private final Placed placed;

    /**
     * The files one piece of work (a publication's views, a news item's) placed in the site, so
     * that work can be kept between exports and its files placed again without redoing it.
     *
     * @param copies every file placed, by site path
     * @param moved  those placed at a site path other than their path in the portfolio folder
     */
    record Placed(Map<String, Path> copies, Map<String, Path> moved) {
        Placed() {
            this(new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
        }
    }

    SiteAssets(Path portfolioDir, List<Diagnostic> warnings) {
        this(portfolioDir.toAbsolutePath().normalize(), warnings, new ConcurrentSkipListMap<>(),
                new ConcurrentSkipListMap<>(), null);
    }

    private SiteAssets(Path portfolioDir, List<Diagnostic> warnings, Map<String, Path> copies, Map<String, Path> moved,
                       Placed placed) {
        this.portfolioDir = portfolioDir;
        this.warnings = warnings;
        this.copies = copies;
        this.moved = moved;
        this.placed = placed;
    }

    /**
     * The same assets (files found are copied with all others) reporting problems into {@code warnings},
     * so that work done in parallel can hand its warnings over in a stable order.
     */
    SiteAssets reportingTo(List<Diagnostic> warnings) {
        return new SiteAssets(portfolioDir, warnings, copies, moved, null);
    }

    /** As {@link #reportingTo}, also noting in {@code placed} every file it places. */
    SiteAssets recordingTo(List<Diagnostic> warnings, Placed placed) {
        return new SiteAssets(portfolioDir, warnings, copies, moved, placed);
    }

    /** Places again the files a piece of work placed in an earlier export (see {@link Placed}). */
    void placeAgain(Placed again) {
        again.copies().forEach(copies::put);
        again.moved().forEach(moved::put);
    }

    /**
     * A link for {@code value}: a safe absolute address as it is, or a local file copied into the
     * site (a bare file name lives in {@code assets/}, see {@link AssetPaths}). Empty, with a warning, when unusable.
     */
    Optional<Link> resolve(String label, String value, String record) {
        return resolveInto(label, value, record, null);
    }

    /**
     * As {@link #resolve}, but a local file is copied into {@code folder} (a site path ending in
     * "/") under its own name: a paper's PDF, preview and supplement sit beside its page, where
     * Google Scholar looks for them. A null folder keeps the file at its path in the portfolio.
     */
    Optional<Link> resolveInto(String label, String value, String record, String folder) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (SCHEME.matcher(v).find() || v.startsWith("//")) {
            String scheme = v.startsWith("//") ? "" : v.substring(0, v.indexOf(':')).toLowerCase(Locale.ROOT);
            Optional<String> badHost = LinkRules.hostProblem(v);
            if (badHost.isPresent()) {
                // No encoding makes such a host valid: the page would hold an address that goes nowhere.
                warnings.add(Diagnostic.warning(FieldPath.parse(record), badHost.get() + "; it is left out"));
                return Optional.empty();
            }
            if (SAFE_SCHEMES.contains(scheme)) {
                return Optional.of(new Link(label, encodeIllegal(v), false));
            }
            warnings.add(Diagnostic.warning(FieldPath.parse(record), "the address \"" + v + "\" is not a web or mail address; it is left out"));
            return Optional.empty();
        }
        return find(v, record, true).map(path -> new Link(label, encodePath(place(path, folder)), true));
    }

    /** The site path of a file inside the portfolio folder, registered for copying. */
    Optional<String> localFile(String value, String record) {
        return localFileInto(value, record, null);
    }

    /** As {@link #localFile}, copied into {@code folder} (see {@link #resolveInto}). */
    Optional<String> localFileInto(String value, String record, String folder) {
        return find(value, record, true).map(path -> place(path, folder));
    }

    /**
     * Registers the portfolio file at {@code path} for copying, to the same path or, with a
     * folder, into it under its own name. Two different files of the same name in one folder get
     * "-2", "-3"; index.html is never taken (a server would show it as the folder's page).
     */
    private String place(String path, String folder) {
        Path source = portfolioDir.resolve(path);
        if (folder == null) {
            copies.put(path, source);
            if (placed != null) {
                placed.copies().put(path, source);
            }
            return path;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            String candidate = folder + (n == 1 ? name : stem + "-" + n + extension);
            if (candidate.equals(folder + "index.html")) {
                continue;
            }
            Path taken = copies.putIfAbsent(candidate, source);
            if (taken == null || taken.equals(source)) {
                moved.put(candidate, source);
                if (placed != null) {
                    placed.copies().put(candidate, source);
                    placed.moved().put(candidate, source);
                }
                return candidate;
            }
        }
    }

    /** Files copied to a site path other than their path in the portfolio folder, by site path. */
    Map<String, Path> moved() {
        return Map.copyOf(moved);
    }

    /** As {@link #localFile} but silent when there is no such file (the caller reports it). */
    Optional<String> existingFile(String value) {
        return find(value, "", false).map(path -> place(path, null));
    }

    /** The file's path in the portfolio folder, when it is a file there that may be published. */
    private Optional<String> find(String value, String record, boolean warn) {
        if (LinkRules.isPlaceholder(value)) {
            if (warn) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record), "\"" + value.strip()
                        + "\" leads nowhere (a placeholder for an address to come); its link is left out"));
            }
            return Optional.empty();
        }
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
        if (sitePath.startsWith(".") || sitePath.equals(SiteExporter.MANIFEST.fileName())) {
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
        if (!ConfinedPath.isInside(portfolioDir, source)) {
            if (warn) {
                warnings.add(Diagnostic.warning(FieldPath.parse(record), sitePath
                        + " is a link to a file outside the portfolio folder; it is left out"));
            }
            return Optional.empty();
        }
        return Optional.of(sitePath);
    }

    /** The portfolio file behind a site path handed out by {@link #localFile}. */
    Path sourceOf(String sitePath) {
        return copies.get(sitePath);
    }

    List<OutputFile> copiedFiles() throws IOException {
        List<OutputFile> files = new ArrayList<>();
        for (Map.Entry<String, Path> e : copies.entrySet()) {
            files.add(OutputFile.copyOf(e.getKey(), e.getValue()));
        }
        return files;
    }

    private static final String HEX = "0123456789ABCDEF";

    /** Percent-encodes everything but unreserved characters and "/:;()", as DOIs need. */
    static String encodeUrlPart(String part) {
        StringBuilder out = new StringBuilder();
        for (byte b : part.strip().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/:;()".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
        return out.toString();
    }

    /**
     * An address with the characters no URL may hold (space, quotes, angle brackets, controls, as a
     * pasted link may carry them) percent-encoded, as a browser sends it when followed; the page's
     * attribute is then a valid URL. Everything else, "%" included, stays as written.
     */
    static String encodeIllegal(String address) {
        StringBuilder out = null;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean illegal = c <= 0x20 || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0;
            if (illegal && out == null) {
                out = new StringBuilder(address.length() + 8).append(address, 0, i);
            }
            if (illegal) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? address : out.toString();
    }

    static String encodePath(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
