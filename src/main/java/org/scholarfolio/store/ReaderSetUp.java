package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The portfolio reader's one-time set-up, done on another thread ahead of a read: its parser's class
 * loaded and run once. A saved file is read by {@link ByteJsonParser}, so this no longer sets up
 * Jackson's parser, whose base class initializes {@link java.math.BigDecimal} (on Java 25 its class
 * initializer computes 5^65536: 20-25 ms of a fresh process's processor time); a file that parser
 * gives way on pays that in its second reading. Nothing here depends on a file.
 */
public final class ReaderSetUp {
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private ReaderSetUp() {
    }

    /** Sets up the reader's parser; any failure is left for the read itself to meet and report. */
    public static void run() {
        try (JsonParser parser = ByteJsonParser.of(EMPTY_OBJECT)) {
            while (parser.nextToken() != null) {
                // Read through: the parser's own first-use work is done once here.
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // Best effort, as the other warm-ups.
        }
    }
}
