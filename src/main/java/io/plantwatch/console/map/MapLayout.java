package io.plantwatch.console.map;

import java.util.Map;

/**
 * A layout: positions for every node of a graph, computed off the FX thread on the plain graph
 * model (the view only applies them). Pinned nodes keep their pinned position and the others are
 * placed around them. Implementations are stateless and thread-safe.
 */
public interface MapLayout {
    /** The name users choose it by (and the bench prints it as {@code layout_NAME_ms}). */
    String name();

    /** @param pinned positions by {@link MapNode#key()}; keys not in the graph are ignored */
    Positions layout(MapGraph graph, Map<String, MapPoint> pinned);
}
