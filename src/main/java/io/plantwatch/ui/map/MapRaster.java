package io.plantwatch.ui.map;

import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * A frame buffer the map draws its many small things into (edges, dots, discs) in plain Java, then
 * hands to JavaFX as one image. With the software pipeline a canvas pays per command and per path
 * segment (20k edges took about a second a frame there); writing pixels costs a few milliseconds
 * for the same frame. The image is made over the buffer itself ({@link PixelBuffer}, premultiplied
 * ARGB: every pixel is opaque), so a frame is neither copied nor converted on the FX thread.
 * Lines are not anti-aliased: at map scale they are one to four pixels wide. Not thread-safe (FX thread).
 */
final class MapRaster {
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private final double[] clipP = new double[4];
    private final double[] clipQ = new double[4];
    private final double[] clipped = new double[4];

    /** Makes the buffer this size (keeps it when unchanged); true when the image was replaced. */
    boolean resize(int newWidth, int newHeight) {
        int w = Math.max(1, newWidth);
        int h = Math.max(1, newHeight);
        if (w == width && h == height && image != null) {
            return false;
        }
        width = w;
        height = h;
        pixels = new int[w * h];
        buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
        return true;
    }

    /** The colour at a pixel (for tests). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    WritableImage image() {
        return image;
    }

    static int argb(Color color) {
        return (int) Math.round(color.getOpacity() * 255) << 24 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
    }

    void clear(int argb) {
        Arrays.fill(pixels, argb | 0xff000000);
    }

    /** Tells the image its pixels changed (all of them): it is redrawn on this pulse, from the buffer. */
    void publish() {
        buffer.updateBuffer(changed -> null);
    }

    private void plot(int x, int y, int rgb) {
        if (x >= 0 && y >= 0 && x < width && y < height) {
            pixels[y * width + x] = rgb;
        }
    }

    /**
     * {@code color} over {@code background} as one opaque colour: lines are drawn opaque (a blend
     * per pixel tripled the cost of a frame), so translucent colours are mixed once, here.
     */
    static int over(Color color, Color background) {
        double a = color.getOpacity();
        return argb(Color.color(color.getRed() * a + background.getRed() * (1 - a),
                color.getGreen() * a + background.getGreen() * (1 - a),
                color.getBlue() * a + background.getBlue() * (1 - a)));
    }

    /** An opaque line {@code thickness} pixels wide (Bresenham, clipped to the buffer first). */
    void line(double x0, double y0, double x1, double y1, int rgb, int thickness) {
        if (!clip(x0, y0, x1, y1)) {
            return;
        }
        int argb = rgb | 0xff000000;
        int ax = (int) clipped[0];
        int ay = (int) clipped[1];
        int bx = (int) clipped[2];
        int by = (int) clipped[3];
        int dx = Math.abs(bx - ax);
        int dy = -Math.abs(by - ay);
        int sx = ax < bx ? 1 : -1;
        int sy = ay < by ? 1 : -1;
        boolean steep = -dy > dx;
        int from = -(thickness - 1) / 2;
        int to = thickness / 2;
        int error = dx + dy;
        if (thickness == 1) {
            thinLine(ax, ay, bx, by, sx, sy, dx, dy, argb);
            return;
        }
        while (true) {
            for (int offset = from; offset <= to; offset++) {
                if (steep) {
                    plot(ax + offset, ay, argb);
                } else {
                    plot(ax, ay + offset, argb);
                }
            }
            if (ax == bx && ay == by) {
                return;
            }
            int twice = 2 * error;
            if (twice >= dy) {
                error += dy;
                ax += sx;
            }
            if (twice <= dx) {
                error += dx;
                ay += sy;
            }
        }
    }

    /** The common case (far out, every edge): clipped already, so no bounds test per pixel. */
    private void thinLine(int ax, int ay, int bx, int by, int sx, int sy, int dx, int dy, int argb) {
        int[] buffer = pixels;
        int row = width;
        int x = ax;
        int y = ay;
        int error = dx + dy;
        while (true) {
            buffer[y * row + x] = argb;
            if (x == bx && y == by) {
                return;
            }
            int twice = 2 * error;
            if (twice >= dy) {
                error += dy;
                x += sx;
            }
            if (twice <= dx) {
                error += dx;
                y += sy;
            }
        }
    }

    /** Liang–Barsky: puts the part of the segment inside the buffer in {@link #clipped}; false when none. */
    private boolean clip(double x0, double y0, double x1, double y1) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = clipP;
        double[] q = clipQ;
        p[0] = -dx;
        p[1] = dx;
        p[2] = -dy;
        p[3] = dy;
        q[0] = x0;
        q[1] = width - 1 - x0;
        q[2] = y0;
        q[3] = height - 1 - y0;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return false;
            }
        }
        clipped[0] = x0 + t0 * dx;
        clipped[1] = y0 + t0 * dy;
        clipped[2] = x0 + t1 * dx;
        clipped[3] = y0 + t1 * dy;
        return true;
    }

    /** A filled square of side {@code size} centred on the point. */
    void square(double cx, double cy, double size, int argb) {
        int x0 = (int) Math.max(0, Math.round(cx - size / 2));
        int y0 = (int) Math.max(0, Math.round(cy - size / 2));
        int x1 = (int) Math.min(width, Math.round(cx + size / 2));
        int y1 = (int) Math.min(height, Math.round(cy + size / 2));
        if (x1 <= x0) {
            // Entirely left or right of the buffer (a node just off the edge).
            return;
        }
        for (int y = y0; y < y1; y++) {
            Arrays.fill(pixels, y * width + x0, y * width + x1, argb | 0xff000000);
        }
    }

    /** A filled disc. */
    void disc(double cx, double cy, double radius, int argb) {
        int y0 = (int) Math.max(0, Math.floor(cy - radius));
        int y1 = (int) Math.min(height - 1, Math.ceil(cy + radius));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            double half = radius * radius - dy * dy;
            if (half < 0) {
                continue;
            }
            double span = Math.sqrt(half);
            int x0 = (int) Math.max(0, Math.round(cx - span));
            int x1 = (int) Math.min(width, Math.round(cx + span));
            if (x1 > x0) {
                Arrays.fill(pixels, y * width + x0, y * width + x1, argb | 0xff000000);
            }
        }
    }
}
