package org.scholarfolio.importer;

/**
 * Something an import skipped, changed or could not read, with where it happened and a sentence a
 * researcher understands. Every importer (BibTeX, al-folio) reports through this one type.
 * {@code file} is relative to what was imported, with forward slashes; {@code line} is 1-based, 0
 * when not known; {@code field} names the BibTeX field or key concerned, null for a whole entry or file.
 */
public record ImportWarning(String file, int line, Kind kind, String field, String message) {

    /** What kind of finding this is, so that a UI can group them. */
    public enum Kind {
        /** Text that could not be parsed (YAML or BibTeX syntax, impossible date, ...). */
        UNREADABLE,
        /** Something that is present but was not imported (Liquid pages, an exact duplicate, ...). */
        SKIPPED,
        /** Something imported in a changed form (a renamed key, a value kept as text, ...). */
        ADJUSTED,
        /** Something the portfolio needs that the source does not provide. */
        MISSING,
        /** Text copied from the al-folio template and never replaced by the researcher. */
        TEMPLATE_LEFTOVER
    }

    public ImportWarning {
        file = file == null ? "" : file;
        kind = kind == null ? Kind.UNREADABLE : kind;
        message = message == null ? "" : message;
    }

    /** A warning about a whole entry or file rather than one field. */
    public ImportWarning(String file, int line, Kind kind, String message) {
        this(file, line, kind, null, message);
    }

    /** {@code file:line}, or the file alone when the line is not known; empty without a file. */
    public String location() {
        if (file.isEmpty()) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }

    /** {@code file:line (field): message}. */
    @Override
    public String toString() {
        String where = location() + (field == null ? "" : " (" + field + ")");
        return (where.isEmpty() ? "" : where + ": ") + message;
    }
}
