package io.plantwatch.inventory;

import java.util.List;

/**
 * One device of the inventory: a MAC on the local segment with the IPs it owns, or an IP known
 * only at layer 3 (a routed peer, or any host on a link without MACs). Times are epoch nanoseconds.
 *
 * @param id stable across runs: {@code mac:<mac>} or {@code ip:<ip>}
 * @param properties every identity value stated on the wire, with its protocol (conflicts included)
 * @param roles protocol roles, as {@code protocol/ROLE}
 * @param evidence why the device got its type and Purdue level
 */
public record Device(String id, List<String> macs, List<String> ips, String name, String vendor, String type,
                     String model, String firmware, String os, Integer purdueLevel, List<String> protocols,
                     List<OpenPort> openPorts, long firstSeen, long lastSeen, List<Property> properties,
                     List<String> roles, List<String> evidence) {

    /** A port that answered as a server. */
    public record OpenPort(String transport, int port) {
    }

    /** One identity value as a protocol stated it, and how often. */
    public record Property(String field, String value, String protocol, long count) {
    }
}
