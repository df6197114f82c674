package org.scholarfolio.importer.bibtex;

import java.util.List;

/**
 * One entry as the scanner found it: lower-case type and field names, values with macros and
 * {@code #} concatenation resolved but LaTeX still in place.
 */
record RawEntry(String type, String key, int line, List<RawField> fields) {

    record RawField(String name, String value, int line) {
    }

    RawField field(String name) {
        for (RawField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
