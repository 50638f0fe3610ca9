package io.plantwatch.console.map;

import java.util.List;

/**
 * The traffic between two merged devices ({@code deviceA < deviceB}). Immutable.
 *
 * @param weight how much goes on: protocols plus commands seen (the store keeps no byte counts)
 */
public record MapLink(long deviceA, long deviceB, List<String> protocols, int weight) {
    public MapLink {
        protocols = List.copyOf(protocols);
    }

    /** Whether an industrial protocol runs on the link (drawn in the OT colour). */
    public boolean isOt() {
        for (String protocol : protocols) {
            if (ProtocolFamilies.isOt(protocol)) {
                return true;
            }
        }
        return false;
    }
}
