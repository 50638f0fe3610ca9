package io.plantwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CPU seconds another process's threads used, grouped by what they do, from Linux's
 * {@code /proc/PID/task/TID/stat} (thread names are cut to 15 characters there). A thread's time
 * is gone from /proc once it ends (the sensor's pipeline thread ends with its replay), so the
 * caller {@link #sample()}s now and then and the last sample of each thread counts. Empty where
 * there is no /proc. Not thread-safe.
 */
final class ProcessThreadsCpu {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on every Linux the JDK supports
    private static final List<String> SENSOR_GROUPS =
            List.of("pipeline", "writer", "api", "store_background", "gc", "jit", "other");

    private record ThreadTicks(String name, long ticks) {
    }

    private final Path tasks;
    private final List<String> groupNames;
    private final Function<String, String> grouping;
    private final Map<String, ThreadTicks> lastByTask = new HashMap<>();

    /** A sensor process's threads, grouped as {@link #seconds()} says. */
    ProcessThreadsCpu(long pid) {
        this(pid, SENSOR_GROUPS, ProcessThreadsCpu::group);
    }

    /**
     * @param groupNames the groups in the order {@link #seconds()} lists them
     * @param grouping a thread's group from its (cut) name; one of {@code groupNames}
     */
    ProcessThreadsCpu(long pid, List<String> groupNames, Function<String, String> grouping) {
        this.tasks = Path.of("/proc", Long.toString(pid), "task");
        this.groupNames = groupNames;
        this.grouping = grouping;
    }

    /** Reads every live thread's CPU time; threads that ended keep their last reading. */
    void sample() {
        if (!Files.isDirectory(tasks)) {
            return;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    // utime and stime, fields 14 and 15 of stat(5), counted after the name
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    lastByTask.put(task.getFileName().toString(), new ThreadTicks(stat.substring(open + 1, close), ticks));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile: its previous reading stays
                }
            }
        } catch (IOException e) {
            // the process ended: the readings so far stay
        }
    }

    /** Seconds per group (pipeline, writer, api, store_background, gc, jit, other); empty without samples. */
    Map<String, Double> seconds() {
        Map<String, Double> groups = new LinkedHashMap<>();
        if (lastByTask.isEmpty()) {
            return groups;
        }
        for (String g : groupNames) {
            groups.put(g, 0.0);
        }
        for (ThreadTicks t : lastByTask.values()) {
            groups.merge(grouping.apply(t.name()), t.ticks() / TICKS_PER_SECOND, Double::sum);
        }
        return groups;
    }

    private static String group(String thread) {
        if (thread.equals("pipeline")) {
            return "pipeline";
        }
        if (thread.equals("store-writer")) {
            return "writer";
        }
        if (thread.startsWith("api") || thread.startsWith("qtp") || thread.startsWith("Connector")) {
            return "api";
        }
        if (thread.startsWith("H2") || thread.startsWith("MVStore")) {
            return "store_background";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.equals("VM Thread")) {
            return "gc";
        }
        if (thread.contains("Compiler")) {
            return "jit";
        }
        return "other";
    }
}
