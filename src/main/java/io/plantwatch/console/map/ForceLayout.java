package io.plantwatch.console.map;

import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

import java.util.Map;
import java.util.Random;

/**
 * Force-directed (Fruchterman-Reingold, JGraphT). Plain FR compares every pair of nodes per
 * iteration (quadratic), so above {@value #EXACT_UP_TO} nodes the indexed variant approximates
 * far-away repulsion with a Barnes-Hut quadtree (n log n per iteration), and runs fewer iterations
 * the larger the graph, to keep 10k devices within the 2 s budget on a small machine. The drawing
 * area grows with the node count so that the ideal edge length stays near {@link LayeredLayout#SPACING}.
 * Seeded, so the same graph gives the same picture. Pinned nodes are fixed in the layout model
 * and the others settle around them. Stateless and thread-safe.
 */
public final class ForceLayout implements MapLayout {
    static final int EXACT_UP_TO = 300;
    private static final long SEED = 20_241_129L;

    @Override
    public String name() {
        return "force";
    }

    @Override
    public Positions layout(MapGraph graph, Map<String, MapPoint> pinned) {
        int size = graph.size();
        double side = Math.max(600, Math.sqrt(size) * LayeredLayout.SPACING * 1.4);
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        // The Barnes-Hut quadtree refuses points outside the drawing area, so a pin far away
        // takes part at the nearest point inside, and gets its exact place back afterwards.
        Map<Integer, MapPoint> pinnedNodes = new java.util.HashMap<>();
        for (Map.Entry<String, MapPoint> pin : pinned.entrySet()) {
            int index = graph.indexOf(pin.getKey());
            if (index >= 0) {
                pinnedNodes.put(index, pin.getValue());
                model.put(index, Point2D.of(clamp(pin.getValue().x(), side), clamp(pin.getValue().y(), side)));
                model.setFixed(index, true);
            }
        }
        algorithm(size).layout(graph.graph(), model);
        Positions positions = Positions.of(size);
        for (int i = 0; i < size; i++) {
            Point2D point = model.get(i);
            positions.move(i, point.getX(), point.getY());
        }
        pinnedNodes.forEach((index, point) -> positions.move(index, point.x(), point.y()));
        return positions;
    }

    private static double clamp(double value, double side) {
        return Math.max(1, Math.min(side - 1, value));
    }

    private static FRLayoutAlgorithm2D<Integer, MapEdge> algorithm(int size) {
        Random random = new Random(SEED);
        if (size <= EXACT_UP_TO) {
            return new FRLayoutAlgorithm2D<>(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS,
                    FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random);
        }
        int iterations = (int) Math.max(10, Math.min(FRLayoutAlgorithm2D.DEFAULT_ITERATIONS, 150_000L / size));
        // theta 1.0: coarser than the default 0.5, twice as fast, and the picture is no worse at map scale.
        return new IndexedFRLayoutAlgorithm2D<>(iterations, 1.0, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                random);
    }
}
