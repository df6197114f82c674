package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The portfolio reader's one-time set-up, done on another thread ahead of a read: the parser
 * factories made and a parser run once. Jackson's parser base class initializes
 * {@link java.math.BigDecimal} with its own constants, and on Java 25 (the app image's runtime)
 * BigDecimal's class initializer computes a table of the powers 5^(2^k) up to 5^65536, squaring
 * numbers of up to 150,000 bits in the interpreter: 20-25 ms of a fresh process's processor time,
 * which the command line's first read otherwise spent on its own thread before its first byte.
 * Nothing here depends on a file.
 */
public final class ReaderSetUp {
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private ReaderSetUp() {
    }

    /** Sets up the reader's parser; any failure is left for the read itself to meet and report. */
    public static void run() {
        try (JsonParser parser = LocatedJson.streamParser(EMPTY_OBJECT)) {
            while (parser.nextToken() != null) {
                // Read through: the parser's own first-use work is done once here.
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // Best effort, as the other warm-ups.
        }
    }
}
