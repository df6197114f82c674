package org.scholarfolio.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a publication has been cited, by whose count and as of which day; the site shows it as
 * text ("Cited by 4,242 · OpenAlex, 3 Dec 2026") so the page never asks a third party.
 */
public record CitationCount(long count, String source, LocalDate fetched) {
    public CitationCount {
        if (count < 0) {
            throw new IllegalArgumentException("a citation count cannot be negative: " + count);
        }
        source = Text.orEmpty(source).strip();
        Objects.requireNonNull(fetched, "fetched");
    }
}
