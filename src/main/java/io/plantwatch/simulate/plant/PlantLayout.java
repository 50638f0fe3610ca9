package io.plantwatch.simulate.plant;

import io.plantwatch.simulate.protocol.Routing;

import java.util.List;

/**
 * A generated plant: its zones and devices (index order = creation order), the firewall that routes
 * between zones and to the outside, and the site server (DNS, NTP). Immutable.
 */
public record PlantLayout(String plant, List<Zone> zones, List<SimDevice> devices, SimDevice firewall,
                          SimDevice server, String domain) {

    public PlantLayout {
        zones = List.copyOf(zones);
        devices = List.copyOf(devices);
    }

    public Routing routing() {
        return new Routing(firewall.mac());
    }

    public Zone zone(int index) {
        return zones.get(index);
    }

    public List<SimDevice> withRole(Role role) {
        return devices.stream().filter(d -> d.role() == role).toList();
    }
}
