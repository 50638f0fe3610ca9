package io.plantwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds a process's threads used so far, grouped by what they do (from Linux's
 * {@code /proc/PID/task/TID/stat}; thread names are cut to 15 characters there). Empty where
 * there is no /proc. Stateless.
 */
final class ProcessThreadsCpu {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on every Linux the JDK supports

    private ProcessThreadsCpu() {
    }

    /** Seconds per group: pipeline, writer, api, store_background, gc, jit, other. */
    static Map<String, Double> of(long pid) {
        Map<String, Double> groups = new LinkedHashMap<>();
        for (String g : new String[] {"pipeline", "writer", "api", "store_background", "gc", "jit", "other"}) {
            groups.put(g, 0.0);
        }
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return new TreeMap<>();
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] fields = stat.substring(close + 2).split(" ");
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                    groups.merge(group(name), seconds, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return new TreeMap<>();
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
        if (thread.startsWith("api-") || thread.startsWith("qtp") || thread.startsWith("Connector")) {
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
