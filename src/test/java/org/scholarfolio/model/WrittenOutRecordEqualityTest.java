package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The written-out equality of {@link Publication}, {@link Author} and {@link UnknownFields}: every component counts,
 * equal ones hash alike, and none of them links the generated methods' bootstrap.
 */
class WrittenOutRecordEqualityTest {
    private static final UnknownFields EXTRA = new UnknownFields(Map.of("x-note", TextNode.valueOf("kept")));

    private static Author author(String given, String von, String family, String jr, boolean equal, boolean corresponding,
            String marks, String url, UnknownFields unknown) {
        return new Author(given, von, family, jr, equal, corresponding, marks, url, unknown);
    }

    private static Author author() {
        return author("Ada", "de", "Lovelace", "Jr", true, false, "‡", "https://a.example", EXTRA);
    }

    private static Publication publication(String key, String type, List<Author> authors, boolean andOthers, Integer year,
            Integer month, boolean selected, boolean bibtexShow, Map<PublicationField, String> texts, PublicationLinks links,
            PublicationBadges badges, CitationCount citations, Map<String, String> bibtex, UnknownFields unknown) {
        return new Publication(key, type, authors, andOthers, year, month, selected, bibtexShow, texts, links, badges, citations,
                bibtex, unknown);
    }

    private static final Map<PublicationField, String> TEXTS = Map.of(PublicationField.TITLE, "Notes", PublicationField.JOURNAL, "J");
    private static final PublicationLinks LINKS = PublicationLinks.of(Map.of(LinkKind.PDF, "notes.pdf"));
    private static final PublicationBadges BADGES = new PublicationBadges("10.1/x", "", "", "");
    private static final CitationCount CITED = new CitationCount(12, "openalex", LocalDate.of(2026, 1, 2));

    private static Publication publication() {
        return publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, true, TEXTS, LINKS, BADGES, CITED,
                Map.of("series", "S"), EXTRA);
    }

    @Test
    void equalComponentsAreEqualWithOneHash() {
        assertThat(author()).isEqualTo(author()).hasSameHashCodeAs(author()).isNotSameAs(author());
        assertThat(publication()).isEqualTo(publication()).hasSameHashCodeAs(publication());
        // The constructors' normal forms count, not what was passed: a null text is an empty one.
        assertThat(author(null, null, "Lovelace", null, false, false, null, null, null))
                .isEqualTo(author("", "", "Lovelace", "", false, false, "", "", UnknownFields.NONE));
    }

    @Test
    void anyComponentApartMakesThemUnequal() {
        Author a = author();
        assertThat(List.of(author("Ad", "de", "Lovelace", "Jr", true, false, "‡", "https://a.example", EXTRA),
                author("Ada", "", "Lovelace", "Jr", true, false, "‡", "https://a.example", EXTRA),
                author("Ada", "de", "Byron", "Jr", true, false, "‡", "https://a.example", EXTRA),
                author("Ada", "de", "Lovelace", "", true, false, "‡", "https://a.example", EXTRA),
                author("Ada", "de", "Lovelace", "Jr", false, false, "‡", "https://a.example", EXTRA),
                author("Ada", "de", "Lovelace", "Jr", true, true, "‡", "https://a.example", EXTRA),
                author("Ada", "de", "Lovelace", "Jr", true, false, "§", "https://a.example", EXTRA),
                author("Ada", "de", "Lovelace", "Jr", true, false, "‡", "https://b.example", EXTRA),
                author("Ada", "de", "Lovelace", "Jr", true, false, "‡", "https://a.example", UnknownFields.NONE)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(a));

        Publication p = publication();
        Map<String, String> bibtex = Map.of("series", "S");
        assertThat(List.of(
                publication("lovelace1842", "article", List.of(author()), true, 1843, 9, true, true, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "book", List.of(author()), true, 1843, 9, true, true, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(), true, 1843, 9, true, true, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), false, 1843, 9, true, true, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, null, 9, true, true, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, null, true, true, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, false, true, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, false, TEXTS, LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, true, Map.of(PublicationField.TITLE, "Notes"),
                        LINKS, BADGES, CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, true, TEXTS, PublicationLinks.NONE, BADGES,
                        CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, true, TEXTS, LINKS, PublicationBadges.NONE,
                        CITED, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, true, TEXTS, LINKS, BADGES, null, bibtex, EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, true, TEXTS, LINKS, BADGES, CITED, Map.of(),
                        EXTRA),
                publication("lovelace1843", "article", List.of(author()), true, 1843, 9, true, true, TEXTS, LINKS, BADGES, CITED, bibtex,
                        UnknownFields.NONE)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(p));
        assertThat(p).isNotEqualTo(null).isNotEqualTo("lovelace1843");
    }

    @Test
    void unknownFieldsCompareTheirValuesInOrderAndHashAsTheirMap() {
        UnknownFields extra = new UnknownFields(Map.of("x-note", TextNode.valueOf("kept")));
        java.util.LinkedHashMap<String, Object> ab = new java.util.LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", null);
        java.util.LinkedHashMap<String, Object> ba = new java.util.LinkedHashMap<>();
        ba.put("b", null);
        ba.put("a", 1);

        assertThat(extra).isEqualTo(EXTRA).hasSameHashCodeAs(EXTRA).isNotSameAs(EXTRA);
        assertThat(new UnknownFields(ab)).isEqualTo(new UnknownFields(new java.util.LinkedHashMap<>(ab)))
                .hasSameHashCodeAs(new UnknownFields(ab));
        // As a map's equality: the same members in another order are equal (the order is kept for writing only).
        assertThat(new UnknownFields(ab)).isEqualTo(new UnknownFields(ba));
        assertThat(new UnknownFields(Map.of())).isEqualTo(UnknownFields.NONE).hasSameHashCodeAs(UnknownFields.NONE);
        assertThat(List.of(UnknownFields.NONE, new UnknownFields(Map.of("x-note", TextNode.valueOf("changed"))),
                new UnknownFields(Map.of("x-other", TextNode.valueOf("kept")))))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(EXTRA));
        assertThat(EXTRA).isNotEqualTo(null).isNotEqualTo(EXTRA.values());
    }

    /**
     * A record's generated {@code equals} and {@code hashCode} are an {@code invokedynamic} of
     * {@code ObjectMethods.bootstrap}, which spins method-handle classes at its first call: an export's page threads
     * made about twenty through {@code UnknownFields}, reached through {@code Author}'s.
     */
    @Test
    void theRecordsAnExportComparesByTheThousandLinkNoGeneratedEquality() {
        java.util.spi.ToolProvider javap = java.util.spi.ToolProvider.findFirst("javap").orElseThrow();
        for (Class<?> type : List.of(Author.class, Publication.class, UnknownFields.class)) {
            java.io.StringWriter code = new java.io.StringWriter();
            java.io.PrintWriter out = new java.io.PrintWriter(code);
            javap.run(out, out, "-c", "-cp", type.getProtectionDomain().getCodeSource().getLocation().getPath(), type.getName());
            out.flush();
            String text = code.toString();
            for (String method : List.of("public final boolean equals(java.lang.Object);", "public final int hashCode();",
                    "public boolean equals(java.lang.Object);", "public int hashCode();")) {
                int at = text.indexOf(method);
                if (at < 0) {
                    continue;
                }
                int end = text.indexOf("\n\n", at);
                assertThat(text.substring(at, end < 0 ? text.length() : end)).as(type.getName() + " " + method)
                        .doesNotContain("invokedynamic");
            }
            assertThat(text).as(type.getName()).contains("boolean equals(java.lang.Object);").contains("int hashCode();");
        }
    }
}
