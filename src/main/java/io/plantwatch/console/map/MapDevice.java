package io.plantwatch.console.map;

import java.util.List;

/**
 * A merged device as the map draws it: what its icon, badges, filters and search need. Immutable.
 *
 * @param subnet the device's subnet key ({@link Subnets#of}), which it collapses into
 * @param protocols protocol names seen on its connections, sorted
 * @param alerts alerts raised on its addresses
 * @param searchText name, addresses, vendor and type in lower case, for the search box
 * @param lastSeen when a sensor last saw it (epoch ms), or null when unknown
 * @param unauthorized someone marked it as not approved on this network
 * @param newDevice first seen in the last week, after its zone's first day, and nobody decided on it yet
 * @param groupAddress a multicast or broadcast destination rather than a device
 */
public record MapDevice(long id, String label, String type, Integer purdueLevel, String zone, String subnet,
                        List<String> protocols, int alerts, String searchText, Long lastSeen, boolean unauthorized,
                        boolean newDevice, boolean groupAddress) {
    public MapDevice {
        protocols = List.copyOf(protocols);
    }

    /** A device with no seen time and no flags (tests and simulated plants that need none). */
    public MapDevice(long id, String label, String type, Integer purdueLevel, String zone, String subnet,
                     List<String> protocols, int alerts, String searchText) {
        this(id, label, type, purdueLevel, zone, subnet, protocols, alerts, searchText, null, false, false, false);
    }
}
