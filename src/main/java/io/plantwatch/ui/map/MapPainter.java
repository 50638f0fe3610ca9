package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapEdge;
import io.plantwatch.console.map.MapGraph;
import io.plantwatch.console.map.LayeredLayout;
import io.plantwatch.console.map.MapNode;
import io.plantwatch.console.map.NodeKind;
import io.plantwatch.console.map.Positions;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the map, with level of detail: far out, nodes are small squares coloured by
 * Purdue level (red with alerts) and edges thin lines coloured by protocol family; closer, discs
 * with alert badges and edges as thick as their traffic; closer still, type icons, then labels.
 * The many small things go into a {@link MapRaster} (pixels written in Java); the canvas on top
 * only draws what is few (icons and labels of the nodes in view, the selection). Everything
 * outside the viewport is skipped. Not thread-safe (FX thread).
 */
final class MapPainter {
    /** Node radius in map units. */
    static final double RADIUS = 14;
    static final double SUBNET_RADIUS = 24;
    static final double DOTS_BELOW = 0.35;
    static final double THICK_FROM = 0.7;
    static final double ICONS_FROM = 0.9;
    static final double LABELS_FROM = 1.2;
    /** Average advance of a label character at 11 px, to cut labels to the space between nodes. */
    private static final double CHAR_WIDTH = 6.3;
    private static final int MAX_LABELS = 1500;
    private static final int ALERT_BUCKET = 7;

    private final DeviceIcons icons;
    private MapPalette palette = MapPalette.light();
    private MapGraph bucketsOf;
    private int[] buckets = new int[0];
    private int edgesDrawn;

    MapPainter(DeviceIcons icons) {
        this.icons = icons;
    }

    void setPalette(MapPalette palette) {
        this.palette = palette;
    }

    /**
     * What one frame shows. {@code flash} is 0..1 (1 just after a search focused {@code selected});
     * {@code selection} holds every selected node (a rubber band's); {@code band} is the rubber band
     * being drawn (screen min x, min y, max x, max y), or null.
     */
    record Frame(MapGraph graph, Positions positions, boolean[] visible, ViewTransform transform, int selected,
                 java.util.Set<Integer> selection, double flash, double width, double height, double[] band) {
    }

    /** Draws a frame; returns whether anything was drawn on the canvas (else the view hides it: cheaper). */
    boolean paint(GraphicsContext g, MapRaster raster, Frame frame) {
        raster.clear(MapRaster.argb(palette.background()));
        g.clearRect(0, 0, frame.width(), frame.height());
        if (frame.graph() == null) {
            raster.publish();
            return false;
        }
        prepareBuckets(frame.graph());
        double scale = frame.transform().scale();
        paintEdges(raster, frame, scale);
        if (scale < DOTS_BELOW) {
            paintDots(raster, frame, scale);
        } else {
            paintNodes(g, raster, frame, scale);
        }
        raster.publish();
        paintGroup(g, frame, scale);
        paintSelection(g, frame, scale);
        if (scale >= LABELS_FROM) {
            paintLabels(g, frame, scale);
        }
        paintBand(g, frame);
        return scale >= ICONS_FROM || frame.selected() >= 0 && frame.selected() < frame.graph().size()
                || frame.selection().size() > 1 || frame.band() != null;
    }

    private void prepareBuckets(MapGraph graph) {
        if (bucketsOf == graph) {
            return;
        }
        buckets = new int[graph.size()];
        for (int i = 0; i < buckets.length; i++) {
            MapNode node = graph.node(i);
            buckets[i] = node.alerts() > 0 ? ALERT_BUCKET : MapPalette.bucket(node.purdueLevel());
        }
        bucketsOf = graph;
    }

    private Color bucketColor(int bucket) {
        return bucket == ALERT_BUCKET ? palette.alert() : palette.bucketColor(bucket);
    }

    private void paintEdges(MapRaster raster, Frame frame, double scale) {
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        boolean[] visible = frame.visible();
        double minX = t.toMapX(0);
        double maxX = t.toMapX(frame.width());
        double minY = t.toMapY(0);
        double maxY = t.toMapY(frame.height());
        boolean thick = scale >= THICK_FROM;
        int ot = MapRaster.over(palette.otEdge(), palette.background());
        int it = MapRaster.over(palette.itEdge(), palette.background());
        double[] widths = {1, 1.6, 2.6};
        int drawn = 0;
        for (MapEdge edge : frame.graph().edges()) {
            int a = edge.source();
            int b = edge.target();
            if (!visible[a] || !visible[b]
                    || x[a] < minX && x[b] < minX || x[a] > maxX && x[b] > maxX
                    || y[a] < minY && y[b] < minY || y[a] > maxY && y[b] > maxY) {
                continue;
            }
            int width = thick ? (int) Math.max(1, Math.round(widths[widthBucket(edge.weight())]
                    * Math.min(1.2, scale))) : 1;
            raster.line(t.toScreenX(x[a]), t.toScreenY(y[a]), t.toScreenX(x[b]), t.toScreenY(y[b]),
                    edge.ot() ? ot : it, width);
            drawn++;
        }
        edgesDrawn = drawn;
    }

    /** Edges drawn in the last frame (both ends shown, some of it in view). */
    int edgesDrawn() {
        return edgesDrawn;
    }

    private static int widthBucket(int weight) {
        return weight <= 2 ? 0 : weight <= 8 ? 1 : 2;
    }

    private void paintDots(MapRaster raster, Frame frame, double scale) {
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        double size = Math.max(2, Math.min(6, RADIUS * 2 * scale));
        int[] colors = new int[ALERT_BUCKET + 1];
        for (int bucket = 0; bucket <= ALERT_BUCKET; bucket++) {
            colors[bucket] = MapRaster.argb(bucketColor(bucket));
        }
        for (int i = 0; i < x.length; i++) {
            if (!frame.visible()[i]) {
                continue;
            }
            double sx = t.toScreenX(x[i]);
            double sy = t.toScreenY(y[i]);
            if (sx < -8 || sy < -8 || sx > frame.width() + 8 || sy > frame.height() + 8) {
                continue;
            }
            double s = frame.graph().node(i).kind() == NodeKind.SUBNET ? size * 2 : size;
            raster.square(sx, sy, s, colors[buckets[i]]);
        }
    }

    private void paintNodes(GraphicsContext g, MapRaster raster, Frame frame, double scale) {
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        boolean withIcons = scale >= ICONS_FROM;
        Font iconFont = Font.font(icons.family(), RADIUS * 1.25 * scale);
        Font badgeFont = Font.font(Math.max(8, 9 * Math.min(1.5, scale)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int subnetFill = MapRaster.argb(palette.subnetFill());
        for (int i = 0; i < x.length; i++) {
            if (!frame.visible()[i]) {
                continue;
            }
            MapNode node = frame.graph().node(i);
            boolean subnet = node.kind() == NodeKind.SUBNET;
            double r = (subnet ? SUBNET_RADIUS : RADIUS) * scale;
            double sx = t.toScreenX(x[i]);
            double sy = t.toScreenY(y[i]);
            if (sx < -r || sy < -r || sx > frame.width() + r || sy > frame.height() + r) {
                continue;
            }
            Color color = palette.bucketColor(MapPalette.bucket(node.purdueLevel()));
            int rgb = MapRaster.argb(color);
            if (subnet) {
                raster.square(sx, sy, 2 * r, rgb);
                raster.square(sx, sy, 2 * r - 4, subnetFill);
            } else {
                raster.disc(sx, sy, r, rgb);
            }
            if (withIcons) {
                g.setFill(subnet ? color : Color.WHITE);
                g.setFont(iconFont);
                g.fillText(icons.glyph(node.type()), sx, sy);
            }
            paintBadges(g, raster, node, sx, sy, r, scale, withIcons ? badgeFont : null);
        }
    }

    /**
     * The badges around a node: alerts top right (with the count), new devices top left ("N"),
     * unauthorized devices bottom right ("!"); a subnet's badges count its devices. Each sits on a
     * ring of the background so that it reads over edges. Text only from the icons' zoom on.
     */
    private void paintBadges(GraphicsContext g, MapRaster raster, MapNode node, double sx, double sy, double r,
                             double scale, Font text) {
        double badge = Math.max(3, 5 * scale);
        double offset = r * 0.75;
        if (node.alerts() > 0) {
            badge(g, raster, sx + offset, sy - offset, badge, palette.alert(), Color.WHITE, text,
                    node.alerts() > 99 ? "99+" : Integer.toString(node.alerts()));
        }
        if (node.newDevices() > 0) {
            badge(g, raster, sx - offset, sy - offset, badge, palette.newDevice(), Color.WHITE, text,
                    node.kind() == NodeKind.SUBNET ? count(node.newDevices()) : "N");
        }
        if (node.unauthorized() > 0) {
            badge(g, raster, sx + offset, sy + offset, badge, palette.unauthorized(), palette.background(), text,
                    node.kind() == NodeKind.SUBNET ? count(node.unauthorized()) : "!");
        }
    }

    private void badge(GraphicsContext g, MapRaster raster, double x, double y, double radius, Color fill,
                       Color ink, Font text, String label) {
        raster.disc(x, y, radius + 1.5, MapRaster.argb(palette.background()));
        raster.disc(x, y, radius, MapRaster.argb(fill));
        if (text != null) {
            g.setFill(ink);
            g.setFont(text);
            g.fillText(label, x, y);
        }
    }

    private static String count(int value) {
        return value > 99 ? "99+" : Integer.toString(value);
    }

    /** Where a node's badges are drawn, in screen coordinates: alert, new, unauthorized (x, y each). */
    static double[] badgeCentres(double sx, double sy, double r) {
        double offset = r * 0.75;
        return new double[] {sx + offset, sy - offset, sx - offset, sy - offset, sx + offset, sy + offset};
    }

    /** A ring around each node of a group selection (the ones in view, at most MAX_LABELS). */
    private void paintGroup(GraphicsContext g, Frame frame, double scale) {
        if (frame.selection().size() < 2) {
            return;
        }
        ViewTransform t = frame.transform();
        double r = Math.max(5, RADIUS * scale) + 3;
        g.setStroke(palette.highlight());
        g.setLineWidth(2);
        int drawn = 0;
        for (int node : frame.selection()) {
            if (node >= frame.graph().size() || !frame.visible()[node] || drawn >= MAX_LABELS) {
                continue;
            }
            double sx = t.toScreenX(frame.positions().x()[node]);
            double sy = t.toScreenY(frame.positions().y()[node]);
            if (sx >= -r && sy >= -r && sx <= frame.width() + r && sy <= frame.height() + r) {
                g.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
                drawn++;
            }
        }
    }

    private void paintBand(GraphicsContext g, Frame frame) {
        double[] band = frame.band();
        if (band == null) {
            return;
        }
        Color highlight = palette.highlight();
        g.setFill(Color.color(highlight.getRed(), highlight.getGreen(), highlight.getBlue(), 0.12));
        g.fillRect(band[0], band[1], band[2] - band[0], band[3] - band[1]);
        g.setStroke(highlight);
        g.setLineWidth(1);
        g.setLineDashes(5, 4);
        g.strokeRect(band[0] + 0.5, band[1] + 0.5, band[2] - band[0], band[3] - band[1]);
        g.setLineDashes((double[]) null);
    }

    private void paintSelection(GraphicsContext g, Frame frame, double scale) {
        int selected = frame.selected();
        if (selected < 0 || selected >= frame.graph().size()) {
            return;
        }
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        // Rings outside the badges, and links from ring to ring, so that neither hides a badge.
        double r = Math.max(6, RADIUS * scale) + (scale >= DOTS_BELOW ? Math.max(3, 5 * scale) : 0) + 3;
        g.setStroke(palette.highlight());
        g.setLineWidth(2.5);
        double sx = t.toScreenX(x[selected]);
        double sy = t.toScreenY(y[selected]);
        for (MapEdge edge : frame.graph().graph().edgesOf(selected)) {
            int other = edge.source() == selected ? edge.target() : edge.source();
            double ox = t.toScreenX(x[other]);
            double oy = t.toScreenY(y[other]);
            double length = Math.hypot(ox - sx, oy - sy);
            if (length > 2 * r + 2) {
                double ux = (ox - sx) / length;
                double uy = (oy - sy) / length;
                g.strokeLine(sx + ux * (r + 2), sy + uy * (r + 2), ox - ux * r, oy - uy * r);
            }
            g.strokeOval(ox - r, oy - r, 2 * r, 2 * r);
        }
        g.setLineWidth(3.5);
        g.strokeOval(sx - r - 2, sy - r - 2, 2 * r + 4, 2 * r + 4);
        if (frame.flash() > 0) {
            double grow = r + 4 + (1 - frame.flash()) * 40;
            g.setStroke(Color.color(palette.highlight().getRed(), palette.highlight().getGreen(),
                    palette.highlight().getBlue(), frame.flash()));
            g.setLineWidth(4);
            g.strokeOval(sx - grow, sy - grow, 2 * grow, 2 * grow);
        }
    }

    private void paintLabels(GraphicsContext g, Frame frame, double scale) {
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        g.setFill(palette.text());
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int drawn = 0;
        int maxChars = (int) Math.max(4, (LayeredLayout.SPACING * scale - 8) / CHAR_WIDTH);
        for (int i = 0; i < x.length && drawn < MAX_LABELS; i++) {
            if (!frame.visible()[i]) {
                continue;
            }
            double sx = t.toScreenX(x[i]);
            double sy = t.toScreenY(y[i]);
            if (sx < -80 || sy < -20 || sx > frame.width() + 80 || sy > frame.height() + 20) {
                continue;
            }
            MapNode node = frame.graph().node(i);
            double r = (node.kind() == NodeKind.SUBNET ? SUBNET_RADIUS : RADIUS) * scale;
            g.fillText(fit(node.label(), maxChars), sx, sy + r + 3);
            drawn++;
        }
    }

    /** The label cut to {@code maxChars} with an ellipsis, so that neighbours' labels do not overlap. */
    static String fit(String label, int maxChars) {
        return label.length() <= maxChars ? label : label.substring(0, maxChars - 1) + "\u2026";
    }
}
