package org.scholarfolio.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A file beyond the JSON reader's limits (values nested more than 1,000 deep, a text of more than 20
 * million characters, a field name of more than 50,000, a number of more than 1,000 digits) told as
 * the other errors are: with its line, column and field, in a sentence. The reader's own report has
 * no place (Jackson's {@link StreamConstraintsException} carries no location) and names the
 * reader's settings ({@code StreamReadConstraints.getMaxNestingDepth()}), so the file is read again
 * up to the value that broke the limit, which is where the first reading stopped.
 */
final class JsonLimits {
    /**
     * The store's readers' limits: Jackson's defaults, but texts and names as long as Java holds. The
     * writer writes any text a person typed or pasted, and the store's own parser reads any; Jackson's
     * 20,000,000-character default made a file with a longer bio load or be refused depending on its
     * size (files held in chunks go to Jackson), and a journal line with such a text was left out of
     * a recovery. A BibTeX field name is kept as a JSON name, so names are not limited either. The
     * nesting stays at 1,000 levels (a saved portfolio nests 6) and a number at 1,000 digits.
     */
    static final StreamReadConstraints READ = StreamReadConstraints.builder()
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .build();

    /** The path of a value nested deeper than this is cut: 1,000 levels would be a line of 3,000 characters. */
    private static final int PATH_LEVELS = 6;

    private JsonLimits() {
    }

    static PortfolioLoadException beyond(Path file, FileBytes bytes, StreamConstraintsException e) {
        StreamReadConstraints limits = READ;
        String reason = reason(e.getOriginalMessage(), limits);
        try (JsonParser p = LocatedJson.streamParser(bytes)) {
            while (true) {
                try {
                    JsonToken t = p.nextToken();
                    if (t == null) {
                        break;
                    }
                    if (t == JsonToken.VALUE_STRING) {
                        p.getText(); // a text's length is checked when it is read
                    }
                } catch (StreamConstraintsException again) {
                    JsonLocation at = p.currentTokenLocation();
                    return new PortfolioLoadException(file, PortfolioLoadException.Kind.SYNTAX, at.getLineNr(),
                            at.getColumnNr(), path(p.getParsingContext()), reason, e);
                }
            }
        } catch (IOException other) {
            // An error before the limit's place: the first reading would have reported that one.
        }
        return new PortfolioLoadException(file, PortfolioLoadException.Kind.SYNTAX, 0, 0, "", reason, e);
    }

    private static String reason(String jackson, StreamReadConstraints limits) {
        String m = jackson == null ? "" : jackson.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return String.format(Locale.ROOT, "lists and objects are nested more than %,d levels deep here; no portfolio is,"
                    + " so the file is not read (it is left unchanged)", limits.getMaxNestingDepth());
        }
        if (m.contains("string value length")) {
            return String.format(Locale.ROOT, "this text is longer than %,d characters, more than any field can hold,"
                    + " so the file is not read (it is left unchanged)", limits.getMaxStringLength());
        }
        if (m.contains("name length")) {
            return String.format(Locale.ROOT, "a field's name is longer than %,d characters, so the file is not read"
                    + " (it is left unchanged)", limits.getMaxNameLength());
        }
        if (m.contains("number value length")) {
            return String.format(Locale.ROOT, "a number has more than %,d digits, so the file is not read"
                    + " (it is left unchanged)", limits.getMaxNumberLength());
        }
        return "is too large to read (" + jackson + "); the file is left unchanged";
    }

    /** The field path ({@code publications[3].title}) of the value {@code context} is in, cut after a few levels. */
    static String path(JsonStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.push("." + c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        int level = 0;
        for (String step : steps) {
            if (level++ == PATH_LEVELS) {
                path.append("...");
                break;
            }
            path.append(step);
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
