package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * A file named in a site's text with its accents in another Unicode form than the file's own name:
 * a .bib written on macOS names "Adrià.pdf" with a separate accent mark (decomposed), while git
 * stored the file with the composed letter. Both forms read the same to a person; on Linux only the
 * exact bytes open the file.
 */
final class UnicodeFileNames {
    private UnicodeFileNames() {
    }

    /** {@code relative} in the other Unicode form when only that form is a file under {@code folder}, else null. */
    static String otherForm(Path folder, String relative) {
        for (Normalizer.Form form : new Normalizer.Form[] {Normalizer.Form.NFC, Normalizer.Form.NFD}) {
            String other = Normalizer.normalize(relative, form);
            if (!other.equals(relative)) {
                Path file = folder.resolve(other).normalize();
                if (file.startsWith(folder.normalize()) && Files.isRegularFile(file)) {
                    return other;
                }
            }
        }
        return null;
    }
}
