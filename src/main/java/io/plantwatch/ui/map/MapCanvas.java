package io.plantwatch.ui.map;

import io.plantwatch.console.map.MapEdge;
import io.plantwatch.console.map.MapGraph;
import io.plantwatch.console.map.NodeKind;
import io.plantwatch.console.map.Positions;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The map's view: one {@link Canvas} redrawn by {@link MapPainter} on the next pulse after
 * anything changed (never more than once per pulse, and not at all while nothing changes).
 * Dragging the background pans, dragging a node moves and pins it, Shift+drag draws a rubber band
 * that selects every shown node inside it, the wheel zooms around the cursor, +/- zoom around the
 * centre, F fits everything, S fits the selection, a click selects, a double click expands or
 * collapses a subnet. It reads the view model and calls its commands.
 * FX-thread confined.
 */
public final class MapCanvas extends Region {
    private static final double FLASH_NANOS = 1_200_000_000.0;
    private static final double CLICK_SLOP = 3;

    private final MapViewModel model;
    private final Canvas canvas = new Canvas();
    private final MapRaster raster = new MapRaster();
    private final javafx.scene.image.ImageView rasterView = new javafx.scene.image.ImageView();
    private final MapPainter painter = new MapPainter(new DeviceIcons());
    private final ViewTransform transform = new ViewTransform();
    private final AnimationTimer timer;
    private boolean dirty;
    private boolean running;
    private long flashStarted = -1;
    private boolean fitPending = true;
    private int dragNode = -1;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private double grabDx;
    private double grabDy;
    private boolean moved;
    /** A Shift+drag in progress: the rectangle from the press point to the pointer. */
    private boolean banding;
    private long frames;
    private long paintNanos;

    public MapCanvas(MapViewModel model) {
        this.model = model;
        getStyleClass().add("map-canvas");
        setId("map-canvas");
        setFocusTraversable(true);
        getChildren().addAll(rasterView, canvas);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drawFrame(now);
            }
        };
        // A new scene (another layout, a subnet collapsed) moves everything: show all of it. A reload
        // of the same nodes in the same layout (a sync, a device edit saved) keeps the view.
        model.sceneProperty().addListener((observable, old, scene) -> {
            fitPending |= !sameNodes(old, scene);
            requestDraw();
        });
        model.visibleProperty().addListener((observable, old, value) -> requestDraw());
        model.selectedProperty().addListener((observable, old, value) -> requestDraw());
        model.selectionProperty().addListener((observable, old, value) -> requestDraw());
        model.focusProperty().addListener((observable, old, request) -> {
            if (request != null) {
                focusOn(request.node());
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private static boolean sameNodes(MapScene old, MapScene scene) {
        return old != null && scene != null && old.layout().equals(scene.layout())
                && old.graph().indexByKey().keySet().equals(scene.graph().indexByKey().keySet());
    }

    public ViewTransform transform() {
        return transform;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The map as shown (the pixel layer and the canvas above it), for the PNG export. */
    public javafx.scene.image.WritableImage snapshotImage() {
        return snapshot(null, null);
    }

    void setPalette(MapPalette palette) {
        painter.setPalette(palette);
        requestDraw();
    }

    /** Frames drawn since the view was made (for the benchmark). */
    public long frames() {
        return frames;
    }

    /** Time spent drawing frames on the FX thread since the view was made (for the benchmark). */
    public long paintNanos() {
        return paintNanos;
    }

    /** A pixel of the last frame's pixel layer (edges, nodes, badges), ARGB. */
    int rasterPixel(int x, int y) {
        return raster.pixel(x, y);
    }

    /** Edges drawn in the last frame. */
    public int edgesDrawn() {
        return painter.edgesDrawn();
    }

    /** Asks for a redraw on the next pulse. */
    public void requestDraw() {
        dirty = true;
        if (!running) {
            running = true;
            timer.start();
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            if (raster.resize((int) Math.ceil(getWidth()), (int) Math.ceil(getHeight()))) {
                rasterView.setImage(raster.image());
            }
            requestDraw();
        }
    }

    private void drawFrame(long now) {
        MapScene scene = model.scene();
        if (fitPending && scene != null && getWidth() > 0) {
            fitPending = false;
            fitAll();
        }
        double flash = 0;
        if (flashStarted >= 0) {
            flash = Math.max(0, 1 - (now - flashStarted) / FLASH_NANOS);
            if (flash == 0) {
                flashStarted = -1;
            }
        }
        if (!dirty && flash == 0 && flashStarted < 0) {
            running = false;
            timer.stop();
            return;
        }
        dirty = false;
        if (raster.image() == null) {
            return;
        }
        long painting = System.nanoTime();
        boolean overlay = painter.paint(canvas.getGraphicsContext2D(), raster, new MapPainter.Frame(scene == null ? null : scene.graph(),
                scene == null ? null : scene.positions(), model.visibleProperty().get(), transform,
                model.selectedProperty().get(), model.selectionProperty().get(), flash, getWidth(), getHeight(),
                banding ? band() : null));
        canvas.setVisible(overlay);
        paintNanos += System.nanoTime() - painting;
        frames++;
    }

    /** Fits every shown node into the view. */
    public void fitAll() {
        fitTo(node -> true);
    }

    /**
     * Fits the selection into the view: the nodes of a rubber band, or one selected node with its
     * neighbours.
     */
    public void fitSelection() {
        MapScene scene = model.scene();
        java.util.Set<Integer> group = model.selectionProperty().get();
        if (scene != null && group.size() > 1) {
            fitTo(group::contains);
            return;
        }
        int selected = model.selectedProperty().get();
        if (scene == null || selected < 0) {
            return;
        }
        java.util.Set<Integer> nodes = new java.util.HashSet<>();
        nodes.add(selected);
        for (MapEdge edge : scene.graph().graph().edgesOf(selected)) {
            nodes.add(edge.source());
            nodes.add(edge.target());
        }
        fitTo(nodes::contains);
    }

    private void fitTo(java.util.function.IntPredicate include) {
        MapScene scene = model.scene();
        if (scene == null || getWidth() <= 0) {
            return;
        }
        boolean[] visible = model.visibleProperty().get();
        Positions positions = scene.positions();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < positions.size(); i++) {
            if (visible.length == positions.size() && !visible[i] || !include.test(i)) {
                continue;
            }
            minX = Math.min(minX, positions.x()[i]);
            minY = Math.min(minY, positions.y()[i]);
            maxX = Math.max(maxX, positions.x()[i]);
            maxY = Math.max(maxY, positions.y()[i]);
        }
        if (minX > maxX) {
            return;
        }
        transform.fit(minX - MapPainter.SUBNET_RADIUS, minY - MapPainter.SUBNET_RADIUS,
                maxX + MapPainter.SUBNET_RADIUS, maxY + MapPainter.SUBNET_RADIUS, getWidth(), getHeight());
        requestDraw();
    }

    /** Centres on a node, zooms in far enough to see its icon, and flashes it. */
    public void focusOn(int node) {
        MapScene scene = model.scene();
        if (scene == null || node < 0 || node >= scene.graph().size()) {
            return;
        }
        fitPending = false;
        transform.setScale(Math.max(transform.scale(), 1.2));
        transform.centreOn(scene.positions().x()[node], scene.positions().y()[node], getWidth(), getHeight());
        flashStarted = System.nanoTime();
        requestDraw();
    }

    public void zoom(double factor) {
        transform.zoomAround(getWidth() / 2, getHeight() / 2, factor);
        requestDraw();
    }

    /** The shown node under a screen point (the nearest within its drawn size), or -1. */
    public int nodeAt(double screenX, double screenY) {
        MapScene scene = model.scene();
        if (scene == null) {
            return -1;
        }
        MapGraph graph = scene.graph();
        boolean[] visible = model.visibleProperty().get();
        double[] x = scene.positions().x();
        double[] y = scene.positions().y();
        double mapX = transform.toMapX(screenX);
        double mapY = transform.toMapY(screenY);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            if (visible.length == x.length && !visible[i]) {
                continue;
            }
            double radius = graph.node(i).kind() == NodeKind.SUBNET ? MapPainter.SUBNET_RADIUS : MapPainter.RADIUS;
            // Far out the dots are a few pixels: give the pointer at least 6 px to hit them.
            double reach = Math.max(radius, 6 / transform.scale());
            double dx = x[i] - mapX;
            double dy = y[i] - mapY;
            double distance = dx * dx + dy * dy;
            if (distance <= reach * reach && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = lastX = event.getX();
        pressY = lastY = event.getY();
        moved = false;
        banding = event.isShiftDown();
        dragNode = banding ? -1 : nodeAt(event.getX(), event.getY());
        if (dragNode >= 0) {
            Positions positions = model.positions();
            grabDx = positions.x()[dragNode] - transform.toMapX(event.getX());
            grabDy = positions.y()[dragNode] - transform.toMapY(event.getY());
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (!event.isPrimaryButtonDown()) {
            return;
        }
        if (Math.abs(event.getX() - pressX) > CLICK_SLOP || Math.abs(event.getY() - pressY) > CLICK_SLOP) {
            moved = true;
        }
        if (banding) {
            // The rectangle is drawn on the next frame; nothing moves.
        } else if (dragNode >= 0 && model.positions() != null) {
            model.positions().move(dragNode, transform.toMapX(event.getX()) + grabDx,
                    transform.toMapY(event.getY()) + grabDy);
        } else {
            transform.panBy(event.getX() - lastX, event.getY() - lastY);
        }
        lastX = event.getX();
        lastY = event.getY();
        requestDraw();
        event.consume();
    }

    private void released(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (banding) {
            banding = false;
            if (moved) {
                double[] band = band();
                model.selectNodes(nodesIn(band[0], band[1], band[2], band[3]));
            }
        } else if (dragNode >= 0 && moved) {
            Positions positions = model.positions();
            model.pin(dragNode, positions.x()[dragNode], positions.y()[dragNode]);
        } else if (!moved) {
            if (event.getClickCount() == 2 && dragNode >= 0) {
                model.toggleSubnet(dragNode);
            } else {
                model.selectNodes(dragNode < 0 ? java.util.List.of() : java.util.List.of(dragNode));
            }
        }
        dragNode = -1;
        requestDraw();
        event.consume();
    }

    /** The rubber band in screen coordinates: min x, min y, max x, max y. */
    private double[] band() {
        return new double[] {Math.min(pressX, lastX), Math.min(pressY, lastY), Math.max(pressX, lastX),
            Math.max(pressY, lastY)};
    }

    /** The shown nodes whose centres lie in a screen rectangle. */
    public java.util.List<Integer> nodesIn(double minX, double minY, double maxX, double maxY) {
        MapScene scene = model.scene();
        java.util.List<Integer> inside = new java.util.ArrayList<>();
        if (scene == null) {
            return inside;
        }
        boolean[] visible = model.visibleProperty().get();
        double[] x = scene.positions().x();
        double[] y = scene.positions().y();
        double left = transform.toMapX(minX);
        double right = transform.toMapX(maxX);
        double top = transform.toMapY(minY);
        double bottom = transform.toMapY(maxY);
        for (int i = 0; i < x.length; i++) {
            if ((visible.length != x.length || visible[i]) && x[i] >= left && x[i] <= right && y[i] >= top
                    && y[i] <= bottom) {
                inside.add(i);
            }
        }
        return inside;
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        transform.zoomAround(event.getX(), event.getY(), Math.pow(1.0025, event.getDeltaY()));
        requestDraw();
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            zoom(1.25);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoom(0.8);
        } else if (code == KeyCode.F || code == KeyCode.DIGIT0) {
            fitAll();
        } else if (code == KeyCode.S) {
            fitSelection();
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.UP || code == KeyCode.DOWN) {
            double step = 60;
            transform.panBy(code == KeyCode.LEFT ? step : code == KeyCode.RIGHT ? -step : 0,
                    code == KeyCode.UP ? step : code == KeyCode.DOWN ? -step : 0);
            requestDraw();
        } else if (code == KeyCode.ESCAPE) {
            model.selectNodes(java.util.List.of());
        } else {
            return;
        }
        event.consume();
    }
}
