package io.plantwatch.console.map;

import java.util.List;

/**
 * One node of the drawn graph: a device, or a collapsed subnet standing for its devices. Immutable.
 *
 * @param key stable across rebuilds ({@code device:ID} or {@code subnet:KEY}); pinned positions are stored by it
 * @param members 1 for a device, the device count for a subnet
 * @param deviceId the merged device id, or -1 for a subnet
 * @param lastSeen the latest last-seen time of its devices (epoch ms), or null when none is known
 * @param unauthorized how many of its devices are marked unauthorized
 * @param newDevices how many of its devices are new (first seen recently, not yet decided on)
 * @param groupAddress every one of its devices is a multicast or broadcast destination
 */
public record MapNode(String key, NodeKind kind, String label, String type, Integer purdueLevel, String zone,
                      String subnet, List<String> protocols, int alerts, int members, long deviceId, Long lastSeen,
                      int unauthorized, int newDevices, boolean groupAddress) {
    public MapNode {
        protocols = List.copyOf(protocols);
    }

    public static String deviceKey(long deviceId) {
        return "device:" + deviceId;
    }

    public static String subnetKey(String subnet) {
        return "subnet:" + subnet;
    }

    static MapNode of(MapDevice device) {
        return new MapNode(deviceKey(device.id()), NodeKind.DEVICE, device.label(), device.type(),
                device.purdueLevel(), device.zone(), device.subnet(), device.protocols(), device.alerts(), 1,
                device.id(), device.lastSeen(), device.unauthorized() ? 1 : 0, device.newDevice() ? 1 : 0,
                device.groupAddress());
    }
}
