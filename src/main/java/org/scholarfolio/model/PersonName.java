package org.scholarfolio.model;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The researcher's own name as it is shown on the site: given names bold, then the rest. */
public record PersonName(String first, String middle, String last, UnknownFields unknownFields) {
    public static final PersonName EMPTY = new PersonName("", "", "");

    public PersonName(String first, String middle, String last) {
        this(first, middle, last, UnknownFields.NONE);
    }

    public PersonName {
        first = Text.orEmpty(first);
        middle = Text.orEmpty(middle);
        last = Text.orEmpty(last);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public String display() {
        return Stream.of(first, middle, last).filter(s -> !s.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
    }

    public boolean isBlank() {
        return display().isEmpty();
    }
}
