package io.plantwatch.inventory;

/** All IP packets to or from one address. */
public record IpEndpoint(String ip, long packets, long bytes) {
}
