package io.plantwatch.ui.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pixel layer: shapes partly or wholly outside the buffer are clipped, never written out of
 * bounds (a dot just past the bottom-right corner once threw on the FX thread).
 */
class MapRasterTest {
    @Test
    void shapesOutsideTheBufferAreClippedAtEveryEdge() {
        MapRaster raster = new MapRaster();
        raster.resize(50, 40);
        raster.clear(0);
        double[][] points = {{-3, -3}, {53, 20}, {52, 41}, {25, 43}, {-4, 39}, {49.6, 39.6}, {55, 39}};
        for (double[] point : points) {
            raster.square(point[0], point[1], 6, 0xff0000);
            raster.disc(point[0], point[1], 5, 0xff0000);
            raster.line(25, 20, point[0], point[1], 0x00ff00, 3);
        }
        raster.line(-100, -100, 200, 200, 0x0000ff, 4);
        raster.line(-100, 500, -50, 600, 0x0000ff, 4);
        // Lines ran from the centre towards every point: the centre is painted.
        assertThat(raster.pixel(25, 20)).isNotEqualTo(0xff000000);
    }
}
