package io.plantwatch.inventory;

import io.plantwatch.decode.IpAddress;

/**
 * An ARP sender's statement "{@code ip} is at {@code mac}", with how often it was made.
 *
 * @param firstSeen epoch nanoseconds of the first such statement
 */
public record ArpClaimSummary(long mac, IpAddress ip, long count, long firstSeen) {
}
