package io.plantwatch.console.map;

import org.jgrapht.Graph;

import java.util.List;
import java.util.Map;

/**
 * The graph the map draws: nodes by index (devices and collapsed subnets), edges between them, and
 * the same as a JGraphT graph whose vertices are the node indexes (for layouts and export).
 * Effectively immutable once built by {@link MapGraphBuilder}; safe to read from any thread.
 *
 * @param indexByKey node index by {@link MapNode#key()}
 * @param subnets every subnet of the model, sorted, collapsed or not
 */
public record MapGraph(List<MapNode> nodes, List<MapEdge> edges, Graph<Integer, MapEdge> graph,
                       Map<String, Integer> indexByKey, List<String> subnets) {

    public int size() {
        return nodes.size();
    }

    public MapNode node(int index) {
        return nodes.get(index);
    }

    /** The index of the node with this key, or -1. */
    public int indexOf(String key) {
        Integer index = indexByKey.get(key);
        return index == null ? -1 : index;
    }
}
