package io.plantwatch.bench;

import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.demo.DemoOptions;
import io.plantwatch.console.demo.DemoPlant;
import io.plantwatch.launch.ConsoleRelaunch;
import io.plantwatch.ui.ConsoleOpening;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.demo.SimulatedDemoPlant;
import io.plantwatch.ui.inventory.InventoryController;
import io.plantwatch.ui.shell.ConsoleWindow;
import io.plantwatch.ui.shell.Screen;
import io.plantwatch.ui.shell.UiSettings;
import io.plantwatch.ui.task.FxTaskExecutor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The measuring half of {@code bench console}, run in a JVM of its own that {@link ConsoleBench}
 * starts on a filled store: the console's launch as a user gets it (JVM start, class loading, JIT
 * and all), timed from the process's start as the operating system recorded it. Opens the store
 * with {@link ConsoleOpening} (begun before the toolkit starts) and the window with
 * {@link ConsoleWindow}, as the console ({@code io.plantwatch.ui.ConsoleLauncher}) does. Launched
 * through the jar's entry point, which relaunches it as it relaunches the console: times then count
 * from the start of that first JVM.
 * Not thread-safe (one run).
 */
public final class ConsoleLaunchProbe {
    private static final List<String> QUERIES = List.of("siemens", "10.3.", "hmi v2", "plc honeywell", "zz-none", "");

    /** Where the launch's CPU went, by thread; threads that ended before the sample are not counted. */
    private static final List<String> THREAD_GROUPS =
            List.of("main", "fx", "render", "store_open", "load", "store_background", "jit", "gc", "other");

    private final PrintStream out;
    private final Path store;
    private final int devices;
    private final long processStartMillis;
    /** The {@code java -jar} process that relaunched this one, or null when the launch began here. */
    private final ProcessHandle launcher;

    ConsoleLaunchProbe(PrintStream out, Path store, int devices) {
        this.out = out;
        this.store = store;
        this.devices = devices;
        this.launcher = System.getProperty(ConsoleRelaunch.RELAUNCHED_PROPERTY) == null ? null
                : ProcessHandle.current().parent().orElse(null);
        // A relaunched console's launch began when the user's java -jar started, not this JVM.
        this.processStartMillis = (launcher != null ? launcher.info() : ProcessHandle.current().info())
                .startInstant().orElse(Instant.now()).toEpochMilli();
    }

    /** CPU ns of the launching process (the relaunch's parent; it waits once the child runs); 0 without. */
    private long launcherCpuNanos() {
        return launcher == null ? 0 : launcher.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /**
     * Measures the launch in this JVM; {@code bench console} starts it as
     * {@code bench console --launch-probe --devices N --data DIR}, which the jar's entry point
     * runs directly, as it runs the console (io.plantwatch.launch.DirectLaunch).
     */
    public static int run(PrintStream out, Path store, int devices) throws Exception {
        return new ConsoleLaunchProbe(out, store, devices).run();
    }

    /** Milliseconds since the process started (wall). */
    private long sinceStart() {
        return System.currentTimeMillis() - processStartMillis;
    }

    private void phase(String key) {
        out.println(key + ": " + sinceStart());
    }

    int run() throws Exception {
        out.println("relaunched: " + (launcher != null));
        out.println("cds_archive: " + System.getProperty(ConsoleRelaunch.ARCHIVE_PROPERTY, "off"));
        if (launcher != null) {
            // When this JVM started, from the user's java -jar: what the relaunch cost in wall time.
            out.println("relaunch_ms: " + (ProcessHandle.current().info().startInstant().orElse(Instant.now())
                    .toEpochMilli() - processStartMillis));
        }
        phase("jvm_main_ms");
        // As ConsoleLauncher does: the store opens while the toolkit starts.
        ConsoleOpening.Pending opening = ConsoleOpening.begin(store);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        phase("toolkit_ms");
        ConsoleOpening opened = opening.finish();
        if (opened.failure() != null) {
            throw opened.failure();
        }
        ConsoleServices services = opened.services();
        phase("store_open_ms");
        UiSettings settings = opened.settings();
        settings.putText("screen", Screen.INVENTORY.name());
        settings.putNumber("window.width", 1600);
        settings.putNumber("window.height", 1000);
        FxTaskExecutor tasks = onFx(() -> new FxTaskExecutor(4));
        ConsoleWindow window = onFx(() -> {
            ConsoleWindow made = new ConsoleWindow(new Stage(), services, settings, tasks, new ConsoleWindow.Options(
                    (owner, name) -> Optional.empty(), Clock.systemUTC(), new SimulatedDemoPlant(
                    new DemoPlant(services, DemoOptions.STANDARD, Clock.systemUTC()))));
            phase("window_built_ms");
            made.show();
            phase("window_shown_ms");
            return made;
        });
        long shellFrame = sinceFrame(() -> true);
        TableView<DeviceRow> table = onFx(() -> ((InventoryController) window.shell().view(Screen.INVENTORY)).table());
        Node overlay = onFx(() -> window.scene().lookup("#loadingOverlay"));
        FrameGaps gaps = onFx(FrameGaps::new);
        long usableFrame = sinceFrame(() -> !table.getItems().isEmpty() && table.isVisible()
                && (overlay == null || !overlay.isVisible()));
        long launcherCpu = launcherCpuNanos();
        long usableCpu = ProcessCpu.nanos() + launcherCpu;
        int rowsAtUsable = onFx(() -> table.getItems().size());
        int classesAtUsable = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        ProcessThreadsCpu threadsCpu = new ProcessThreadsCpu(ProcessHandle.current().pid(), THREAD_GROUPS,
                ConsoleLaunchProbe::threadGroup);
        threadsCpu.sample();
        Map<String, Double> threads = threadsCpu.seconds();
        long firstFrame = sinceFrame(() -> table.getItems().size() == devices
                && window.data().loadedProperty().get());
        long firstFrameCpu = ProcessCpu.nanos() + launcherCpu;
        long loadingMaxGap = onFx(gaps::stopAndLongest);
        out.println("shell_frame_ms: " + shellFrame);
        out.println("usable_ms: " + usableFrame);
        out.println("usable_cpu_ms: " + usableCpu / 1_000_000);
        out.println("usable_rows: " + rowsAtUsable);
        out.println("usable_classes_loaded: " + classesAtUsable);
        long threadsMillis = 0;
        for (Map.Entry<String, Double> group : threads.entrySet()) {
            long millis = Math.round(group.getValue() * 1000);
            threadsMillis += millis;
            out.println("usable_cpu_" + group.getKey() + "_ms: " + millis);
        }
        out.println("usable_cpu_launcher_ms: " + launcherCpu / 1_000_000);
        threadsMillis += launcherCpu / 1_000_000;
        // Threads that ended before the sample (the store opener, the loading pool) are gone from /proc.
        out.println("usable_cpu_ended_threads_ms: " + Math.max(0, usableCpu / 1_000_000 - threadsMillis));
        out.println("first_frame_ms: " + firstFrame);
        out.println("first_frame_cpu_ms: " + firstFrameCpu / 1_000_000);
        out.println("loading_max_frame_gap_ms: " + loadingMaxGap);
        out.println("load_ms: " + onFx(() -> window.data().snapshot().loadMillis()));
        // The listing the table reads (no provenance) against the full one it read before, side by side.
        out.println("list_summaries_ms: " + timed(() -> services.inventory().summaries(null).size()));
        out.println("list_with_provenance_ms: " + timed(() -> services.inventory().devices(null).size()));
        measureTable(window, table);
        onFx(() -> {
            tasks.close();
            return null;
        });
        services.close();
        Platform.exit();
        return 0;
    }

    private void measureTable(ConsoleWindow window, TableView<DeviceRow> table) throws Exception {
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
    }

    /**
     * Milliseconds from the process start to the end of the first pulse at which {@code condition}
     * holds, and the FX thread has then taken the next event from its queue (the window accepts
     * input).
     */
    private long sinceFrame(BooleanSupplier condition) throws Exception {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    // The pulse renders right after the timers; the next queued event runs after it.
                    Platform.runLater(() -> frame.complete(sinceStart()));
                }
            }
        }.start());
        return frame.get(300, TimeUnit.SECONDS);
    }

    /** The longest time between two pulses while it runs: how long the window stopped answering. */
    private static final class FrameGaps extends AnimationTimer {
        private long last;
        private long longest;

        FrameGaps() {
            start();
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                longest = Math.max(longest, now - last);
            }
            last = now;
        }

        long stopAndLongest() {
            super.stop();
            return longest / 1_000_000;
        }
    }

    /** A thread's group from its name as /proc gives it (cut to 15 characters). */
    private static String threadGroup(String thread) {
        // The launcher's main thread shows as "java" in /proc (the process's name).
        if (thread.equals("main") || thread.equals("java")) {
            return "main";
        }
        if (thread.startsWith("JavaFX Applica")) {
            return "fx";
        }
        if (thread.startsWith("QuantumRenderer") || thread.startsWith("Prism") || thread.startsWith("InvokeLaterDisp")) {
            return "render";
        }
        if (thread.startsWith("console-store")) {
            return "store_open";
        }
        if (thread.startsWith("inventory-load") || thread.startsWith("ui-task")) {
            return "load";
        }
        if (thread.startsWith("H2") || thread.startsWith("MVStore")) {
            return "store_background";
        }
        if (thread.contains("Compiler")) {
            return "jit";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.equals("VM Thread")) {
            return "gc";
        }
        return "other";
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
        CompletableFuture<Long> frame = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(() -> frame.complete(System.nanoTime()));
            }
        }.start());
        return (frame.get(120, TimeUnit.SECONDS) - started[0]) / 1_000_000;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return FxCall.onFx(action, 300);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
