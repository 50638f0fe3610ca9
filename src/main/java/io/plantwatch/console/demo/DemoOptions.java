package io.plantwatch.console.demo;

/**
 * How big and how fast the demo plant is.
 *
 * @param devices devices of the simulated plant
 * @param captureSeconds how much plant time the simulated captures hold
 * @param replaySpeed how many times faster than recorded the sensors replay (0: as fast as possible)
 * @param syncIntervalMillis how often the console syncs the demo sensors while they replay
 */
public record DemoOptions(int devices, double captureSeconds, double replaySpeed, long syncIntervalMillis) {
    /**
     * The console's demo: 90 devices, 10 minutes of plant traffic replayed at 30× (20 s), synced
     * every 4 s, so the screens fill as a user watches and are complete well within a minute.
     */
    public static final DemoOptions STANDARD = new DemoOptions(90, 600, 30, 4_000);

    public DemoOptions {
        if (devices < 1 || !(captureSeconds > 0) || replaySpeed < 0 || syncIntervalMillis < 1) {
            throw new IllegalArgumentException("bad demo options");
        }
    }

    /** The same plant replayed as fast as possible (tests). */
    public DemoOptions fast() {
        return new DemoOptions(devices, captureSeconds, 0, syncIntervalMillis);
    }
}
