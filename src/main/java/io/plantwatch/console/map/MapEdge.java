package io.plantwatch.console.map;

import java.util.List;

/**
 * An edge of the drawn graph between node indexes {@code source < target}: one device link, or
 * all links between the members of collapsed subnets added up. Immutable; equal by its ends only
 * (a graph holds one edge per pair, and hashing the protocol list on every lookup would be waste).
 *
 * @param weight summed {@link MapLink#weight()}, for the line's thickness
 * @param ot whether an industrial protocol runs on it
 */
public record MapEdge(int source, int target, int weight, boolean ot, List<String> protocols) {
    public MapEdge {
        protocols = List.copyOf(protocols);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapEdge && ((MapEdge) other).source == source && ((MapEdge) other).target == target;
    }

    @Override
    public int hashCode() {
        return 31 * source + target;
    }
}
