package org.scholarfolio.store;

import java.nio.file.Path;

/**
 * A portfolio file that cannot be read. The message names the file, the line and column (when
 * known) and the JSON path of the field, in a sentence a researcher can act on.
 */
public final class PortfolioLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why loading failed; the CLI and the editor react differently to a newer file. */
    public enum Kind { UNREADABLE, SYNTAX, INVALID_FIELD, NEWER_VERSION }

    private final transient Path file;
    private final Kind kind;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String reason;

    public PortfolioLoadException(Path file, Kind kind, int line, int column, String jsonPath,
                                  String reason, Throwable cause) {
        super(format(file, line, column, jsonPath, reason), cause);
        this.file = file;
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath == null ? "" : jsonPath;
        this.reason = reason;
    }

    private static String format(Path file, int line, int column, String jsonPath, String reason) {
        StringBuilder sb = new StringBuilder().append(file);
        if (line > 0) {
            sb.append(", line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (jsonPath != null && !jsonPath.isEmpty()) {
            sb.append(", field ").append(jsonPath);
        }
        return sb.append(": ").append(reason).toString();
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String jsonPath() {
        return jsonPath;
    }

    public String reason() {
        return reason;
    }
}
