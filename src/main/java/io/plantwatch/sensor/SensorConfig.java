package io.plantwatch.sensor;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run a sensor.
 *
 * @param liveInterface the interface to capture on, or null to replay
 * @param speed replay pace: 1 recorded, 2 twice as fast, 0 as fast as possible
 * @param authFailuresPerMinute wrong tokens one address may present per minute before 429
 */
public record SensorConfig(String name, Path dataDir, String host, int port, String liveInterface,
                           List<Path> replayFiles, double speed, boolean loop, int authFailuresPerMinute) {
}
