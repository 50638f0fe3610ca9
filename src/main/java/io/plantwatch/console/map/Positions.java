package io.plantwatch.console.map;

import java.util.Arrays;

/**
 * Where each node of a {@link MapGraph} is, by node index, in map coordinates. The arrays are
 * owned by this object: a layout fills them once and hands them over; the view moves a dragged
 * node through {@link #move} on the FX thread only. Not thread-safe after hand-over.
 */
public record Positions(double[] x, double[] y) {
    public static Positions of(int size) {
        return new Positions(new double[size], new double[size]);
    }

    public int size() {
        return x.length;
    }

    public void move(int node, double newX, double newY) {
        x[node] = newX;
        y[node] = newY;
    }

    public MapPoint at(int node) {
        return new MapPoint(x[node], y[node]);
    }

    /** minX, minY, maxX, maxY of the nodes, or all zeros when there are none. */
    public double[] bounds() {
        if (x.length == 0) {
            return new double[4];
        }
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < x.length; i++) {
            bounds[0] = Math.min(bounds[0], x[i]);
            bounds[1] = Math.min(bounds[1], y[i]);
            bounds[2] = Math.max(bounds[2], x[i]);
            bounds[3] = Math.max(bounds[3], y[i]);
        }
        return bounds;
    }

    public Positions copy() {
        return new Positions(Arrays.copyOf(x, x.length), Arrays.copyOf(y, y.length));
    }
}
