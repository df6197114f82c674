package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scholarfolio.files.ChangeCheck;

/** Record keys are kept in the export state between processes, so their bytes are pinned here. */
class RecordKeysTest {
    record Entry(String title, List<Integer> pages, Map<String, String> extras, String note) {
    }

    @Test
    void aRecordIsKeyedByItsNameComponentCountAndEachValueWithItsKindAndLength() {
        Entry entry = new Entry("Zürich", List.of(12, 345), Map.of("k", "v"), null);
        String name = Entry.class.getName() + "/4";
        String spelled = "r:" + name.length() + ":" + name
                + "String:7:Zürich"
                + "l:1:2" + "Integer:2:12" + "Integer:3:345"
                + "m:1:1" + "String:1:k" + "String:1:v"
                + "n:0:";

        assertThat(RecordKeys.keyOf(entry))
                .isEqualTo(new ChangeCheck().update(spelled.getBytes(StandardCharsets.UTF_8)).value());
    }

    @Test
    void sizesOfTenAndMoreAreWrittenAsTheirDigits() {
        List<String> twelve = Arrays.asList(new String[12]);
        String spelled = "l:2:12" + "n:0:".repeat(12);

        assertThat(RecordKeys.keyOf(twelve))
                .isEqualTo(new ChangeCheck().update(spelled.getBytes(StandardCharsets.UTF_8)).value());
    }

    @Test
    void anyChangeDeepInsideGivesAnotherKey() {
        Entry entry = new Entry("a", List.of(1), Map.of(), "n");

        assertThat(RecordKeys.keyOf(entry)).isEqualTo(RecordKeys.keyOf(new Entry("a", List.of(1), Map.of(), "n")))
                .isNotEqualTo(RecordKeys.keyOf(new Entry("a", List.of(2), Map.of(), "n")))
                .isNotEqualTo(RecordKeys.keyOf(new Entry("a", List.of(1), Map.of(), null)));
    }
}
