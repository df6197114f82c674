package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The written-out equality of {@link Publication} and {@link Author}: every component counts, equal ones hash alike. */
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
}
