package org.scholarfolio.math;

/** A formula that cannot be typeset; the message says why, in the typesetter's words. */
public final class MathSyntaxException extends RuntimeException {
    public MathSyntaxException(String message) {
        super(message);
    }
}
