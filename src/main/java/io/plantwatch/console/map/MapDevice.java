package io.plantwatch.console.map;

import java.util.List;

/**
 * A merged device as the map draws it: what its icon, badges, filters and search need. Immutable.
 *
 * @param subnet the device's subnet key ({@link Subnets#of}), which it collapses into
 * @param protocols protocol names seen on its connections, sorted
 * @param alerts alerts raised on its addresses
 * @param searchText name, addresses, vendor and type in lower case, for the search box
 */
public record MapDevice(long id, String label, String type, Integer purdueLevel, String zone, String subnet,
                        List<String> protocols, int alerts, String searchText) {
    public MapDevice {
        protocols = List.copyOf(protocols);
    }
}
