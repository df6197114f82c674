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
    void aSparseEnumMapIsTheEnumMapOfItsFilledFields() {
        Random random = new Random(18);
        for (int round = 0; round < 500; round++) {
            EnumMap<PublicationField, String> expected = new EnumMap<>(PublicationField.class);
            Object[] byOrdinal = new Object[FIELDS.length];
            for (PublicationField field : FIELDS) {
                if (random.nextInt(4) == 0) {
                    String value = field.name().toLowerCase() + random.nextInt(100);
                    expected.put(field, value);
                    byOrdinal[field.ordinal()] = value;
                }
            }
            Map<PublicationField, String> map = SparseEnumMap.of(FIELDS, byOrdinal);
            assertThat(map).isEqualTo(expected);
            assertThat(expected).isEqualTo(map);
            assertThat(map.hashCode()).isEqualTo(expected.hashCode());
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
    void aSparseEnumMapHasNothingUnderAnotherKey() {
        Object[] byOrdinal = new Object[FIELDS.length];
        byOrdinal[0] = "a title";
        Map<PublicationField, String> map = SparseEnumMap.of(FIELDS, byOrdinal);
        assertThat(map.get(LinkKind.values()[0])).isNull();
        assertThat(map.containsKey(null)).isFalse();
        assertThat(map.get("TITLE")).isNull();
        assertThatThrownBy(() -> map.put(PublicationField.DOI, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
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
        assertThat(OrderedMap.copyOf(Map.of()).hashCode()).isEqualTo(Map.of().hashCode());
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
                .links(PublicationLinks.of(Map.of(LinkKind.PDF, "a.pdf", LinkKind.CODE, "https://c")))
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
