package org.scholarfolio.ui.export;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scholarfolio.ui.RecentPortfolios;

/**
 * The folder each portfolio was last exported to, newest first, at most {@link #MAX}: one global
 * "last folder" offered a second portfolio the first one's site, and the export would have replaced
 * it. A portfolio is known by its folder's real path, so a link or a relative path names the same one.
 */
public record ExportFolders(Map<Path, Path> byPortfolio) {
    /** As many as the recent portfolios: an export folder older than those is rarely wanted again. */
    public static final int MAX = RecentPortfolios.MAX;
    public static final ExportFolders NONE = new ExportFolders(Map.of());

    public ExportFolders {
        // Copied in order (Map.copyOf would lose which came last).
        byPortfolio = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byPortfolio));
    }

    /** The folder the portfolio in {@code portfolioFile} was last exported to, or null. */
    public Path folderFor(Path portfolioFile) {
        return portfolioFile == null ? null : byPortfolio.get(key(portfolioFile));
    }

    /** These, with {@code folder} as the last export folder of {@code portfolioFile}, first; the oldest beyond {@link #MAX} dropped. */
    public ExportFolders with(Path portfolioFile, Path folder) {
        Path key = key(portfolioFile);
        LinkedHashMap<Path, Path> next = new LinkedHashMap<>();
        next.put(key, folder.toAbsolutePath().normalize());
        byPortfolio.forEach((k, v) -> {
            if (!k.equals(key) && next.size() < MAX) {
                next.put(k, v);
            }
        });
        return new ExportFolders(next);
    }

    /** One line a portfolio: its folder, a tab, its export folder. */
    public String format() {
        List<String> lines = new ArrayList<>();
        byPortfolio.forEach((k, v) -> lines.add(k + "\t" + v));
        return String.join("\n", lines);
    }

    /**
     * Read from {@link #format()}'s text; a line this system cannot read (no tab, a path it cannot
     * name) is skipped rather than failing the rest.
     */
    public static ExportFolders parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        LinkedHashMap<Path, Path> read = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1 || read.size() >= MAX) {
                continue;
            }
            try {
                read.putIfAbsent(Path.of(line.substring(0, tab)), Path.of(line.substring(tab + 1)));
            } catch (InvalidPathException e) {
                // Another system's path: nothing to offer for it here.
            }
        }
        return new ExportFolders(read);
    }

    /** The portfolio's folder, by its real path when it exists (a link and its target are one portfolio). */
    static Path key(Path portfolioFile) {
        Path folder = portfolioFile.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            folder = portfolioFile.toAbsolutePath().normalize();
        }
        try {
            return folder.toRealPath();
        } catch (IOException | SecurityException e) {
            return folder;
        }
    }
}
