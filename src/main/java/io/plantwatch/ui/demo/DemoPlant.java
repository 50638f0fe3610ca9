package io.plantwatch.ui.demo;

import io.plantwatch.ui.task.TaskContext;

/**
 * The first-run demo: local sensors on loopback watching a synthetic plant, registered in one
 * site with two zones and synced, so that a new user sees a full console within a minute. Both
 * methods block and run off the FX thread.
 */
public interface DemoPlant {
    /** The site the demo registers its sensors in. */
    String SITE = "Demo plant";

    /** Starts the demo's sensors, registers and syncs them; reports its steps to {@code context}. */
    void start(TaskContext context) throws Exception;

    /** Stops the demo's sensors and removes them (and what they reported) from the console. */
    void stopAndRemove(TaskContext context);

    /** Whether this console has demo sensors registered (started now or in an earlier run). */
    boolean isInstalled();
}
