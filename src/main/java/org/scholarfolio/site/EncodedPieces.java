package org.scholarfolio.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.scholarfolio.files.OutputFile;

/**
 * The UTF-8 bytes of the pieces that {@code publications.bib} is assembled from: each
 * publication's BibTeX, strings the records' kept views hold ({@link ViewCache}). Kept between the
 * exports of one exporter by the strings' identity, so that after one edit only the edited
 * record's pieces are encoded again and the file is written from those bytes, not joined and
 * encoded whole (several MB at 10,000 publications). Only the pieces the last export used are kept.
 */
final class EncodedPieces {
    private IdentityHashMap<String, byte[]> previous = new IdentityHashMap<>();
    private IdentityHashMap<String, byte[]> current = new IdentityHashMap<>();

    /** Starts an export: the pieces the last one used are found again, the others dropped. */
    synchronized void nextExport() {
        previous = current;
        // Sized for as many pieces as last time: grown from empty it was copied a dozen times per export.
        current = new IdentityHashMap<>(Math.max(32, previous.size()));
    }

    /** The UTF-8 bytes of {@code piece}. */
    synchronized byte[] of(String piece) {
        byte[] bytes = current.get(piece);
        if (bytes == null) {
            bytes = previous.get(piece);
            if (bytes == null) {
                bytes = piece.getBytes(StandardCharsets.UTF_8);
            }
            current.put(piece, bytes);
        }
        return bytes;
    }

    /**
     * Bytes added piece by piece, written to the file as they are ({@link OutputFile#ofPieces}): joined
     * into one array, each of the two files was a multi-MB ("humongous") allocation per export.
     */
    static final class Joined {
        private final List<byte[]> parts = new ArrayList<>();

        Joined add(byte[] part) {
            parts.add(part);
            return this;
        }

        Joined add(String ascii) {
            return add(ascii.getBytes(StandardCharsets.UTF_8));
        }

        OutputFile file(String path, boolean page) {
            return OutputFile.ofPieces(path, parts, page);
        }
    }
}
