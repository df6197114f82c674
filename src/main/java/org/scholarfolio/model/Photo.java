package org.scholarfolio.model;

/**
 * The profile picture: a path relative to the portfolio folder (normally under {@code assets/}),
 * which side of the bio it floats to, and whether it is cropped to a circle.
 */
public record Photo(String path, Align align, boolean circular, String alt, UnknownFields unknownFields) {
    public enum Align { LEFT, RIGHT }

    public Photo(String path, Align align, boolean circular, String alt) {
        this(path, align, circular, alt, UnknownFields.NONE);
    }

    public Photo {
        path = Text.orEmpty(path);
        align = align == null ? Align.RIGHT : align;
        alt = Text.orEmpty(alt);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }
}
