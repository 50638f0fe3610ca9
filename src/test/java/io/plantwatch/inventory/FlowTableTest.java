package io.plantwatch.inventory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow table through growth and removal: one flow per key, first-seen order kept. */
class FlowTableTest {
    private static Flow flow(FlowTable table, int n) {
        return table.get(false, 0, 0x0A000000L + n, 0, 0x0A640000L + n % 97, 49152 + n % 1000, 502, 6);
    }

    @Test
    void eachKeyHasOneFlowThroughGrowthAndRemoval() {
        FlowTable table = new FlowTable();
        List<Flow> created = new ArrayList<>();
        for (int n = 0; n < 100_000; n++) {
            created.add(flow(table, n));
        }
        for (int n = 0; n < 100_000; n++) {
            assertThat(flow(table, n)).isSameAs(created.get(n));
        }
        assertThat(table.size()).isEqualTo(100_000);
        assertThat(table.inCreationOrder()).containsExactlyElementsOf(created);

        List<Flow> removed = table.removeIf(f -> f.sequence % 2 == 0);

        assertThat(removed).hasSize(50_000).allMatch(f -> f.sequence % 2 == 0);
        assertThat(table.inCreationOrder()).containsExactlyElementsOf(created.stream().filter(f -> f.sequence % 2 == 1).toList());
        for (int n = 1; n < 100_000; n += 2) {
            assertThat(flow(table, n)).isSameAs(created.get(n));
        }
        Flow again = flow(table, 0);
        assertThat(again).isNotSameAs(created.get(0));
        assertThat(again.sequence).isEqualTo(100_000);
        assertThat(table.size()).isEqualTo(50_001);
    }

    @Test
    void theKeyDecidesNotTheHash() {
        FlowTable table = new FlowTable();
        Flow tcp = table.get(false, 0, 1, 0, 2, 1000, 502, 6);
        Flow udp = table.get(false, 0, 1, 0, 2, 1000, 502, 17);
        Flow v6 = table.get(true, 0, 1, 0, 2, 1000, 502, 6);

        assertThat(List.of(tcp, udp, v6)).doesNotHaveDuplicates();
        assertThat(table.get(false, 0, 1, 0, 2, 1000, 502, 6)).isSameAs(tcp);
    }
}
