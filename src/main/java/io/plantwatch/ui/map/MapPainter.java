package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapEdge;
import io.plantwatch.console.map.MapGraph;
import io.plantwatch.console.map.MapNode;
import io.plantwatch.console.map.NodeKind;
import io.plantwatch.console.map.Positions;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the map on a canvas, with level of detail: far out, nodes are small squares
 * coloured by Purdue level (red with alerts) and edges one batched thin path per protocol family;
 * closer, circles with type icons and alert badges, edges as thick as their traffic; closest,
 * labels. Everything outside the viewport is skipped. One batched path per colour keeps the
 * number of canvas commands (what the software pipeline pays for) near one per visible item.
 * Not thread-safe (FX thread).
 */
final class MapPainter {
    /** Node radius in map units. */
    static final double RADIUS = 14;
    static final double SUBNET_RADIUS = 24;
    static final double DOTS_BELOW = 0.35;
    static final double ICONS_FROM = 0.7;
    static final double LABELS_FROM = 0.9;
    private static final int MAX_LABELS = 1500;
    private static final int ALERT_BUCKET = 7;

    private final DeviceIcons icons;
    private MapPalette palette = MapPalette.light();
    private MapGraph bucketsOf;
    private int[] buckets = new int[0];

    MapPainter(DeviceIcons icons) {
        this.icons = icons;
    }

    void setPalette(MapPalette palette) {
        this.palette = palette;
    }

    /** What one frame shows. {@code flash} is 0..1 (1 just after a search focused {@code selected}). */
    record Frame(MapGraph graph, Positions positions, boolean[] visible, ViewTransform transform, int selected,
                 double flash, double width, double height) {
    }

    void paint(GraphicsContext g, Frame frame) {
        g.setFill(palette.background());
        g.fillRect(0, 0, frame.width(), frame.height());
        if (frame.graph() == null) {
            return;
        }
        prepareBuckets(frame.graph());
        double scale = frame.transform().scale();
        paintEdges(g, frame, scale);
        if (scale < DOTS_BELOW) {
            paintDots(g, frame, scale);
        } else {
            paintNodes(g, frame, scale);
        }
        paintSelection(g, frame, scale);
        if (scale >= LABELS_FROM) {
            paintLabels(g, frame, scale);
        }
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

    private void paintEdges(GraphicsContext g, Frame frame, double scale) {
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        boolean[] visible = frame.visible();
        double minX = t.toMapX(0);
        double maxX = t.toMapX(frame.width());
        double minY = t.toMapY(0);
        double maxY = t.toMapY(frame.height());
        boolean thick = scale >= ICONS_FROM;
        g.setLineCap(StrokeLineCap.BUTT);
        // Batches: OT/IT times three widths when zoomed in; one width when far out.
        for (int family = 0; family < 2; family++) {
            for (int width = 0; width < (thick ? 3 : 1); width++) {
                g.beginPath();
                int segments = 0;
                for (MapEdge edge : frame.graph().edges()) {
                    int a = edge.source();
                    int b = edge.target();
                    if ((edge.ot() ? 0 : 1) != family || thick && widthBucket(edge.weight()) != width
                            || !visible[a] || !visible[b]) {
                        continue;
                    }
                    if (x[a] < minX && x[b] < minX || x[a] > maxX && x[b] > maxX
                            || y[a] < minY && y[b] < minY || y[a] > maxY && y[b] > maxY) {
                        continue;
                    }
                    g.moveTo(t.toScreenX(x[a]), t.toScreenY(y[a]));
                    g.lineTo(t.toScreenX(x[b]), t.toScreenY(y[b]));
                    segments++;
                }
                if (segments > 0) {
                    g.setStroke(family == 0 ? palette.otEdge() : palette.itEdge());
                    g.setLineWidth(thick ? new double[] {1, 2.2, 4}[width] * Math.min(1.5, scale) : 0.7);
                    g.stroke();
                }
            }
        }
    }

    private static int widthBucket(int weight) {
        return weight <= 2 ? 0 : weight <= 8 ? 1 : 2;
    }

    private void paintDots(GraphicsContext g, Frame frame, double scale) {
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        double size = Math.max(2, Math.min(6, RADIUS * 2 * scale));
        for (int bucket = 0; bucket <= ALERT_BUCKET; bucket++) {
            g.setFill(bucketColor(bucket));
            for (int i = 0; i < x.length; i++) {
                if (buckets[i] != bucket || !frame.visible()[i]) {
                    continue;
                }
                double sx = t.toScreenX(x[i]);
                double sy = t.toScreenY(y[i]);
                if (sx < -8 || sy < -8 || sx > frame.width() + 8 || sy > frame.height() + 8) {
                    continue;
                }
                double s = frame.graph().node(i).kind() == NodeKind.SUBNET ? size * 2 : size;
                g.fillRect(sx - s / 2, sy - s / 2, s, s);
            }
        }
    }

    private void paintNodes(GraphicsContext g, Frame frame, double scale) {
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        boolean withIcons = scale >= ICONS_FROM;
        Font iconFont = Font.font(icons.family(), RADIUS * 1.25 * scale);
        Font badgeFont = Font.font(Math.max(8, 9 * Math.min(1.5, scale)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
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
            if (subnet) {
                g.setFill(palette.subnetFill());
                g.fillRoundRect(sx - r, sy - r, 2 * r, 2 * r, r, r);
                g.setStroke(color);
                g.setLineWidth(2);
                g.strokeRoundRect(sx - r, sy - r, 2 * r, 2 * r, r, r);
            } else {
                g.setFill(color);
                g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
            }
            if (withIcons) {
                g.setFill(subnet ? color : Color.WHITE);
                g.setFont(iconFont);
                g.fillText(icons.glyph(node.type()), sx, sy);
            }
            if (node.alerts() > 0) {
                paintBadge(g, sx + r * 0.75, sy - r * 0.75, Math.max(3, 5 * scale), withIcons ? node.alerts() : 0,
                        badgeFont);
            }
        }
    }

    private void paintBadge(GraphicsContext g, double cx, double cy, double radius, int count, Font font) {
        g.setFill(palette.alert());
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        if (count > 0) {
            g.setFill(Color.WHITE);
            g.setFont(font);
            g.fillText(count > 99 ? "99+" : Integer.toString(count), cx, cy);
        }
    }

    private void paintSelection(GraphicsContext g, Frame frame, double scale) {
        int selected = frame.selected();
        if (selected < 0 || selected >= frame.graph().size()) {
            return;
        }
        ViewTransform t = frame.transform();
        double[] x = frame.positions().x();
        double[] y = frame.positions().y();
        double r = Math.max(6, RADIUS * scale) + 3;
        g.setStroke(palette.highlight());
        g.setLineWidth(2.5);
        double sx = t.toScreenX(x[selected]);
        double sy = t.toScreenY(y[selected]);
        for (MapEdge edge : frame.graph().graph().edgesOf(selected)) {
            int other = edge.source() == selected ? edge.target() : edge.source();
            double ox = t.toScreenX(x[other]);
            double oy = t.toScreenY(y[other]);
            g.strokeLine(sx, sy, ox, oy);
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
            g.fillText(node.label(), sx, sy + r + 3, 160);
            drawn++;
        }
    }
}
