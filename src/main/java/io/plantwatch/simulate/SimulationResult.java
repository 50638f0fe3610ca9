package io.plantwatch.simulate;

import io.plantwatch.simulate.truth.Truth;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run wrote: the capture files (one, or one per zone), the truth file beside the first
 * argument, and the figures of the run.
 *
 * @param packets        frames generated (a routed frame counts once even when two zone files hold it)
 * @param frameBytes     their bytes on the wire
 * @param fileBytes      bytes of all capture files written
 * @param tcpConnections TCP connections opened (SYNs), a floor for the number of flows
 * @param udpQueries     DNS queries, each from a new port (a flow each)
 * @param writeSeconds   time spent generating and writing frames (without planning the plant and writing the truth)
 */
public record SimulationResult(List<Path> files, Path truthFile, long packets, long frameBytes, long fileBytes,
                               long tcpConnections, long udpQueries, double durationSeconds, double elapsedSeconds,
                               double writeSeconds, Truth truth) {
    public SimulationResult {
        files = List.copyOf(files);
    }

    /** Frames generated and written per second of the writing loop. */
    public double writePacketsPerSecond() {
        return writeSeconds > 0 ? packets / writeSeconds : 0;
    }

    public double packetsPerSecond() {
        return elapsedSeconds > 0 ? packets / elapsedSeconds : 0;
    }
}
