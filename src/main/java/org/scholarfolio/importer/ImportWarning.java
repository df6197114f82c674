package org.scholarfolio.importer;

/**
 * Something an import skipped or guessed, with where it happened and a sentence a researcher
 * understands. {@code field} is null when the warning concerns a whole entry or the file.
 */
public record ImportWarning(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (field == null ? "" : " (" + field + ")") + ": " + message;
    }
}
