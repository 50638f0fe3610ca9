package io.plantwatch.inventory;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.IpAddress;

/**
 * An activity with where and when it was seen.
 *
 * @param time capture time, epoch nanoseconds
 * @param sourceMac sender's MAC or {@link io.plantwatch.decode.MacAddress#NONE}
 * @param source sender's IP, or null for link-layer protocols
 */
public record ObservedActivity(long time, long sourceMac, IpAddress source, long destinationMac,
                               IpAddress destination, Activity activity) {
}
