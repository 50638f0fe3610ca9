package io.plantwatch.console.map;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the drawn {@link MapGraph} from the {@link MapModel}: the devices of a collapsed subnet
 * become one node, and links between the same two nodes add up into one edge (links inside a
 * collapsed subnet disappear). Linear in devices and links. Stateless; call off the FX thread.
 */
public final class MapGraphBuilder {
    private MapGraphBuilder() {
    }

    public static MapGraph build(MapModel model, Set<String> collapsedSubnets) {
        TreeMap<String, List<MapDevice>> bySubnet = new TreeMap<>();
        for (MapDevice device : model.devices()) {
            bySubnet.computeIfAbsent(device.subnet(), subnet -> new ArrayList<>()).add(device);
        }
        List<MapNode> nodes = new ArrayList<>(model.devices().size());
        Map<String, Integer> indexByKey = new HashMap<>(model.devices().size() * 2);
        Map<Long, Integer> nodeOfDevice = new HashMap<>(model.devices().size() * 2);
        for (Map.Entry<String, List<MapDevice>> subnet : bySubnet.entrySet()) {
            if (collapsedSubnets.contains(subnet.getKey())) {
                int index = add(nodes, indexByKey, subnetNode(subnet.getKey(), subnet.getValue()));
                subnet.getValue().forEach(device -> nodeOfDevice.put(device.id(), index));
            } else {
                for (MapDevice device : subnet.getValue()) {
                    nodeOfDevice.put(device.id(), add(nodes, indexByKey, MapNode.of(device)));
                }
            }
        }
        List<MapEdge> edges = edges(model.links(), nodeOfDevice);
        Graph<Integer, MapEdge> graph = GraphTypeBuilder.<Integer, MapEdge>undirected().allowingSelfLoops(false)
                .allowingMultipleEdges(true).weighted(false).buildGraph();
        for (int i = 0; i < nodes.size(); i++) {
            graph.addVertex(i);
        }
        // Pairs are unique already, so multiple-edge checks (a lookup per edge) are not needed.
        for (MapEdge edge : edges) {
            graph.addEdge(edge.source(), edge.target(), edge);
        }
        return new MapGraph(List.copyOf(nodes), List.copyOf(edges), graph, Map.copyOf(indexByKey),
                List.copyOf(bySubnet.keySet()));
    }

    private static int add(List<MapNode> nodes, Map<String, Integer> indexByKey, MapNode node) {
        nodes.add(node);
        indexByKey.put(node.key(), nodes.size() - 1);
        return nodes.size() - 1;
    }

    /** A subnet's node: the lowest Purdue level of its members (so it sits with its field devices). */
    private static MapNode subnetNode(String subnet, List<MapDevice> members) {
        TreeSet<String> protocols = new TreeSet<>();
        Map<String, Integer> types = new HashMap<>();
        Integer level = null;
        int alerts = 0;
        int unauthorized = 0;
        int newDevices = 0;
        boolean groupAddresses = true;
        Long lastSeen = null;
        String zone = null;
        for (MapDevice device : members) {
            protocols.addAll(device.protocols());
            alerts += device.alerts();
            unauthorized += device.unauthorized() ? 1 : 0;
            newDevices += device.newDevice() ? 1 : 0;
            groupAddresses &= device.groupAddress();
            if (device.lastSeen() != null && (lastSeen == null || device.lastSeen() > lastSeen)) {
                lastSeen = device.lastSeen();
            }
            zone = device.zone();
            if (device.purdueLevel() != null && (level == null || device.purdueLevel() < level)) {
                level = device.purdueLevel();
            }
            if (device.type() != null) {
                types.merge(device.type(), 1, Integer::sum);
            }
        }
        return new MapNode(MapNode.subnetKey(subnet), NodeKind.SUBNET, subnet + " (" + members.size() + ")",
                "Subnet", level, zone, subnet, List.copyOf(protocols), alerts, members.size(), -1, lastSeen,
                unauthorized, newDevices, groupAddresses);
    }

    private static List<MapEdge> edges(List<MapLink> links, Map<Long, Integer> nodeOfDevice) {
        Map<Long, EdgeSum> sums = new HashMap<>(links.size() * 2);
        for (MapLink link : links) {
            Integer a = nodeOfDevice.get(link.deviceA());
            Integer b = nodeOfDevice.get(link.deviceB());
            if (a == null || b == null || a.intValue() == b.intValue()) {
                continue;
            }
            int source = Math.min(a, b);
            int target = Math.max(a, b);
            sums.computeIfAbsent(((long) source << 32) | target, pair -> new EdgeSum(source, target)).add(link);
        }
        List<MapEdge> edges = new ArrayList<>(sums.size());
        sums.values().forEach(sum -> edges.add(sum.edge()));
        edges.sort((x, y) -> x.source() != y.source() ? Integer.compare(x.source(), y.source())
                : Integer.compare(x.target(), y.target()));
        return edges;
    }

    /** Adds up the links between one pair of nodes. Not thread-safe (used inside one build). */
    private static final class EdgeSum {
        private final int source;
        private final int target;
        private final Set<String> protocols = new TreeSet<>();
        private int weight;
        private boolean ot;

        EdgeSum(int source, int target) {
            this.source = source;
            this.target = target;
        }

        void add(MapLink link) {
            weight += link.weight();
            ot |= link.isOt();
            protocols.addAll(link.protocols());
        }

        MapEdge edge() {
            return new MapEdge(source, target, weight, ot, List.copyOf(protocols));
        }
    }
}
