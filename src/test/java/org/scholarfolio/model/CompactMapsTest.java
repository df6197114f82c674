package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The records' compact maps behave as the EnumMap and LinkedHashMap they replace: the same entries
 * in the same order, equal to them both ways, with their hash codes, and unmodifiable.
 */
class CompactMapsTest {
    private static final PublicationField[] FIELDS = PublicationField.values();

    @Test
    void aPackedTextMapIsTheEnumMapOfItsFilledFields() {
        Random random = new Random(21);
        String[] pieces = {"a", "Zoë", "183–691", "\uD83D\uDE00", "\uD800", "x\uDC00y", "\\n", "", "{BERT}"};
        for (int round = 0; round < 500; round++) {
            EnumMap<PublicationField, String> expected = new EnumMap<>(PublicationField.class);
            Object[] byOrdinal = new Object[FIELDS.length];
            long keptAsStrings = random.nextLong();
            for (PublicationField field : FIELDS) {
                if (random.nextInt(3) == 0) {
                    StringBuilder value = new StringBuilder(field.name().toLowerCase());
                    // up to a few hundred characters: lengths past one varint byte
                    for (int n = random.nextInt(random.nextInt(4) == 0 ? 300 : 6); n > 0; n--) {
                        value.append(pieces[random.nextInt(pieces.length)]);
                    }
                    expected.put(field, value.toString());
                    byOrdinal[field.ordinal()] = value.toString();
                }
            }
            Map<PublicationField, String> map = PackedTextMap.of(FIELDS, byOrdinal, keptAsStrings);
            assertThat(map).isEqualTo(expected);
            assertThat(expected).isEqualTo(map);
            assertThat(map).isEqualTo(PackedTextMap.of(FIELDS, byOrdinal.clone(), keptAsStrings));
            assertThat(map).isEqualTo(PackedTextMap.of(FIELDS, byOrdinal.clone(), ~keptAsStrings));
            assertThat(map.hashCode()).isEqualTo(expected.hashCode());
            assertThat(map.size()).isEqualTo(expected.size());
            assertThat(new ArrayList<>(map.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            List<PublicationField> visited = new ArrayList<>();
            map.forEach((field, value) -> {
                assertThat(value).isEqualTo(expected.get(field));
                visited.add(field);
            });
            assertThat(visited).isEqualTo(new ArrayList<>(expected.keySet()));
            for (PublicationField field : FIELDS) {
                assertThat(map.get(field)).isEqualTo(expected.get(field));
                assertThat(map.containsKey(field)).isEqualTo(expected.containsKey(field));
                assertThat(map.getOrDefault(field, "-")).isEqualTo(expected.getOrDefault(field, "-"));
            }
        }
    }

    @Test
    void aPackedTextMapKeepsTheSharedTextsItWasGiven() {
        Object[] byOrdinal = new Object[FIELDS.length];
        String venue = new String("Proceedings of a Conference That Many Papers Share Between Them");
        byOrdinal[PublicationField.BOOKTITLE.ordinal()] = venue;
        byOrdinal[PublicationField.TITLE.ordinal()] = "A title";
        Map<PublicationField, String> map = PackedTextMap.of(FIELDS, byOrdinal, 1L << PublicationField.BOOKTITLE.ordinal());
        assertThat(map.get(PublicationField.BOOKTITLE)).isSameAs(venue);
        assertThat(map.get(PublicationField.TITLE)).isEqualTo("A title");
        assertThat(map.get(LinkKind.values()[0])).isNull();
        assertThat(map.containsKey(null)).isFalse();
        assertThatThrownBy(() -> map.put(PublicationField.DOI, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOrderedMapKeepsTheOrderGivenAndNullValues() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("zeta", "last letter first");
        expected.put("alpha", null);
        expected.put("nested", Map.of("a", 1L));
        expected.put("list", List.of("x", "y"));
        Map<String, Object> map = OrderedMap.copyOf(expected);
        assertThat(new ArrayList<>(map.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(map).isEqualTo(expected);
        assertThat(expected).isEqualTo(map);
        assertThat(map.hashCode()).isEqualTo(expected.hashCode());
        assertThat(map.containsKey("alpha")).isTrue();
        assertThat(map.get("alpha")).isNull();
        assertThat(map.getOrDefault("alpha", "fallback")).isNull();
        assertThat(map.getOrDefault("beta", "fallback")).isEqualTo("fallback");
        assertThat(map.get(null)).isNull();
        assertThatThrownBy(() -> map.remove("zeta")).isInstanceOf(UnsupportedOperationException.class);
        expected.put("later", "not seen");
        assertThat(map).doesNotContainKey("later");
    }

    @Test
    void aLargeOrderedMapIsStillInOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 40; i > 0; i--) {
            expected.put("field" + i, "value" + i);
        }
        Map<String, String> map = OrderedMap.copyOf(expected);
        assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(map.get("field7")).isEqualTo("value7");
        assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsBuiltWithTheMapsAreEqualToThoseBuiltFromCopies() {
        Publication p = Publication.builder("key", "article").title("A Title").doi("10.1/x").pages("1--2")
                .bibtexFields(Map.of("series", "LNCS"))
                .links(new PublicationLinks(Map.of(LinkKind.PDF, "a.pdf", LinkKind.CODE, "https://c"), UnknownFields.NONE))
                .unknownFields(new UnknownFields(Map.of("extra", "kept")))
                .build();
        Publication rebuilt = p.toBuilder().build();
        assertThat(rebuilt).isEqualTo(p);
        assertThat(rebuilt.hashCode()).isEqualTo(p.hashCode());
        assertThat(p.pages()).isEqualTo("1–2");
        assertThat(p.texts()).containsOnlyKeys(PublicationField.TITLE, PublicationField.PAGES, PublicationField.DOI);
        assertThat(new ArrayList<>(p.links().values().keySet())).containsExactly(LinkKind.PDF, LinkKind.CODE);
        assertThat(p.invalidNumber("extra")).contains("kept");
    }
}
