package io.plantwatch.bench;

import io.plantwatch.console.map.ForceLayout;
import io.plantwatch.console.map.LayeredLayout;
import io.plantwatch.console.map.MapGraph;
import io.plantwatch.console.map.MapGraphBuilder;
import io.plantwatch.console.map.MapLayout;
import io.plantwatch.console.map.MapModel;
import io.plantwatch.console.map.MapPins;
import io.plantwatch.console.store.ConsoleStore;
import io.plantwatch.ui.data.StatusLine;
import io.plantwatch.ui.map.MapCanvas;
import io.plantwatch.ui.map.MapController;
import io.plantwatch.ui.map.MapViewModel;
import io.plantwatch.ui.support.BundledFonts;
import io.plantwatch.ui.task.FxTaskExecutor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench map}: a simulated plant of N devices (about 2N connections); the time to build the
 * graph and to run each layout off the FX thread; then, with a display, the real map screen in a
 * window: time until the first frame shows the plant, and frames per second while the view pans
 * and zooms continuously (a pan and a zoom step every pulse, between the fitted view and 6x).
 * Plants over {@code MapViewModel.COLLAPSE_ABOVE} devices open collapsed by subnet, as the console does.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Device map: layout time per layout and frames per second while panning and zooming.",
            "fps needs a display; under Xvfb: xvfb-run -a java -Dprism.order=sw -jar target/plantwatch.jar bench map"})
public final class MapBench implements Callable<Integer> {
    @Option(names = "--devices", defaultValue = "10000", description = "Devices in the plant (default ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--force-max", defaultValue = "50000",
            description = "Skip the force-directed layout above this many nodes (default ${DEFAULT-VALUE}).")
    int forceMax;

    @Option(names = "--seconds", defaultValue = "6", description = "How long to pan and zoom (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--no-window", description = "Only the layouts (no display needed).")
    boolean noWindow;

    @Option(names = "--shots", description = {"After measuring, screenshot the whole display (ImageMagick import)",
        "at three zoom levels into this directory."})
    Path shots;

    @Option(names = "--layout", defaultValue = "layered", description = "Layout the window opens with: layered or force.")
    String layout;

    private final PrintStream out;

    public MapBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        MapModel model = SyntheticMapModel.of(devices);
        out.println("devices: " + model.devices().size());
        out.println("edges: " + model.links().size());
        out.println("model_ms: " + millisSince(started));
        long building = System.nanoTime();
        MapGraph graph = MapGraphBuilder.build(model, java.util.Set.of());
        out.println("graph_build_ms: " + millisSince(building));
        for (MapLayout layout : List.of(new LayeredLayout(), new ForceLayout())) {
            if (layout instanceof ForceLayout && graph.size() > forceMax) {
                out.println("layout_" + layout.name() + "_ms: skipped (over --force-max)");
                continue;
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long laying = System.nanoTime();
            layout.layout(graph, Map.of());
            out.println("layout_" + layout.name() + "_ms: " + millisSince(laying));
            // On a shared machine the wall time includes waiting for a core; the CPU time does not.
            out.println("layout_" + layout.name() + "_cpu_ms: " + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        HashSet<String> subnets = new HashSet<>();
        model.devices().forEach(device -> subnets.add(device.subnet()));
        long collapsing = System.nanoTime();
        MapGraph collapsed = MapGraphBuilder.build(model, subnets);
        new LayeredLayout().layout(collapsed, Map.of());
        out.println("collapsed_nodes: " + collapsed.size());
        out.println("collapsed_layout_ms: " + millisSince(collapsing));
        if (!noWindow) {
            window(model);
        }
        return 0;
    }

    private void window(MapModel model) throws Exception {
        Path data = Files.createTempDirectory("plantwatch-bench-map");
        ConsoleStore store = ConsoleStore.open(data);
        long launchCpu = ProcessCpu.nanos();
        long launched = System.nanoTime();
        CompletableFuture<Void> toolkit = new CompletableFuture<>();
        Platform.startup(() -> toolkit.complete(null));
        toolkit.get(30, TimeUnit.SECONDS);
        BundledFonts.load();
        FxTaskExecutor tasks = onFx(() -> new FxTaskExecutor(2));
        long[] loadCalled = new long[1];
        MapController controller = onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    io.plantwatch.ui.shell.Theme.LIGHT.userAgentStylesheet());
            MapViewModel viewModel = new MapViewModel(new MapPins(store, Clock.systemUTC()), tasks, new StatusLine());
            MapController made = new MapController(viewModel, (owner, name) -> Optional.empty(), text -> { },
                    new SimpleBooleanProperty(false), io.plantwatch.ui.map.MapDeviceDetails.NONE);
            Scene scene = new Scene(made.root(), 1600, 1000);
            scene.getStylesheets().add(MapBench.class.getResource("/styles/plantwatch.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            viewModel.layouts().stream().filter(choice -> choice.name().equals(layout)).findFirst()
                    .ifPresent(viewModel.layoutProperty()::set);
            stage.setX(0);
            stage.setY(0);
            loadCalled[0] = System.nanoTime();
            viewModel.load(() -> model);
            return made;
        });
        MapCanvas canvas = controller.canvas();
        waitUntil(() -> controller.model().scene() != null && canvas.frames() > 0);
        out.println("open_ms: " + millisSince(launched));
        // The same span in CPU time of all the process's threads: what the opening costs without the waits
        // for a core on a busy machine (it includes the JIT compiler and the collector).
        out.println("open_process_cpu_ms: " + (ProcessCpu.nanos() - launchCpu) / 1_000_000);
        // From handing the model to the map screen (window already built) to its first frame.
        out.println("map_open_ms: " + millisSince(loadCalled[0]));
        out.println("nodes_drawn: " + onFx(() -> controller.model().scene().graph().size()));
        double fittedScale = onFx(() -> canvas.transform().scale());
        var tracker = onFx(() -> com.sun.javafx.perf.PerformanceTracker.getSceneTracker(canvas.getScene()));
        long framesBefore = onFx(canvas::frames);
        long paintBefore = onFx(canvas::paintNanos);
        long cpuBefore = ProcessCpu.nanos();
        onFx(() -> {
            tracker.resetAverageFPS();
            return null;
        });
        long panning = System.nanoTime();
        AnimationTimer motion = onFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                private long step;

                @Override
                public void handle(long now) {
                    step++;
                    double phase = step / 40.0;
                    double target = fittedScale * (1 + 5 * (0.5 - 0.5 * Math.cos(phase / 3)));
                    canvas.transform().zoomAround(canvas.getWidth() / 2, canvas.getHeight() / 2,
                            target / canvas.transform().scale());
                    canvas.transform().panBy(14 * Math.cos(phase), 9 * Math.sin(phase));
                    canvas.requestDraw();
                }
            };
            timer.start();
            return timer;
        });
        Thread.sleep(seconds * 1000L);
        double seconds = (System.nanoTime() - panning) / 1e9;
        long frames = onFx(canvas::frames) - framesBefore;
        float rendered = onFx(tracker::getAverageFPS);
        long paintNanos = onFx(canvas::paintNanos) - paintBefore;
        long cpu = ProcessCpu.nanos() - cpuBefore;
        onFx(() -> {
            motion.stop();
            tasks.close();
            return null;
        });
        out.println("fps: " + Math.round(frames / seconds));
        out.println("rendered_fps: " + Math.round(rendered));
        // What a frame costs, apart from waiting for a core on a busy machine: the FX thread's drawing,
        // and the whole process's CPU (drawing, the renderer's compositing, the copy to the X server).
        out.println("paint_ms_per_frame: " + String.format("%.1f", paintNanos / 1e6 / Math.max(1, frames)));
        out.println("process_cpu_ms_per_frame: " + String.format("%.1f", cpu / 1e6 / Math.max(1, frames)));
        out.println("load_average: " + String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        if (shots != null) {
            screenshots(controller, fittedScale);
        }
        out.println("pan_zoom_scale_range: " + String.format("%.3f-%.3f", fittedScale, fittedScale * 6));
        Platform.exit();
        store.close();
    }

    /** Far (fitted), middle and close views around a device with alerts (selected, so its links show). */
    private void screenshots(MapController controller, double fittedScale) throws Exception {
        Files.createDirectories(shots);
        MapCanvas canvas = controller.canvas();
        int device = onFx(() -> {
            var graph = controller.model().scene().graph();
            for (int i = graph.size() / 3; i < graph.size(); i++) {
                if (graph.node(i).alerts() > 0 && graph.graph().degreeOf(i) > 1) {
                    return i;
                }
            }
            return 0;
        });
        String prefix = "map-" + (devices >= 1000 ? devices / 1000 + "k" : Integer.toString(devices));
        double[][] views = {{fittedScale, 0}, {0.45, 0}, {1.4, 1}};
        String[] names = {"far", "middle", "close"};
        for (int k = 0; k < views.length; k++) {
            double scale = views[k][0];
            boolean select = views[k][1] > 0;
            onFx(() -> {
                canvas.fitAll();
                if (scale != fittedScale) {
                    double x = controller.model().positions().x()[device];
                    double y = controller.model().positions().y()[device];
                    canvas.transform().setScale(scale);
                    canvas.transform().centreOn(x, y, canvas.getWidth(), canvas.getHeight());
                }
                controller.model().selectedProperty().set(select ? device : -1);
                canvas.requestDraw();
                return null;
            });
            Thread.sleep(1500);
            Path file = shots.resolve(prefix + "-" + names[k] + ".png");
            Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
            out.println("screenshot_" + names[k] + ": " + file + " (exit " + process.waitFor() + ")");
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the map did not open within 120 s");
            }
            Thread.sleep(5);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return FxCall.onFx(action, 120);
    }
}
