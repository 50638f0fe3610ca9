package io.plantwatch.simulate.plant;

/**
 * One L2 segment and IPv4 subnet of the plant. Zone 0 is the site zone (servers, workstations,
 * firewall); the others are production cells.
 */
public record Zone(int index, String name, int network, int prefixLength, int gateway) {

    public int mask() {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }
}
