package io.plantwatch.ui.map;

import io.plantwatch.bench.SyntheticMapModel;
import io.plantwatch.console.map.MapModel;
import io.plantwatch.console.map.MapNode;
import io.plantwatch.console.map.MapPoint;
import io.plantwatch.console.map.NodeKind;
import io.plantwatch.ui.support.BundledFonts;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static io.plantwatch.ui.map.MapViewFixture.onFx;
import static io.plantwatch.ui.map.MapViewFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The map screen driven like a user would (TestFX robot on headless Monocle): dragging pins a
 * device for good, zoom and pan move the view as expected, search focuses, filters hide, subnets
 * collapse and expand, exports write files.
 */
class MapViewTest {
    /** 600 devices in 4 zones and several subnets, about 1,150 connections. */
    private static final MapModel PLANT = SyntheticMapModel.of(600);

    @TempDir
    Path data;
    @TempDir
    Path exports;
    private final FxRobot robot = new FxRobot();
    private MapViewFixture map;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        BundledFonts.load();
    }

    @AfterEach
    void close() throws Exception {
        if (map != null) {
            map.close();
        }
    }

    private MapViewFixture open() throws Exception {
        map = new MapViewFixture(data, (owner, name) -> Optional.of(exports.resolve(name))).open(PLANT);
        return map;
    }

    /** Where node {@code index} is drawn, in screen coordinates (what the robot moves to). */
    private Point2D screenPointOf(int index) throws Exception {
        return onFx(() -> {
            MapCanvas canvas = map.canvas();
            double x = canvas.transform().toScreenX(map.model().positions().x()[index]);
            double y = canvas.transform().toScreenY(map.model().positions().y()[index]);
            return canvas.localToScreen(x, y);
        });
    }

    /** A device drawn inside the view (not hidden under the edge of the window). */
    private int deviceInView() throws Exception {
        return onFx(() -> {
            MapCanvas canvas = map.canvas();
            for (int i = 0; i < map.model().scene().graph().size(); i++) {
                double x = canvas.transform().toScreenX(map.model().positions().x()[i]);
                double y = canvas.transform().toScreenY(map.model().positions().y()[i]);
                if (x > 200 && y > 150 && x < canvas.getWidth() - 200 && y < canvas.getHeight() - 150
                        && canvas.nodeAt(x, y) == i) {
                    return i;
                }
            }
            throw new AssertionError("no device in view");
        });
    }

    @Test
    void aDraggedDeviceStaysPinnedAcrossARelayoutAndAReopen() throws Exception {
        open();
        onFx(() -> {
            map.canvas().transform().setScale(1);
            map.canvas().transform().centreOn(0, 0, map.canvas().getWidth(), map.canvas().getHeight());
            map.canvas().requestDraw();
            return null;
        });
        int node = deviceInView();
        String key = onFx(() -> map.model().scene().graph().node(node).key());
        MapPoint before = onFx(() -> map.model().positions().at(node));

        robot.moveTo(screenPointOf(node)).press(MouseButton.PRIMARY).moveBy(40, 20).moveBy(60, 30)
                .release(MouseButton.PRIMARY);
        map.settle();
        MapPoint pinned = onFx(() -> map.model().positions().at(node));
        double scale = onFx(() -> map.canvas().transform().scale());
        assertThat(pinned.x() - before.x()).isCloseTo(100 / scale, within(2.0));
        assertThat(pinned.y() - before.y()).isCloseTo(50 / scale, within(2.0));
        assertThat(onFx(() -> map.model().isPinned(node))).isTrue();

        // Another layout moves everything else; the pinned device stays.
        MapPoint neighbourBefore = onFx(() -> map.model().positions().at(node == 0 ? 1 : 0));
        onFx(() -> {
            map.model().layoutProperty().set(map.model().layouts().get(1));
            return null;
        });
        waitFor(() -> "force".equals(map.model().scene().layout()));
        map.settle();
        assertThat(onFx(() -> map.model().positions().at(map.model().scene().graph().indexOf(key))))
                .isEqualTo(pinned);
        assertThat(onFx(() -> map.model().positions().at(node == 0 ? 1 : 0))).isNotEqualTo(neighbourBefore);

        // A restart: a new store connection and a new screen read the pin back.
        map.close();
        map = new MapViewFixture(data, (owner, name) -> Optional.empty()).open(PLANT);
        assertThat(onFx(() -> map.model().positions().at(map.model().scene().graph().indexOf(key))))
                .isEqualTo(pinned);
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorAndDraggingTheBackgroundPans() throws Exception {
        open();
        MapCanvas canvas = map.canvas();
        // A background point: far left of the bands, where no node is.
        Point2D local = new Point2D(15, 15);
        assertThat(onFx(() -> canvas.nodeAt(local.getX(), local.getY()))).isEqualTo(-1);
        double[] before = onFx(() -> new double[] {canvas.transform().scale(),
            canvas.transform().toMapX(local.getX()), canvas.transform().toMapY(local.getY())});

        // Monocle's headless robot has no wheel: the event a wheel notch up makes is fired at the view.
        onFx(() -> {
            Point2D screen = canvas.localToScreen(local);
            Point2D scene = canvas.localToScene(local);
            javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    false, false, false, false, false, false, 0, 120, 0, 120,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        waitFor(() -> canvas.transform().scale() > before[0] * 1.01);
        double[] zoomed = onFx(() -> new double[] {canvas.transform().toMapX(local.getX()),
            canvas.transform().toMapY(local.getY())});
        assertThat(zoomed[0]).isCloseTo(before[1], within(0.5));
        assertThat(zoomed[1]).isCloseTo(before[2], within(0.5));

        double[] translate = onFx(() -> new double[] {canvas.transform().translateX(), canvas.transform().translateY()});
        robot.moveTo(onFx(() -> canvas.localToScreen(local))).press(MouseButton.PRIMARY).moveBy(30, 20)
                .moveBy(50, 20).release(MouseButton.PRIMARY);
        waitFor(() -> canvas.transform().translateX() != translate[0]);
        assertThat(onFx(() -> canvas.transform().translateX() - translate[0])).isCloseTo(80, within(1.0));
        assertThat(onFx(() -> canvas.transform().translateY() - translate[1])).isCloseTo(40, within(1.0));
        assertThat(onFx(() -> map.model().selectedProperty().get())).isEqualTo(-1);

        double scale = onFx(() -> canvas.transform().scale());
        robot.clickOn(canvas, MouseButton.SECONDARY).type(KeyCode.ADD);
        waitFor(() -> Math.abs(canvas.transform().scale() - scale * 1.25) < 1e-9);
        robot.type(KeyCode.SUBTRACT);
        waitFor(() -> Math.abs(canvas.transform().scale() - scale) < 1e-9);
    }

    @Test
    void shiftDragSelectsEveryDeviceInTheRectangleAndFitSelectionShowsThem() throws Exception {
        open();
        MapCanvas canvas = map.canvas();
        double[] band = {300, 200, 700, 420};
        // What the rectangle covers, worked out here from the drawn positions.
        java.util.Set<Integer> expected = onFx(() -> {
            java.util.Set<Integer> inside = new java.util.HashSet<>();
            for (int i = 0; i < map.model().scene().graph().size(); i++) {
                double x = canvas.transform().toScreenX(map.model().positions().x()[i]);
                double y = canvas.transform().toScreenY(map.model().positions().y()[i]);
                if (x >= band[0] && x <= band[2] && y >= band[1] && y <= band[3]) {
                    inside.add(i);
                }
            }
            return inside;
        });
        assertThat(expected).hasSizeGreaterThan(5).hasSizeLessThan(PLANT.devices().size() / 2);
        double[] before = onFx(() -> new double[] {canvas.transform().translateX(), canvas.transform().translateY(),
            canvas.transform().scale()});

        robot.moveTo(onFx(() -> canvas.localToScreen(band[0], band[1]))).press(KeyCode.SHIFT)
                .press(MouseButton.PRIMARY).moveBy(200, 100).moveTo(onFx(() -> canvas.localToScreen(band[2], band[3])))
                .release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        waitFor(() -> map.model().selectionProperty().get().size() > 1);
        assertThat(onFx(() -> map.model().selectionProperty().get())).isEqualTo(expected);
        assertThat(onFx(() -> map.model().selectedProperty().get())).isEqualTo(-1);
        assertThat(onFx(() -> new double[] {canvas.transform().translateX(), canvas.transform().translateY(),
            canvas.transform().scale()})).as("a rubber band does not pan").containsExactly(before);
        assertThat(robot.lookup("#map-detail-facts").queryLabeled().getText())
                .startsWith(String.format("%,d devices", expected.size()));

        robot.clickOn("#map-fit-selection");
        waitFor(() -> canvas.transform().scale() > before[2] * 1.3);
        double[] bounds = onFx(() -> {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i : expected) {
                minX = Math.min(minX, canvas.transform().toScreenX(map.model().positions().x()[i]));
                maxX = Math.max(maxX, canvas.transform().toScreenX(map.model().positions().x()[i]));
                minY = Math.min(minY, canvas.transform().toScreenY(map.model().positions().y()[i]));
                maxY = Math.max(maxY, canvas.transform().toScreenY(map.model().positions().y()[i]));
            }
            return new double[] {minX, minY, maxX, maxY, canvas.getWidth(), canvas.getHeight()};
        });
        assertThat(bounds[0]).isGreaterThanOrEqualTo(0);
        assertThat(bounds[1]).isGreaterThanOrEqualTo(0);
        assertThat(bounds[2]).isLessThanOrEqualTo(bounds[4]);
        assertThat(bounds[3]).isLessThanOrEqualTo(bounds[5]);
        // Fitted: the selection spans the view's width or height, minus the margin of one subnet disc.
        assertThat(Math.max((bounds[2] - bounds[0]) / bounds[4], (bounds[3] - bounds[1]) / bounds[5]))
                .isGreaterThan(0.7);

        // Escape (in the map, which a secondary click focuses without selecting) clears the group.
        robot.clickOn(canvas, MouseButton.SECONDARY).type(KeyCode.ESCAPE);
        waitFor(() -> map.model().selectionProperty().get().isEmpty());
    }

    @Test
    void searchSelectsTheDeviceAndCentresTheViewOnIt() throws Exception {
        open();
        String wanted = PLANT.devices().get(437).label();
        robot.clickOn("#map-search").write(wanted).type(KeyCode.ENTER);

        int node = onFx(() -> map.model().scene().graph().indexOf(MapNode.deviceKey(PLANT.devices().get(437).id())));
        waitFor(() -> map.model().selectedProperty().get() == node);
        MapCanvas canvas = map.canvas();
        double[] drawnAt = onFx(() -> new double[] {
            canvas.transform().toScreenX(map.model().positions().x()[node]),
            canvas.transform().toScreenY(map.model().positions().y()[node])});
        assertThat(drawnAt[0]).isCloseTo(onFx(canvas::getWidth) / 2, within(1.0));
        assertThat(drawnAt[1]).isCloseTo(onFx(canvas::getHeight) / 2, within(1.0));
        assertThat(onFx(() -> canvas.transform().scale())).isGreaterThanOrEqualTo(1.2);
        assertThat(robot.lookup("#map-detail-facts").queryLabeled().getText()).contains("Connected to");

        robot.doubleClickOn("#map-search").write("no-such-device").type(KeyCode.ENTER);
        waitFor(() -> map.status().current().text().contains("No device on the map matches"));
        assertThat(onFx(() -> map.model().selectedProperty().get())).isEqualTo(node);
    }

    @Test
    void filtersHideWhatTheyExclude() throws Exception {
        open();
        robot.clickOn("#map-alerts-only");
        waitFor(() -> map.model().alertsOnlyProperty().get());
        boolean[] visible = onFx(() -> map.model().visibleProperty().get());
        for (int i = 0; i < visible.length; i++) {
            int index = i;
            MapNode node = onFx(() -> map.model().scene().graph().node(index));
            assertThat(visible[i]).as(node.label()).isEqualTo(node.alerts() > 0);
        }
        assertThat(countTrue(visible)).isPositive().isLessThan(visible.length / 10);

        // A hidden node cannot be hit.
        int hidden = indexOf(visible, false);
        double[] at = onFx(() -> new double[] {map.canvas().transform().toScreenX(map.model().positions().x()[hidden]),
            map.canvas().transform().toScreenY(map.model().positions().y()[hidden])});
        assertThat(onFx(() -> map.canvas().nodeAt(at[0], at[1]))).isNotEqualTo(hidden);

        robot.clickOn("#map-alerts-only");
        onFx(() -> {
            map.model().types().setAll("PLC");
            map.model().levels().setAll("1");
            return null;
        });
        waitFor(() -> countTrue(map.model().visibleProperty().get()) > 0);
        boolean[] plcs = onFx(() -> map.model().visibleProperty().get());
        for (int i = 0; i < plcs.length; i++) {
            int index = i;
            assertThat(plcs[i]).isEqualTo(onFx(() -> "PLC".equals(map.model().scene().graph().node(index).type())));
        }
        onFx(() -> {
            map.model().zones().setAll("office");
            return null;
        });
        waitFor(() -> countTrue(map.model().visibleProperty().get()) == 0);
    }

    @Test
    void theLastSeenFilterAndTheMulticastToggleHideWhatTheyShould() throws Exception {
        open();
        long now = System.currentTimeMillis();
        robot.clickOn("#map-filter-seen").clickOn(SeenWithin.DAY.toString());
        waitFor(() -> map.model().seenWithinProperty().get() == SeenWithin.DAY);
        boolean[] visible = onFx(() -> map.model().visibleProperty().get());
        for (int i = 0; i < visible.length; i++) {
            int index = i;
            MapNode node = onFx(() -> map.model().scene().graph().node(index));
            assertThat(visible[i]).as(node.label()).isEqualTo(node.lastSeen() >= now - 86_400_000L);
        }
        assertThat(countTrue(visible)).isPositive().isLessThan(visible.length * 3 / 4);
        robot.clickOn("#map-filter-seen").clickOn(SeenWithin.ANY.toString());
        waitFor(() -> countTrue(map.model().visibleProperty().get()) == visible.length);

        // The multicast groups and their edges go; everything else stays.
        java.util.List<Integer> groups = onFx(() -> {
            java.util.List<Integer> found = new java.util.ArrayList<>();
            for (int i = 0; i < map.model().scene().graph().size(); i++) {
                if (map.model().scene().graph().node(i).groupAddress()) {
                    found.add(i);
                }
            }
            return found;
        });
        assertThat(groups).hasSize(3);
        int groupEdges = onFx(() -> groups.stream().mapToInt(g -> map.model().scene().graph().graph().degreeOf(g)).sum());
        assertThat(groupEdges).isPositive();
        onFx(() -> {
            map.canvas().fitAll();
            return null;
        });
        int allEdges = onFx(() -> map.model().scene().graph().edges().size());
        waitFor(() -> map.canvas().edgesDrawn() == allEdges);
        robot.clickOn("#map-hide-group");
        waitFor(() -> map.model().hideGroupAddressesProperty().get());
        boolean[] shown = onFx(() -> map.model().visibleProperty().get());
        for (int i = 0; i < shown.length; i++) {
            assertThat(shown[i]).isEqualTo(!groups.contains(i));
        }
        waitFor(() -> map.canvas().edgesDrawn() == allEdges - groupEdges);
        robot.clickOn("#map-hide-group");
        waitFor(() -> map.canvas().edgesDrawn() == allEdges);
    }

    @Test
    void devicesCarryAlertNewAndUnauthorizedBadgesOnceZoomedIn() throws Exception {
        open();
        MapDeviceKinds kinds = onFx(() -> {
            int alert = -1;
            int fresh = -1;
            int unauthorized = -1;
            for (int i = 0; i < map.model().scene().graph().size(); i++) {
                MapNode node = map.model().scene().graph().node(i);
                boolean one = (node.alerts() > 0 ? 1 : 0) + node.newDevices() + node.unauthorized() == 1;
                if (one && node.alerts() > 0 && alert < 0) {
                    alert = i;
                } else if (one && node.newDevices() > 0 && fresh < 0) {
                    fresh = i;
                } else if (one && node.unauthorized() > 0 && unauthorized < 0) {
                    unauthorized = i;
                }
            }
            return new MapDeviceKinds(alert, fresh, unauthorized);
        });
        MapPalette palette = MapPalette.light();
        // alert top right, new top left, unauthorized bottom right
        int[][] expected = {{kinds.alert(), 0, MapRaster.argb(palette.alert())},
            {kinds.fresh(), 1, MapRaster.argb(palette.newDevice())},
            {kinds.unauthorized(), 2, MapRaster.argb(palette.unauthorized())}};
        for (int[] badge : expected) {
            assertThat(badge[0]).isNotNegative();
            assertThat(badgePixel(badge[0], badge[1], 1.5)).as("badge " + badge[1] + " at zoom 1.5")
                    .isEqualTo(badge[2]);
            for (int other = 0; other < 3; other++) {
                if (other != badge[1]) {
                    assertThat(badgePixel(badge[0], other, 1.5)).as("no badge " + other).isNotEqualTo(expected[other][2]);
                }
            }
            // Far out devices are dots (red with alerts, which covers the alert badge's place): no badges.
            if (badge[1] != 0) {
                assertThat(badgePixel(badge[0], badge[1], 0.2)).isNotEqualTo(badge[2]);
            }
        }
    }

    private record MapDeviceKinds(int alert, int fresh, int unauthorized) {
    }

    /** The pixel layer's colour at badge {@code which} of {@code node}, with the node centred at {@code scale}. */
    private int badgePixel(int node, int which, double scale) throws Exception {
        long framesBefore = onFx(() -> {
            MapCanvas canvas = map.canvas();
            canvas.transform().setScale(scale);
            canvas.transform().centreOn(map.model().positions().x()[node], map.model().positions().y()[node],
                    canvas.getWidth(), canvas.getHeight());
            canvas.requestDraw();
            return canvas.frames();
        });
        waitFor(() -> map.canvas().frames() > framesBefore);
        return onFx(() -> {
            MapCanvas canvas = map.canvas();
            double[] centres = MapPainter.badgeCentres(canvas.getWidth() / 2, canvas.getHeight() / 2,
                    MapPainter.RADIUS * scale);
            return canvas.rasterPixel((int) Math.round(centres[2 * which]), (int) Math.round(centres[2 * which + 1]));
        });
    }

    @Test
    void subnetsCollapseIntoOneNodeAndExpandOnDoubleClick() throws Exception {
        open();
        int devices = PLANT.devices().size();
        robot.clickOn("#map-collapse-all");
        waitFor(() -> map.model().scene().graph().nodes().stream().allMatch(n -> n.kind() == NodeKind.SUBNET));
        map.settle();
        int subnets = onFx(() -> map.model().scene().graph().size());
        assertThat(subnets).isLessThan(devices / 10);
        assertThat(onFx(() -> map.model().scene().graph().nodes().stream().mapToInt(MapNode::members).sum()))
                .isEqualTo(devices);

        int subnet = onFx(() -> {
            for (int i = 0; i < map.model().scene().graph().size(); i++) {
                double x = map.canvas().transform().toScreenX(map.model().positions().x()[i]);
                double y = map.canvas().transform().toScreenY(map.model().positions().y()[i]);
                if (map.canvas().nodeAt(x, y) == i) {
                    return i;
                }
            }
            return -1;
        });
        int members = onFx(() -> map.model().scene().graph().node(subnet).members());
        String subnetName = onFx(() -> map.model().scene().graph().node(subnet).subnet());
        robot.moveTo(screenPointOf(subnet)).doubleClickOn(MouseButton.PRIMARY);
        waitFor(() -> map.model().scene().graph().size() == subnets - 1 + members);
        assertThat(onFx(() -> map.model().collapsedSubnets())).doesNotContain(subnetName).hasSize(subnets - 1);

        robot.clickOn("#map-expand-all");
        waitFor(() -> map.model().scene().graph().size() == devices);
    }

    @Test
    void aReloadOfTheSameDevicesKeepsTheViewAndACollapseFitsAgain() throws Exception {
        open();
        MapCanvas canvas = map.canvas();
        double[] zoomed = onFx(() -> {
            canvas.transform().setScale(1.5);
            canvas.transform().centreOn(map.model().positions().x()[42], map.model().positions().y()[42],
                    canvas.getWidth(), canvas.getHeight());
            canvas.requestDraw();
            return new double[] {canvas.transform().scale(), canvas.transform().translateX(),
                canvas.transform().translateY()};
        });
        MapScene before = onFx(() -> map.model().scene());
        // What a sync or a saved edit does: the same plant again.
        onFx(() -> {
            map.model().load(() -> PLANT);
            return null;
        });
        waitFor(() -> map.model().scene() != before && !map.model().busyProperty().get());
        // A frame after the new scene (a fit would happen in it).
        long frames = onFx(() -> {
            canvas.requestDraw();
            return canvas.frames();
        });
        waitFor(() -> canvas.frames() > frames);
        assertThat(onFx(() -> new double[] {canvas.transform().scale(), canvas.transform().translateX(),
            canvas.transform().translateY()})).containsExactly(zoomed);

        robot.clickOn("#map-collapse-all");
        waitFor(() -> Math.abs(canvas.transform().scale() - zoomed[0]) > 1e-6);
        assertThat(onFx(() -> map.model().scene().graph().nodes().stream().allMatch(n -> n.kind() == NodeKind.SUBNET)))
                .isTrue();
    }

    @Test
    void exportsWriteAPictureAndAGraph() throws Exception {
        open();
        robot.clickOn("#map-export-png");
        robot.clickOn("#map-export-graphml");
        Path png = exports.resolve("device-map.png");
        Path graphml = exports.resolve("device-map.graphml");
        waitFor(() -> Files.exists(png) && Files.exists(graphml) && map.status().current().text().contains("graphml"));
        map.settle();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(onFx(map.canvas()::getWidth)));
        assertThat(Files.readString(graphml)).contains("<graphml").contains("device:1\"");
        assertThat(Files.readString(graphml).split("<node ", -1)).hasSize(PLANT.devices().size() + 1);
    }

    private static int countTrue(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    private static int indexOf(boolean[] flags, boolean value) {
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
