package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PatchedMapTest {

    @Test
    void patchAfterPatchReadsAsAMapChangedInPlaceAndLeavesEachEarlierMapAsItWas() {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            expected.put("page-" + i, i);
        }
        Map<String, Integer> patched = new HashMap<>(expected);
        Random random = new Random(7L);
        // Enough rounds that the changes pass the point where the map is copied whole again.
        for (int round = 0; round < 300; round++) {
            Map<String, Integer> before = patched;
            Map<String, Integer> beforeContent = new HashMap<>(before);
            Map<String, Integer> put = new HashMap<>();
            List<String> removed = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                String key = "page-" + random.nextInt(2_500);
                if (random.nextBoolean()) {
                    put.put(key, round * 10 + k);
                } else {
                    removed.add(key);
                }
            }
            removed.forEach(expected::remove);
            expected.putAll(put);
            patched = PatchedMap.patch(before, put, removed, false);
            assertThat(patched).as("round %d", round).isEqualTo(expected);
            assertThat(patched.size()).isEqualTo(expected.size());
            for (String key : List.of("page-1", "page-2100", "page-" + random.nextInt(2_500))) {
                assertThat(patched.get(key)).isEqualTo(expected.get(key));
                assertThat(patched.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
            assertThat(before).isEqualTo(beforeContent);
        }
    }

    @Test
    void identityKeysTellEqualObjectsApart() {
        String a = new String("view");
        String b = new String("view");
        Map<String, Integer> base = new IdentityHashMap<>();
        base.put(a, 1);
        Map<String, Integer> patched = PatchedMap.patch(base, Map.of(b, 2), List.of(a), true);
        assertThat(patched.get(a)).isNull();
        assertThat(patched.get(b)).isEqualTo(2);
        assertThat(patched.containsKey(a)).isFalse();
        assertThat(patched.size()).isEqualTo(1);
        assertThat(base.get(a)).isEqualTo(1);
    }

    @Test
    void aKeyRemovedAndPutInOnePatchIsPut() {
        Map<String, Integer> patched = PatchedMap.patch(new HashMap<>(Map.of("a", 1, "b", 2)), Map.of("a", 3), List.of("a"), false);
        assertThat(patched).isEqualTo(Map.of("a", 3, "b", 2));
    }
}
