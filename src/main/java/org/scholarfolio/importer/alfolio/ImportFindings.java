package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.model.Diagnostic;

/**
 * What one site import has collected so far, shared by the parts that read the site: the warnings,
 * the files to copy, and the template leftovers found and dropped.
 */
final class ImportFindings {
    private final boolean dropTemplateLeftovers;
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final List<AssetCopy> assets = new ArrayList<>();
    private int leftovers;
    private int leftoversDropped;

    /** The site folder being read, links followed; null reads any file (a lone file such as a .bib). */
    private Path site;

    ImportFindings(boolean dropTemplateLeftovers) {
        this.dropTemplateLeftovers = dropTemplateLeftovers;
    }

    /**
     * Reads only files inside {@code site} from now on: a news item, a page, {@code _config.yml} or the
     * bibliography that is a link to a file elsewhere (a cloned site's {@code _news/x.md} pointing at
     * {@code ~/.ssh/config}) is reported and not read, so that nothing of it reaches the portfolio and
     * the published site.
     */
    void confineTo(Path site) {
        this.site = site;
    }

    /**
     * Whether {@code file} may be read for the site {@code site}: it does not exist (its reader reports
     * that), or it is inside {@code site} with every link followed.
     */
    static boolean readable(Path site, Path file) {
        return site == null || !Files.exists(file) || ConfinedPath.isInside(site, file);
    }

    void add(Diagnostic warning) {
        warnings.add(warning);
    }

    /** The warning with what the import did about it appended, e.g. {@code "; page skipped"}. */
    void add(Diagnostic warning, String consequence) {
        warnings.add(warning.withMessage(warning.message() + consequence));
    }

    /**
     * Reads and parses a Markdown file with front matter for a news item or a page. Unreadable
     * text or broken front matter is reported (with {@code consequence}, e.g. "; page skipped")
     * and gives empty; keys written twice are reported and the file is still used.
     */
    Optional<FrontMatterFile> readMarkdownFile(Path file, String fileName, String consequence) {
        String text = readText(file, fileName);
        if (text == null) {
            return Optional.empty();
        }
        FrontMatterFile fm = FrontMatterFile.parse(text, fileName);
        if (fm.error.isPresent()) {
            add(fm.error.get(), consequence);
            return Optional.empty();
        }
        fm.duplicateKeys.forEach(this::add);
        return Optional.of(fm);
    }

    void warn(String file, int line, Diagnostic.Kind kind, String message) {
        warnings.add(Diagnostic.imported(file, line, kind, message));
    }

    /** Records a template leftover; returns true when it is to be dropped. */
    boolean leftover(String file, int line, String what) {
        leftovers++;
        if (dropTemplateLeftovers) {
            leftoversDropped++;
        }
        warn(file, line, Diagnostic.Kind.TEMPLATE_LEFTOVER, what
                + (dropTemplateLeftovers ? "; dropped" : "; kept (drop with the template-leftovers option)"));
        return dropTemplateLeftovers;
    }

    /** Records a template leftover that is reported but always kept, whatever the option says. */
    void keptLeftover(String file, int line, String message) {
        leftovers++;
        warn(file, line, Diagnostic.Kind.TEMPLATE_LEFTOVER, message);
    }

    /** A file to copy into the portfolio; the first one named for a target wins. */
    void addAsset(Path source, String target) {
        if (assets.stream().noneMatch(a -> a.target().equals(target))) {
            assets.add(new AssetCopy(source, target));
        }
    }

    /** The file as text: UTF-8, else Latin-1 with a warning; null (and a warning) when it cannot be read. */
    String readText(Path file, String fileName) {
        if (!readable(site, file)) {
            warn(fileName, 0, Diagnostic.Kind.UNREADABLE, "is a link to a file outside the site folder; not read");
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            try {
                warn(fileName, 0, Diagnostic.Kind.UNREADABLE, "not UTF-8; read as Latin-1, check accented letters");
                return Files.readString(file, StandardCharsets.ISO_8859_1);
            } catch (IOException e2) {
                warn(fileName, 0, Diagnostic.Kind.UNREADABLE, "cannot be read: " + e2.getMessage());
                return null;
            }
        } catch (IOException e) {
            warn(fileName, 0, Diagnostic.Kind.UNREADABLE, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    List<Diagnostic> warnings() {
        return warnings;
    }

    List<AssetCopy> assets() {
        return assets;
    }

    int leftovers() {
        return leftovers;
    }

    int leftoversDropped() {
        return leftoversDropped;
    }
}
