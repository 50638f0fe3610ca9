package io.plantwatch.sensor.pipeline;

import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.TrafficCollector;

import java.util.ArrayList;
import java.util.List;

/**
 * Forgets the flows idle for the expiry's time once the collector holds more than its limit: at
 * every snapshot, and between snapshots too, since snapshots wait while the writer is busy and grow
 * apart as the inventory grows, and memory must stay bounded meanwhile (a fast replay after another
 * plant's traffic held 450,000 flows against a limit of 50,000 until its last snapshot). A check
 * between snapshots walks every flow, so it comes at most once every tenth of the idle time of
 * capture time. The connections of forgotten flows wait for the next snapshot, which hands them to
 * the writer. Not thread-safe: the pipeline thread's.
 */
final class IdleFlowExpiry {
    private final Pipeline.Expiry expiry;
    private List<Connection> forgotten = new ArrayList<>();
    private long nextCheck = Long.MIN_VALUE;

    IdleFlowExpiry(Pipeline.Expiry expiry) {
        this.expiry = expiry;
    }

    /** Between snapshots: expires idle flows when over the limit and a check is due. */
    void check(TrafficCollector collector) {
        if (collector.flowCount() > expiry.flowLimit() && collector.lastSeen() >= nextCheck) {
            nextCheck = collector.lastSeen() + expiry.idleNanos() / 10;
            expire(collector);
        }
    }

    /** At a snapshot: expires what is due now; returns every connection forgotten since the last snapshot. */
    List<Connection> drain(TrafficCollector collector) {
        expire(collector);
        List<Connection> drained = forgotten;
        forgotten = new ArrayList<>();
        return drained;
    }

    private void expire(TrafficCollector collector) {
        if (collector.flowCount() <= expiry.flowLimit()) {
            return;
        }
        forgotten.addAll(collector.expireFlows(collector.lastSeen() - expiry.idleNanos()));
        if (collector.flowCount() > 2 * expiry.flowLimit()) {
            // still too many: a flood of short flows; keep only the last tenth of the idle time
            forgotten.addAll(collector.expireFlows(collector.lastSeen() - expiry.idleNanos() / 10));
        }
    }
}
