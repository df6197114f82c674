package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A portfolio's record list is the list it was made from (entries, order, equality both ways, hash
 * code, unmodifiable), and one replaced entry copies only the arrays on the way to it: the rest is
 * shared with the list it came from, and the two tell their differences by what they do not share.
 */
class RecordListTest {

    private static List<String> entries(int n) {
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add("entry " + i);
        }
        return list;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 31, 32, 33, 1_023, 1_024, 1_025, 32_769, 100_000})
    void holdsTheEntriesOfTheListItWasMadeFrom(int n) {
        List<String> expected = entries(n);
        RecordList<String> list = RecordList.of(expected);
        assertThat(list).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(list.get(i)).isSameAs(expected.get(i));
        }
        assertThat(new ArrayList<>(list)).isEqualTo(expected);
        assertThat(list.toArray()).isEqualTo(expected.toArray());
        List<String> visited = new ArrayList<>();
        list.forEach(visited::add);
        assertThat(visited).isEqualTo(expected);
        assertThat(list).isEqualTo(expected);
        assertThat(expected).isEqualTo(list);
        assertThat(list.hashCode()).isEqualTo(expected.hashCode());
        assertThat(List.copyOf(list)).isEqualTo(list);
        assertThatThrownBy(() -> list.get(n)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        Iterator<String> it = list.iterator();
        for (int i = 0; i < n; i++) {
            it.next();
        }
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void isKeptAsItIsAndRefusesChangesAndNulls() {
        RecordList<String> list = RecordList.of(entries(40));
        assertThat(RecordList.of(list)).isSameAs(list);
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.subList(0, 3).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> RecordList.of(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.with(0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> list.with(40, "x")).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aPortfolioKeepsARecordListAsItIs() {
        RecordList<Publication> publications = RecordList.of(List.of(
                Publication.builder("a", "article").build(), Publication.builder("b", "article").build()));
        Portfolio p = Portfolio.empty().withPublications(publications);
        assertThat(p.publications()).isSameAs(publications);
        assertThat(p.withProfile(Profile.EMPTY).publications()).isSameAs(publications);
        assertThat(Portfolio.empty().withPublications(List.of(publications.get(0))).publications())
                .isInstanceOf(RecordList.class);
    }

    @Test
    void oneReplacedEntryOf100000CopiesTheFourArraysOnItsWay() {
        List<String> plain = entries(100_000);
        RecordList<String> before = RecordList.of(plain);
        RecordList<String> after = before.with(54_321, "edited");
        // 32^3 < 100,000 <= 32^4: a root, two inner arrays and a leaf, 128 slots instead of 100,000.
        assertThat(after.arraysNotIn(before)).isEqualTo(4);
        assertThat(before.get(54_321)).isEqualTo("entry 54321");
        assertThat(after.get(54_321)).isEqualTo("edited");
        plain.set(54_321, "edited");
        assertThat(after).isEqualTo(plain);
        assertThat(before.with(7, before.get(7))).isSameAs(before);
    }

    @Test
    void replacedNamesThePlacesHoldingOtherObjects() {
        RecordList<String> before = RecordList.of(entries(5_000));
        RecordList<String> after = before.with(4_999, "last").with(0, "first").with(1_234, "middle");
        assertThat(RecordList.replaced(before, after, 64)).containsExactly(0, 1_234, 4_999);
        assertThat(RecordList.replaced(before, before, 64)).isEmpty();
        assertThat(RecordList.replaced(before, after, 2)).isNull();
        assertThat(RecordList.replaced(before, RecordList.of(entries(4_999)), 64)).isNull();
        // Lists of another kind, or record lists that share nothing, are compared entry by entry.
        List<String> copy = new ArrayList<>(after);
        assertThat(RecordList.replaced(before, copy, 64)).containsExactly(0, 1_234, 4_999);
        assertThat(RecordList.replaced(before, RecordList.of(copy), 64)).containsExactly(0, 1_234, 4_999);
    }

    @Test
    void replacedAndEqualsAgreeWithAnEntryByEntryLookOverRandomEdits() {
        Random random = new Random(30);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(3_000);
            RecordList<String> before = RecordList.of(entries(n));
            RecordList<String> after = before;
            List<String> expected = new ArrayList<>(before);
            int edits = random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(n);
                // Sometimes an equal entry that is another object: replaced by identity, equal by equals.
                String entry = random.nextBoolean() ? "edit " + e : new String(expected.get(at));
                after = after.with(at, entry);
                expected.set(at, entry);
            }
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (before.get(i) != after.get(i)) {
                    places.add(i);
                }
            }
            int[] found = RecordList.replaced(before, after, 64);
            assertThat(Arrays.stream(found).boxed().toList()).isEqualTo(places);
            assertThat(after).isEqualTo(expected);
            assertThat(after.equals(before)).isEqualTo(expected.equals(new ArrayList<>(before)));
            assertThat(after.hashCode()).isEqualTo(expected.hashCode());
        }
    }
}
