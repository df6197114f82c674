package org.scholarfolio.model.validation;

/**
 * One thing wrong with a portfolio. {@code path} is the JSON path of the field
 * ({@code publications[3].year}), so the CLI can print it and the editor can focus the field.
 */
public record Problem(Severity severity, String path, String message) {
    public enum Severity { ERROR, WARNING }

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + path + ": " + message;
    }
}
