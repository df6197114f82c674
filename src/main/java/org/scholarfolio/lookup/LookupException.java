package org.scholarfolio.lookup;

/**
 * A lookup that failed, with the identifier it was for and a sentence a researcher understands:
 * {@code doi:10.1000/xyz: doi.org knows no such record (404)}. The kind says whether trying the
 * same request later could help.
 */
public final class LookupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the lookup failed. */
    public enum Kind {
        /** The identifier is malformed, or the service knows no such record. */
        NOT_FOUND,
        /** The service answered, but with something that cannot be used (malformed, huge, hostile). */
        BAD_ANSWER,
        /** The service could not be reached, timed out or refused; later may work. */
        UNAVAILABLE
    }

    private final String identifier;
    private final String reason;
    private final Kind kind;

    public LookupException(String identifier, String reason) {
        this(identifier, reason, Kind.BAD_ANSWER, null);
    }

    public LookupException(String identifier, String reason, Kind kind) {
        this(identifier, reason, kind, null);
    }

    public LookupException(String identifier, String reason, Kind kind, Throwable cause) {
        super(identifier + ": " + reason, cause);
        this.identifier = identifier;
        this.reason = reason;
        this.kind = kind;
    }

    public String identifier() {
        return identifier;
    }

    public String reason() {
        return reason;
    }

    public Kind kind() {
        return kind;
    }
}
