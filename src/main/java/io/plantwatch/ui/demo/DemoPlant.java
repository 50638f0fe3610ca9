package io.plantwatch.ui.demo;

import io.plantwatch.ui.task.TaskContext;

/**
 * The first-run demo as the screens use it: local sensors on loopback watching a synthetic plant,
 * registered in one site with two zones and synced, so that a new user sees a full console within
 * a minute. The blocking methods run off the FX thread. The console's implementation is
 * {@link SimulatedDemoPlant}; tests that need no demo give one that refuses to start.
 */
public interface DemoPlant {
    /** The site the demo registers its sensors in. */
    String SITE = io.plantwatch.console.demo.DemoPlant.SITE;

    /**
     * Starts the demo's sensors, registers and syncs them; reports its steps to {@code context}
     * and calls {@code synced} (on the calling thread) each time a sync committed more of it.
     */
    void start(TaskContext context, Runnable synced) throws Exception;

    /** Stops the demo's sensors and removes them (and what they reported, their zones and site). */
    void stopAndRemove(TaskContext context);

    /** Whether this console has demo sensors registered (started now or in an earlier run). */
    boolean isInstalled();

    /** Whether the demo's sensors run in this console now; never blocks. */
    boolean isRunning();
}
