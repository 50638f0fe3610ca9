package io.plantwatch.console.map;

import io.plantwatch.console.inventory.DeviceView;
import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.MacAddress;

/**
 * Tells multicast and broadcast destinations (224.0.0.0/4, ff00::/8, 255.255.255.255, group MACs
 * such as 01:00:5e:… or ff:ff:ff:ff:ff:ff) from devices: a sensor may list such a destination as
 * a peer, and the map can hide it with its edges. A subnet-directed broadcast (x.y.z.255) is not
 * recognised: the mask is not known. Stateless.
 */
final class GroupAddresses {
    private GroupAddresses() {
    }

    /** Whether every address the device has is a group address (and it has at least one). */
    static boolean isGroup(DeviceView device) {
        int addresses = 0;
        for (String ip : device.ips()) {
            addresses++;
            if (!isGroupIp(ip)) {
                return false;
            }
        }
        for (String mac : device.macs()) {
            addresses++;
            if (!isGroupMac(mac)) {
                return false;
            }
        }
        return addresses > 0;
    }

    static boolean isGroupIp(String text) {
        try {
            IpAddress ip = IpAddress.parse(text);
            return ip.isMulticast() || ip.isBroadcast();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    static boolean isGroupMac(String text) {
        try {
            long mac = MacAddress.parse(text);
            return mac != MacAddress.NONE && mac != 0 && !MacAddress.isUnicast(mac);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
