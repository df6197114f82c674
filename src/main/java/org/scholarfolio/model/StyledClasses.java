package org.scholarfolio.model;

import java.util.Set;

/**
 * The HTML classes a block of a portfolio's Markdown may carry ({@code <div class="text-center">})
 * that every exported site styles: text alignment, and al-folio's coloured quote boxes. The importer
 * keeps a kramdown attribute list naming one of these and drops the others, which no site would show.
 */
public final class StyledClasses {
    /** Bootstrap's text alignment, as al-folio writes it ({@code {: .text-center}}). */
    public static final Set<String> ALIGNMENT = Set.of("text-left", "text-center", "text-right", "text-justify");
    /** al-folio's quote boxes ({@code > text} then {@code {: .block-tip}}). */
    public static final Set<String> QUOTE_BOXES = Set.of("block-tip", "block-warning", "block-danger");

    private StyledClasses() {
    }

    /** True for a class every site's stylesheet styles on a block. */
    public static boolean onBlock(String className) {
        return ALIGNMENT.contains(className) || QUOTE_BOXES.contains(className);
    }
}
