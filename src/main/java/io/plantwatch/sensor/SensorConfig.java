package io.plantwatch.sensor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to run a sensor.
 *
 * @param liveInterface the interface to capture on, or null to replay
 * @param speed replay pace: 1 recorded, 2 twice as fast, 0 as fast as possible
 * @param authFailuresPerMinute wrong tokens one address may present per minute before 429
 * @param trafficTimeout how long live capture may see no frame before an Operational alert
 * @param detection alert rules and the evidence ring on (off only to measure what they cost)
 */
public record SensorConfig(String name, Path dataDir, String host, int port, String liveInterface,
                           List<Path> replayFiles, double speed, boolean loop, int authFailuresPerMinute,
                           Duration trafficTimeout, boolean detection) {
    /** Five minutes, Defender's "No traffic detected on sensor interface" default. */
    public static final Duration DEFAULT_TRAFFIC_TIMEOUT = Duration.ofMinutes(5);

    public SensorConfig(String name, Path dataDir, String host, int port, String liveInterface,
                        List<Path> replayFiles, double speed, boolean loop, int authFailuresPerMinute) {
        this(name, dataDir, host, port, liveInterface, replayFiles, speed, loop, authFailuresPerMinute,
                DEFAULT_TRAFFIC_TIMEOUT, true);
    }
}
