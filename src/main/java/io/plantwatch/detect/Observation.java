package io.plantwatch.detect;

import io.plantwatch.inventory.ArpClaimSummary;
import io.plantwatch.inventory.ArpSweepSummary;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/**
 * What detection looks at in one step: the devices known now, the connections that appeared since
 * the previous step (all of them in a one-shot analysis), the activities decoders reported since the
 * previous step, all ARP claims so far, and per ARP sender the addresses it asked for.
 */
public record Observation(List<Device> devices, List<Connection> newConnections, List<ObservedActivity> activities,
                          List<ArpClaimSummary> arpClaims, List<ArpSweepSummary> arpSweeps) {
    /** A step with no new traffic (only what the detector keeps is looked at again). */
    public static final Observation NOTHING_NEW = new Observation(List.of(), List.of(), List.of(), List.of(), List.of());
}
