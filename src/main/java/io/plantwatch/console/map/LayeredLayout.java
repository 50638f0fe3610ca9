package io.plantwatch.console.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Purdue levels as horizontal bands, the enterprise (level 5) at the top and the field (level 0)
 * at the bottom, devices of unknown level in a band below, as Defender draws it. Within a band the
 * nodes are sorted by subnet and name and wrapped into rows, so devices of one subnet sit
 * together. Linear after the sort: 100k nodes take well under a second, where a layered
 * (Sugiyama) drawing that minimises crossings would be quadratic. Stateless and thread-safe.
 */
public final class LayeredLayout implements MapLayout {
    /** Space between neighbouring nodes, in map units (one unit is a pixel at zoom 1). */
    public static final double SPACING = 60;
    private static final double BAND_GAP = 2 * SPACING;
    private static final int UNKNOWN_LEVEL = -1;

    @Override
    public String name() {
        return "layered";
    }

    @Override
    public Positions layout(MapGraph graph, Map<String, MapPoint> pinned) {
        Positions positions = Positions.of(graph.size());
        TreeMap<Integer, List<Integer>> bands = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < graph.size(); i++) {
            MapNode node = graph.node(i);
            MapPoint pin = pinned.get(node.key());
            if (pin != null) {
                positions.move(i, pin.x(), pin.y());
                continue;
            }
            int level = node.purdueLevel() == null ? UNKNOWN_LEVEL : node.purdueLevel();
            bands.computeIfAbsent(level, key -> new ArrayList<>()).add(i);
        }
        // Unknown levels go last (below level 0), not first as -1 would sort descending.
        List<Integer> unknown = bands.remove(UNKNOWN_LEVEL);
        if (unknown != null) {
            bands.put(Integer.MIN_VALUE, unknown);
        }
        int columns = Math.max(8, (int) Math.ceil(Math.sqrt(graph.size()) * 1.6));
        double top = 0;
        Comparator<Integer> order = Comparator.<Integer, String>comparing(i -> nullToEmpty(graph.node(i).subnet()))
                .thenComparing(i -> graph.node(i).label());
        for (List<Integer> band : bands.values()) {
            band.sort(order);
            int rows = (band.size() + columns - 1) / columns;
            for (int k = 0; k < band.size(); k++) {
                int row = k / columns;
                int inRow = row == rows - 1 ? band.size() - row * columns : columns;
                int column = k % columns;
                // Each row centred, so a short band sits in the middle of the picture.
                double x = (column - (inRow - 1) / 2.0) * SPACING;
                positions.move(band.get(k), x, top + row * SPACING);
            }
            top += rows * SPACING + BAND_GAP;
        }
        return positions;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
