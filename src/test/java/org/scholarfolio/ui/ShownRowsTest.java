package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The rows a table shows: the source as it is, or filtered and ordered, each change told once. */
class ShownRowsTest {
    /** What one listener heard: a line per part of each change. */
    private static List<String> heard(ObservableList<String> list) {
        List<String> lines = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                lines.add(c.wasPermutated() ? "permutated" : c.wasUpdated() ? "updated"
                        : "at " + c.getFrom() + " added " + c.getAddedSubList() + " removed " + c.getRemoved());
            }
        });
        return lines;
    }

    @Test
    void withoutFilterOrOrderItIsTheSourceAndPassesEachChangeOnAsItCame() {
        ObservableList<String> source = FXCollections.observableArrayList("a", "b", "c");
        ShownRows<String> shown = new ShownRows<>(source);
        List<String> heard = heard(shown);

        source.set(1, "B");
        source.add("d");
        source.setAll("x", "y");

        assertThat(shown).containsExactly("x", "y");
        assertThat(heard).containsExactly("at 1 added [B] removed [b]", "at 3 added [d] removed []",
                "at 0 added [x, y] removed [a, B, c, d]");
        assertThat(shown.shownIndexOf(1)).isEqualTo(1);
        assertThat(shown.shownIndexOf(2)).isEqualTo(-1);
    }

    @Test
    void aFilterAndAnOrderShowTheMatchingRowsSortedAndFindEachSourceRowsPlace() {
        ObservableList<String> source = FXCollections.observableArrayList("pear", "apple", "plum", "fig", "peach");
        ShownRows<String> shown = new ShownRows<>(source);

        shown.setFilter(s -> s.startsWith("p"));
        shown.setOrder(Comparator.naturalOrder());

        assertThat(shown).containsExactly("peach", "pear", "plum");
        assertThat(shown.shownIndexOf(0)).isEqualTo(1);
        assertThat(shown.shownIndexOf(1)).isEqualTo(-1);
        assertThat(shown.shownIndexOf(4)).isEqualTo(0);

        shown.setFilter(null);
        shown.setOrder(null);
        assertThat(shown).containsExactlyElementsOf(source);
    }

    @Test
    void aRowEditedInPlaceKeepsItsPlaceInOneChangeOfThatRow() {
        ObservableList<String> source = FXCollections.observableArrayList("pear", "apple", "plum", "peach");
        ShownRows<String> shown = new ShownRows<>(source);
        shown.setFilter(s -> s.startsWith("p"));
        shown.setOrder(Comparator.naturalOrder());
        List<String> heard = heard(shown);

        source.set(0, "pears");

        assertThat(shown).containsExactly("peach", "pears", "plum");
        assertThat(heard).containsExactly("at 1 added [pears] removed [pear]");
    }

    @Test
    void anEditThatMovesOrHidesARowShowsTheRowsAgainAndAHiddenRowStaysHiddenQuietly() {
        ObservableList<String> source = FXCollections.observableArrayList("pear", "apple", "plum", "peach");
        ShownRows<String> shown = new ShownRows<>(source);
        shown.setFilter(s -> s.startsWith("p"));
        shown.setOrder(Comparator.naturalOrder());
        List<String> heard = heard(shown);

        source.set(1, "avocado");
        assertThat(heard).isEmpty();

        source.set(0, "pz");
        assertThat(shown).containsExactly("peach", "plum", "pz");
        source.set(2, "grape");
        assertThat(shown).containsExactly("peach", "pz");
        source.set(1, "pa");
        assertThat(shown).containsExactly("pa", "peach", "pz");
        assertThat(heard).containsExactly("at 0 added [peach, plum, pz] removed [peach, pear, plum]",
                "at 0 added [peach, pz] removed [peach, plum, pz]",
                "at 0 added [pa, peach, pz] removed [peach, pz]");
    }

    @Test
    void rowsAddedOrRemovedWhileFilteredAreShownAgainFromTheSource() {
        ObservableList<String> source = FXCollections.observableArrayList("pear", "apple");
        ShownRows<String> shown = new ShownRows<>(source);
        shown.setFilter(s -> s.startsWith("p"));

        source.add(0, "plum");
        assertThat(shown).containsExactly("plum", "pear");
        assertThat(shown.shownIndexOf(1)).isEqualTo(1);
        source.remove("plum");
        assertThat(shown).containsExactly("pear");
    }

    @Test
    void theActionBeforeEachChangeRunsBeforeAnyListenerHearsOfIt() {
        ObservableList<String> source = FXCollections.observableArrayList("a", "b");
        ShownRows<String> shown = new ShownRows<>(source);
        List<String> order = new ArrayList<>();
        shown.beforeEachChange(() -> order.add("before, size " + shown.size()));
        shown.addListener((ListChangeListener<String>) c -> order.add("heard"));

        source.set(0, "A");
        shown.setOrder(Comparator.reverseOrder());

        assertThat(order).containsExactly("before, size 2", "heard", "before, size 2", "heard");
    }

    @Test
    void rowsTakenAllAtOnceAreOneChangeWithTheRowsTheyReplaceAndEachRowIsMadeOnce() {
        RowList<String> rows = new RowList<>();
        List<String> lines = new ArrayList<>();
        rows.addListener((ListChangeListener<RecordListViewModel.Row<String>>) c -> {
            while (c.next()) {
                lines.add("at " + c.getFrom() + " added " + c.getAddedSubList() + " removed " + c.getRemoved());
            }
        });

        rows.setRecords(List.of("a", "b"));
        RecordListViewModel.Row<String> first = rows.get(0);
        rows.setRecords(List.of("c"));
        rows.set(0, new RecordListViewModel.Row<>(0, "C"));
        rows.setRecords(List.of());

        assertThat(first).isEqualTo(new RecordListViewModel.Row<>(0, "a"));
        assertThat(rows).isEmpty();
        assertThat(lines).containsExactly("at 0 added [Row[index=0, value=a], Row[index=1, value=b]] removed []",
                "at 0 added [Row[index=0, value=c]] removed [Row[index=0, value=a], Row[index=1, value=b]]",
                "at 0 added [Row[index=0, value=C]] removed [Row[index=0, value=c]]",
                "at 0 added [] removed [Row[index=0, value=C]]");
    }

    @Test
    void aRowAskedForTwiceIsTheSameRowAndRowsAddedOrRemovedAtTheEndKeepTheOthers() {
        RowList<String> rows = new RowList<>();
        rows.setRecords(List.of("a", "b", "c"));
        RecordListViewModel.Row<String> last = rows.get(2);

        assertThat(rows.get(2)).isSameAs(last).isEqualTo(new RecordListViewModel.Row<>(2, "c"));
        rows.remove(1, 3);
        rows.add(new RecordListViewModel.Row<>(1, "d"));
        assertThat(rows).containsExactly(new RecordListViewModel.Row<>(0, "a"), new RecordListViewModel.Row<>(1, "d"));
    }
}
