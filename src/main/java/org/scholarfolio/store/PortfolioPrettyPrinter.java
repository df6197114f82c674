package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * The layout of {@code portfolio.json}: two spaces per level, {@code "name": value}, empty objects
 * and lists as {@code {}} and {@code []}. It writes what Jackson's {@code DefaultPrettyPrinter} with a
 * {@code DefaultIndenter("  ", "\n")} writes, but each line's start and the {@code ": "} as bytes made
 * once and copied out whole: Jackson's writes them as characters, checked and converted one at a
 * time on each of a large file's million lines (a tenth of a save's processor time on the quick
 * compiler).
 */
final class PortfolioPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final SerializedString NAME_VALUE = new SerializedString(": ");
    private static final Indenter LINES = new Lines();

    PortfolioPrettyPrinter() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        _objectIndenter = LINES;
        _arrayIndenter = LINES;
    }

    private PortfolioPrettyPrinter(PortfolioPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new PortfolioPrettyPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(NAME_VALUE);
    }

    /** A line break and two spaces per level. */
    private static final class Lines implements Indenter {
        private static final int LEVELS = 32;
        private static final SerializedString[] STARTS = new SerializedString[LEVELS];
        private static final DefaultIndenter DEEPER = new DefaultIndenter("  ", "\n");

        static {
            for (int level = 0; level < LEVELS; level++) {
                STARTS[level] = new SerializedString("\n" + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level >= 0 && level < LEVELS) {
                g.writeRaw(STARTS[level]);
            } else {
                DEEPER.writeIndentation(g, level);
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
