package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

/**
 * The ARP requests one MAC sent: when it first asked for each distinct address.
 *
 * @param senderIp the sender's claimed IP, or null when it gave none (ARP probes)
 * @param firstAskTimes epoch nanoseconds, one per distinct target, in capture order
 */
public record ArpSweepSummary(long senderMac, IpAddress senderIp, long[] firstAskTimes) {
}
