package org.scholarfolio.model;

/**
 * A place in a file the app read: the file (relative to what was read, forward slashes), the
 * 1-based line and column (0 when not known) and the key there ({@code crossref} in a BibTeX
 * entry, {@code scholar_userid} in YAML), null when the whole entry or file is meant.
 */
public record SourceLocation(String file, int line, int column, String key) {
    public static final SourceLocation NONE = new SourceLocation("", 0, 0, null);

    public SourceLocation {
        file = Text.orEmpty(file);
        line = Math.max(0, line);
        column = Math.max(0, column);
        key = Text.isBlank(key) ? null : key;
    }

    // Written out, with the generated methods' results: see Diagnostic's.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceLocation s && line == s.line && column == s.column && file.equals(s.file)
                && java.util.Objects.equals(key, s.key);
    }

    @Override
    public int hashCode() {
        return ((file.hashCode() * 31 + Integer.hashCode(line)) * 31 + Integer.hashCode(column)) * 31
                + java.util.Objects.hashCode(key);
    }

    public static SourceLocation of(String file, int line, String key) {
        return new SourceLocation(file, line, 0, key);
    }

    public boolean isEmpty() {
        return file.isEmpty() && key == null;
    }

    /** {@code file:line:column}, {@code file:line} or the file alone, as far as known; "" without a file. */
    public String position() {
        if (file.isEmpty()) {
            return "";
        }
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }

    /** The position followed by the key in parentheses, e.g. {@code papers.bib:12 (crossref)}. */
    @Override
    public String toString() {
        String position = position();
        if (key == null) {
            return position;
        }
        return position.isEmpty() ? "(" + key + ")" : position + " (" + key + ")";
    }
}
