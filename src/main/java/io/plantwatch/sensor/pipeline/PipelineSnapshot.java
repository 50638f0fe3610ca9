package io.plantwatch.sensor.pipeline;

import io.plantwatch.inventory.ArpClaimSummary;
import io.plantwatch.inventory.ArpSweepSummary;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.ObservedActivity;

import java.util.ArrayList;
import java.util.List;

/**
 * What the pipeline hands the writer: the inventory now (cumulative), and what happened since the
 * previous snapshot (activities, expired flows). Two snapshots not yet taken combine into one.
 *
 * @param lastPacketNanos capture time of the latest frame (the sensor's clock in replay)
 * @param last true for the final snapshot of a replay: everything is written at once
 * @param saturated the pipeline never waited for input since the snapshot before: capture takes
 *                  all the CPU it can get, and the store should not take more of it than it must
 */
public record PipelineSnapshot(Inventory inventory, List<ObservedActivity> activities, List<Connection> expired,
                               List<ArpClaimSummary> arpClaims, List<ArpSweepSummary> arpSweeps, long packets,
                               long bytes, long drops, long lastPacketNanos, boolean last, boolean saturated) {

    /** This snapshot taken after {@code earlier}, which the writer has not seen yet. */
    PipelineSnapshot after(PipelineSnapshot earlier) {
        List<ObservedActivity> allActivities = new ArrayList<>(earlier.activities);
        allActivities.addAll(activities);
        List<Connection> allExpired = new ArrayList<>(earlier.expired);
        allExpired.addAll(expired);
        return new PipelineSnapshot(inventory, allActivities, allExpired, arpClaims, arpSweeps, packets, bytes, drops,
                lastPacketNanos, last || earlier.last, saturated && earlier.saturated);
    }
}
