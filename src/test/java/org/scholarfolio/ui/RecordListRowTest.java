package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scholarfolio.ui.RecordListViewModel.Row;

/** A table's lookup of its selected row compares indexes, not whole records, across 100,000 rows. */
class RecordListRowTest {
    /** A record whose comparison is counted. */
    private record Counted(String title, AtomicInteger comparisons) {
        @Override
        public boolean equals(Object o) {
            comparisons.incrementAndGet();
            return o instanceof Counted other && title.equals(other.title);
        }

        @Override
        public int hashCode() {
            return title.hashCode();
        }
    }

    @Test
    void findingARowComparesTheRecordOfTheRowWithTheSameIndexOnly() {
        AtomicInteger comparisons = new AtomicInteger();
        List<Row<Counted>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new Row<>(i, new Counted("Paper " + i, comparisons)));
        }

        int found = rows.indexOf(new Row<>(700, new Counted("Paper 700", comparisons)));
        int stale = rows.indexOf(new Row<>(700, new Counted("Paper 700, retitled", comparisons)));

        assertThat(found).isEqualTo(700);
        assertThat(stale).isEqualTo(-1);
        assertThat(comparisons.get()).isEqualTo(2);
    }

    @Test
    void rowsWithEqualIndexAndRecordAreEqualWithEqualHashes() {
        AtomicInteger comparisons = new AtomicInteger();
        Row<Counted> a = new Row<>(3, new Counted("Same", comparisons));
        Row<Counted> b = new Row<>(3, new Counted("Same", comparisons));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Row<>(4, new Counted("Same", comparisons)));
    }
}
