package org.scholarfolio.importer.alfolio;

/**
 * Something the importer noticed and could not (or chose not to) carry over. {@code file} is
 * relative to the site folder with forward slashes; {@code line} is 1-based, 0 when not known.
 */
public record ImportWarning(String file, int line, Kind kind, String message) {

    /** What kind of finding this is, so that a UI can group them. */
    public enum Kind {
        /** A file could not be parsed (YAML syntax, impossible date, ...). */
        UNREADABLE,
        /** Something that is present but was not imported (Liquid pages, unknown keys, ...). */
        SKIPPED,
        /** Something the portfolio needs that the site does not provide. */
        MISSING,
        /** Text copied from the al-folio template and never replaced by the researcher. */
        TEMPLATE_LEFTOVER
    }

    public ImportWarning {
        file = file == null ? "" : file;
        message = message == null ? "" : message;
    }

    /** {@code file:line: message}, or without the line when it is not known. */
    public String location() {
        if (file.isEmpty()) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        String where = location();
        return (where.isEmpty() ? "" : where + ": ") + message;
    }
}
