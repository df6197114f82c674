package org.scholarfolio.model;

import java.util.Locale;

/**
 * One thing the app has to tell a researcher about their data, from any part of it: a broken
 * validation rule, something an import skipped or changed, something the export left out. Each
 * says how serious it is, where it is (the file, line and column it was read from, when known, and
 * the portfolio field it concerns, so that the editor can open that field) and a sentence.
 */
public record Diagnostic(Severity severity, Kind kind, SourceLocation source, FieldPath field, String message) {
    public enum Severity { ERROR, WARNING }

    /** What kind of finding this is, so that a list can group them. */
    public enum Kind {
        /** A rule the portfolio breaks (validation) or a value the export could not use. */
        RULE,
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

    public Diagnostic {
        severity = severity == null ? Severity.WARNING : severity;
        kind = kind == null ? Kind.RULE : kind;
        source = source == null ? SourceLocation.NONE : source;
        field = field == null ? FieldPath.NONE : field;
        message = Text.orEmpty(message);
    }

    // Written out (the generated ones are linked on their first call, costly in a fresh process),
    // with the generated methods' results: an export's warnings are a set of these.
    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && severity == d.severity && kind == d.kind && source.equals(d.source)
                && field.equals(d.field) && message.equals(d.message);
    }

    @Override
    public int hashCode() {
        return (((severity.hashCode() * 31 + kind.hashCode()) * 31 + source.hashCode()) * 31 + field.hashCode()) * 31
                + message.hashCode();
    }

    public static Diagnostic error(FieldPath field, String message) {
        return new Diagnostic(Severity.ERROR, Kind.RULE, SourceLocation.NONE, field, message);
    }

    public static Diagnostic warning(FieldPath field, String message) {
        return new Diagnostic(Severity.WARNING, Kind.RULE, SourceLocation.NONE, field, message);
    }

    /** An import finding at {@code file:line}, about the source's {@code key} (null for the whole entry or file). */
    public static Diagnostic imported(String file, int line, Kind kind, String key, String message) {
        return new Diagnostic(Severity.WARNING, kind, SourceLocation.of(file, line, key), FieldPath.NONE, message);
    }

    /** An import finding about a whole entry or file. */
    public static Diagnostic imported(String file, int line, Kind kind, String message) {
        return imported(file, line, kind, null, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding about another portfolio field. */
    public Diagnostic withField(FieldPath newField) {
        return new Diagnostic(severity, kind, source, newField, message);
    }

    /** The same finding with another message (e.g. prefixed with the file it came from). */
    public Diagnostic withMessage(String newMessage) {
        return new Diagnostic(severity, kind, source, field, newMessage);
    }

    public Diagnostic withSource(SourceLocation newSource) {
        return new Diagnostic(severity, kind, newSource, field, message);
    }

    /** The portfolio field as text, e.g. {@code publications[3].year}; "" when none. */
    public String path() {
        return field.toString();
    }

    /** Where, as far as known: {@code file:line (key)}, the field path, or both. */
    public String where() {
        String src = source.toString();
        String path = field.toString();
        if (src.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? src : src + " " + path;
    }

    /** {@code error publications[3].year: message}: the severity, where, and the sentence. */
    public String describe() {
        return severity.name().toLowerCase(Locale.ROOT) + " " + this;
    }

    /** {@code where: message}, or the message alone when nothing is known about where. */
    @Override
    public String toString() {
        String where = where();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
