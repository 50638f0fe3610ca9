package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapGraph;
import io.plantwatch.console.map.MapNode;

import java.util.Set;

/**
 * Which nodes the map shows: each chosen set narrows (an empty set lets everything through),
 * {@code alertsOnly} keeps nodes with alerts, {@code seenSince} keeps nodes seen since then, and
 * {@code hideGroupAddresses} hides multicast and broadcast destinations (their edges go with
 * them: the view draws no edge to a hidden node). Immutable.
 *
 * @param levels Purdue levels as text ("0" … "5", "unknown"), like the filter's choices
 * @param seenSince epoch ms: nodes last seen before it (or never) are hidden; null keeps all
 */
public record MapFilter(Set<String> zones, Set<String> protocols, Set<String> types, Set<String> levels,
                        boolean alertsOnly, Long seenSince, boolean hideGroupAddresses) {
    public static final MapFilter NONE = new MapFilter(Set.of(), Set.of(), Set.of(), Set.of(), false, null, false);
    public static final String UNKNOWN_LEVEL = "unknown";

    public MapFilter {
        zones = Set.copyOf(zones);
        protocols = Set.copyOf(protocols);
        types = Set.copyOf(types);
        levels = Set.copyOf(levels);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public boolean shows(MapNode node) {
        if (alertsOnly && node.alerts() == 0) {
            return false;
        }
        if (seenSince != null && (node.lastSeen() == null || node.lastSeen() < seenSince)) {
            return false;
        }
        if (hideGroupAddresses && node.groupAddress()) {
            return false;
        }
        if (!zones.isEmpty() && !zones.contains(node.zone())) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(node.type())) {
            return false;
        }
        if (!levels.isEmpty() && !levels.contains(levelText(node.purdueLevel()))) {
            return false;
        }
        if (!protocols.isEmpty()) {
            for (String protocol : node.protocols()) {
                if (protocols.contains(protocol)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** One flag per node of {@code graph}. */
    public boolean[] visible(MapGraph graph) {
        boolean[] visible = new boolean[graph.size()];
        for (int i = 0; i < visible.length; i++) {
            visible[i] = shows(graph.node(i));
        }
        return visible;
    }

    public static String levelText(Integer level) {
        return level == null ? UNKNOWN_LEVEL : level.toString();
    }
}
