package io.plantwatch.console.map;

import io.plantwatch.bench.SyntheticMapModel;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Both layouts: where they put nodes, and that pinned nodes stay put. */
class MapLayoutTest {
    private final MapGraph graph = MapGraphBuilder.build(SyntheticMapModel.of(2_000), Set.of());

    @Test
    void layeredPutsHigherPurdueLevelsAboveLowerOnesInSeparateBands() {
        Positions positions = new LayeredLayout().layout(graph, Map.of());

        double[] lowest = new double[6];
        double[] highest = new double[6];
        java.util.Arrays.fill(lowest, Double.MAX_VALUE);
        java.util.Arrays.fill(highest, -Double.MAX_VALUE);
        for (int i = 0; i < graph.size(); i++) {
            if (graph.node(i).purdueLevel() == null) {
                continue; // the multicast groups: the unknown band, below level 0
            }
            int level = graph.node(i).purdueLevel();
            lowest[level] = Math.min(lowest[level], positions.y()[i]);
            highest[level] = Math.max(highest[level], positions.y()[i]);
        }
        for (int level = 5; level > 0; level--) {
            // Screen y grows downwards: the whole band of a level is above the next one down.
            assertThat(highest[level]).isLessThan(lowest[level - 1]);
        }
        assertThat(distinctPoints(positions)).isEqualTo(graph.size());
    }

    @Test
    void forceDirectedPlacesEveryNodeAndIsRepeatable() {
        Positions first = new ForceLayout().layout(graph, Map.of());
        Positions second = new ForceLayout().layout(graph, Map.of());

        for (int i = 0; i < graph.size(); i++) {
            assertThat(Double.isFinite(first.x()[i]) && Double.isFinite(first.y()[i])).isTrue();
        }
        assertThat(first.x()).containsExactly(second.x());
        assertThat(distinctPoints(first)).isGreaterThan(graph.size() * 9 / 10);
    }

    @Test
    void forceDirectedPullsConnectedNodesCloserThanUnconnectedOnes() {
        Positions positions = new ForceLayout().layout(graph, Map.of());
        double connected = 0;
        for (MapEdge edge : graph.edges()) {
            connected += distance(positions, edge.source(), edge.target());
        }
        connected /= graph.edges().size();
        double any = 0;
        java.util.Random random = new java.util.Random(1);
        for (int k = 0; k < 5_000; k++) {
            any += distance(positions, random.nextInt(graph.size()), random.nextInt(graph.size()));
        }
        any /= 5_000;
        assertThat(connected).isLessThan(any / 2);
    }

    @Test
    void pinnedNodesKeepTheirPositionInBothLayouts() {
        String key = graph.node(17).key();
        Map<String, MapPoint> pins = Map.of(key, new MapPoint(-5_000, 12_345), "device:999999", new MapPoint(1, 1));

        for (MapLayout layout : new MapLayout[] {new LayeredLayout(), new ForceLayout()}) {
            Positions positions = layout.layout(graph, pins);
            assertThat(positions.at(17)).as(layout.name()).isEqualTo(new MapPoint(-5_000, 12_345));
        }
    }

    @Test
    void aPlantCollapsedBySubnetLaysOutAsFewNodes() {
        MapModel plant = SyntheticMapModel.of(5_000);
        Set<String> subnets = new HashSet<>();
        plant.devices().forEach(device -> subnets.add(device.subnet()));
        MapGraph collapsed = MapGraphBuilder.build(plant, subnets);

        assertThat(collapsed.size()).isEqualTo(subnets.size());
        assertThat(collapsed.nodes().stream().mapToInt(MapNode::members).sum()).isEqualTo(5_000);
        assertThat(new LayeredLayout().layout(collapsed, Map.of()).size()).isEqualTo(subnets.size());
    }

    private static double distance(Positions positions, int a, int b) {
        return Math.hypot(positions.x()[a] - positions.x()[b], positions.y()[a] - positions.y()[b]);
    }

    private static int distinctPoints(Positions positions) {
        Set<MapPoint> points = new HashSet<>();
        for (int i = 0; i < positions.size(); i++) {
            points.add(positions.at(i));
        }
        return points.size();
    }
}
