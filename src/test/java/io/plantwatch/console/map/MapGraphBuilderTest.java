package io.plantwatch.console.map;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawn graph: devices as nodes, subnets collapsed into one node with their links added up. */
class MapGraphBuilderTest {
    static MapDevice device(long id, String ip, int level, String type, int alerts) {
        return new MapDevice(id, "d" + id, type, level, "north", Subnets.of("north", List.of(ip)), List.of("modbus"),
                alerts, ("d" + id + "\u0001" + ip).toLowerCase());
    }

    /** Subnet 10.0.1.0/24 holds 1, 2, 3; 10.0.2.0/24 holds 4, 5. */
    static MapModel plant() {
        return new MapModel(List.of(device(1, "10.0.1.1", 1, "PLC", 0), device(2, "10.0.1.2", 0, "I/O Adapter", 2),
                device(3, "10.0.1.3", 0, "I/O Adapter", 0), device(4, "10.0.2.4", 2, "HMI", 1),
                device(5, "10.0.2.5", 3, "Historian", 0)),
                List.of(new MapLink(1, 2, List.of("modbus"), 3), new MapLink(1, 3, List.of("modbus"), 1),
                        new MapLink(1, 4, List.of("s7comm"), 2), new MapLink(2, 4, List.of("http"), 5),
                        new MapLink(4, 5, List.of("http"), 1)));
    }

    @Test
    void everyDeviceIsANodeAndEveryLinkAnEdgeWhenNothingIsCollapsed() {
        MapGraph graph = MapGraphBuilder.build(plant(), Set.of());

        assertThat(graph.size()).isEqualTo(5);
        assertThat(graph.edges()).hasSize(5);
        assertThat(graph.graph().vertexSet()).hasSize(5);
        assertThat(graph.graph().edgeSet()).hasSize(5);
        int plc = graph.indexOf(MapNode.deviceKey(1));
        assertThat(graph.graph().degreeOf(plc)).isEqualTo(3);
        assertThat(graph.subnets()).containsExactly("north 10.0.1.0/24", "north 10.0.2.0/24");
    }

    @Test
    void aCollapsedSubnetIsOneNodeWithItsOutsideLinksAddedUpAndItsInsideLinksGone() {
        MapGraph graph = MapGraphBuilder.build(plant(), Set.of("north 10.0.1.0/24"));

        assertThat(graph.size()).isEqualTo(3);
        int subnet = graph.indexOf(MapNode.subnetKey("north 10.0.1.0/24"));
        MapNode node = graph.node(subnet);
        assertThat(node.kind()).isEqualTo(NodeKind.SUBNET);
        assertThat(node.members()).isEqualTo(3);
        assertThat(node.alerts()).isEqualTo(2);
        assertThat(node.purdueLevel()).isEqualTo(0);
        assertThat(graph.indexOf(MapNode.deviceKey(1))).isEqualTo(-1);
        // 1-2 and 1-3 are inside; 1-4 (s7comm, 2) and 2-4 (http, 5) become one edge to the HMI.
        int hmi = graph.indexOf(MapNode.deviceKey(4));
        MapEdge edge = graph.graph().getEdge(subnet, hmi);
        assertThat(edge.weight()).isEqualTo(7);
        assertThat(edge.protocols()).containsExactly("http", "s7comm");
        assertThat(edge.ot()).isTrue();
        assertThat(graph.edges()).hasSize(2);
    }

    @Test
    void collapsingEverySubnetLeavesOnlySubnetNodes() {
        MapGraph graph = MapGraphBuilder.build(plant(), Set.of("north 10.0.1.0/24", "north 10.0.2.0/24"));

        assertThat(graph.nodes()).extracting(MapNode::kind).containsOnly(NodeKind.SUBNET);
        assertThat(graph.edges()).hasSize(1);
        assertThat(graph.edges().get(0).weight()).isEqualTo(7);
    }

    @Test
    void subnetsComeFromTheFirstAddressWithinTheZone() {
        assertThat(Subnets.of("south", List.of("192.168.7.20"))).isEqualTo("south 192.168.7.0/24");
        assertThat(Subnets.of("south", List.of("fe80::1"))).isEqualTo("south fe80:0:0:0::/64");
        assertThat(Subnets.of("south", List.of("2001:db8:1:2:3::4"))).isEqualTo("south 2001:db8:1:2::/64");
        assertThat(Subnets.of("south", List.of())).isEqualTo("south (no IP)");
    }
}
