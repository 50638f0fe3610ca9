package io.plantwatch.bench;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.console.demo.DemoOptions;
import io.plantwatch.console.demo.DemoPlant;
import io.plantwatch.ui.demo.SimulatedDemoPlant;
import io.plantwatch.ui.inventory.InventoryController;
import io.plantwatch.ui.shell.ConsoleWindow;
import io.plantwatch.ui.shell.Screen;
import io.plantwatch.ui.shell.UiSettings;
import io.plantwatch.ui.support.BundledFonts;
import io.plantwatch.ui.support.ExportTarget;
import io.plantwatch.ui.task.FxTaskExecutor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code bench console}: a console store with N merged devices, then the real console window on
 * it: time from launch to the first frame that shows the inventory's rows, and the latency of
 * filtering, sorting and scrolling the inventory (each from the change to the next rendered
 * pulse). Needs a display (e.g. {@code xvfb-run -a}).
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Console responsiveness: time to first inventory frame and filter latency with N devices.",
            "Needs a display; under Xvfb: xvfb-run -a java -jar target/plantwatch.jar bench console"})
public final class ConsoleBench implements java.util.concurrent.Callable<Integer> {
    private static final List<String> QUERIES = List.of("siemens", "10.3.", "hmi v2", "plc honeywell", "zz-none", "");

    @Option(names = "--devices", defaultValue = "100000", description = "Devices in the store (default ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--sensors", defaultValue = "10", description = "Sensors (one zone each) they come from (default ${DEFAULT-VALUE}).")
    int sensors;

    @Option(names = "--data", description = {"Keep the store here (default: a temporary directory, deleted after);",
        "a store filled by an earlier run is measured as it is."})
    Path data;

    private final PrintStream out;

    public ConsoleBench(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Path store = data != null ? data : Files.createTempDirectory("plantwatch-bench-console");
        out.println("devices: " + devices);
        if (ConsoleBenchStore.filled(store)) {
            out.println("store: reused " + store);
        } else {
            out.println("fill_sync_ms: " + ConsoleBenchStore.fill(store, devices, sensors));
        }

        long launched = System.nanoTime();
        long cpuAtLaunch = processCpuNanos();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        out.println("toolkit_ms: " + (System.nanoTime() - launched) / 1_000_000);
        BundledFonts.load();
        ConsoleServices services = ConsoleServices.open(store);
        out.println("store_open_ms: " + (System.nanoTime() - launched) / 1_000_000);
        UiSettings settings = UiSettings.load(store);
        settings.putText("screen", Screen.INVENTORY.name());
        settings.putNumber("window.width", 1600);
        settings.putNumber("window.height", 1000);
        FxTaskExecutor tasks = onFx(() -> new FxTaskExecutor(4));
        ConsoleWindow window = onFx(() -> {
            ConsoleWindow made = new ConsoleWindow(new Stage(), services, settings, tasks, new ConsoleWindow.Options(
                    (owner, name) -> Optional.empty(), Clock.systemUTC(), new SimulatedDemoPlant(
                    new DemoPlant(services, DemoOptions.STANDARD, Clock.systemUTC()))));
            out.println("window_built_ms: " + (System.nanoTime() - launched) / 1_000_000);
            made.show();
            out.println("window_shown_ms: " + (System.nanoTime() - launched) / 1_000_000);
            return made;
        });
        long shellFrame = nextFrameWhen(() -> true) - launched;
        TableView<DeviceRow> table = onFx(() -> ((InventoryController) window.shell().view(Screen.INVENTORY)).table());
        long firstFrame = nextFrameWhen(() -> table.getItems().size() == devices) - launched;
        long firstFrameCpu = processCpuNanos() - cpuAtLaunch;
        out.println("shell_frame_ms: " + shellFrame / 1_000_000);
        out.println("first_frame_ms: " + firstFrame / 1_000_000);
        out.println("load_ms: " + onFx(() -> window.data().snapshot().loadMillis()));
        out.println("first_frame_cpu_ms: " + firstFrameCpu / 1_000_000);
        // The listing the table reads (no provenance) against the full one it read before, side by side.
        long summaries = timed(() -> services.inventory().summaries(null).size());
        long full = timed(() -> services.inventory().devices(null).size());
        out.println("list_summaries_ms: " + summaries);
        out.println("list_with_provenance_ms: " + full);

        List<Long> filters = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String query : QUERIES) {
                filters.add(timeToFrame(() -> window.inventory().searchProperty().set(query)));
            }
        }
        out.println("filter_ms: " + median(filters));
        out.println("filter_max_ms: " + Collections.max(filters));
        List<Long> sorts = new ArrayList<>();
        for (int column : new int[] {3, 4, 0}) {
            sorts.add(timeToFrame(() -> {
                TableColumn<DeviceRow, ?> sortBy = table.getColumns().get(column);
                table.getSortOrder().setAll(List.of(sortBy));
            }));
        }
        out.println("sort_ms: " + median(sorts));
        List<Long> scrolls = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            int row = (int) ((long) step * (devices - 1) / 39);
            scrolls.add(timeToFrame(() -> table.scrollTo(row)));
        }
        out.println("scroll_frame_ms: " + median(scrolls));
        out.println("scroll_frame_max_ms: " + Collections.max(scrolls));

        onFx(() -> {
            tasks.close();
            return null;
        });
        services.close();
        Platform.exit();
        if (data == null) {
            deleteTree(store);
        }
        return 0;
    }

    /**
     * CPU time of the whole process (all threads): with the shared machine's other work, wall
     * times vary with what the console was given; CPU time says what it needed.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Wall ms of one call (its result is used, so the work is not optimised away). */
    private static long timed(java.util.function.IntSupplier work) {
        long started = System.nanoTime();
        if (work.getAsInt() < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Runs {@code change} on the FX thread; ms until the next pulse after it has been rendered. */
    private static long timeToFrame(Runnable change) throws Exception {
        long[] started = new long[1];
        onFx(() -> {
            started[0] = System.nanoTime();
            change.run();
            return null;
        });
        return (nextFrameWhen(() -> true) - started[0]) / 1_000_000;
    }

    /** The nanoTime of the first pulse at which {@code condition} holds (checked on the FX thread). */
    private static long nextFrameWhen(BooleanSupplier condition) throws Exception {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    // The pulse renders right after the timers; count to the end of this pulse.
                    Platform.runLater(() -> frame.complete(System.nanoTime()));
                }
            }
        }.start());
        return frame.get(120, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
