package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapGraph;
import io.plantwatch.console.map.Positions;

/**
 * A graph and the positions of its nodes, applied to the view together. The positions change in
 * place when the user drags a node (FX thread only).
 *
 * @param layout the name of the layout that made the positions
 */
public record MapScene(MapGraph graph, Positions positions, String layout) {
}
