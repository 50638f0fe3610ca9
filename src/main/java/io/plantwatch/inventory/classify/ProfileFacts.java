package io.plantwatch.inventory.classify;

import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.Role;
import io.plantwatch.inventory.DeviceProfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules look at for one device: its profile plus the vendor its MAC prefix names.
 * Immutable.
 */
record ProfileFacts(DeviceProfile profile, String ouiVendor) {

    /** Values of an identity field; "VENDOR" includes the OUI vendor after the stated ones. */
    List<String> values(String field) {
        List<String> stated = profile.identities().getOrDefault(field, List.of());
        if (field.equals("VENDOR") && ouiVendor != null) {
            List<String> withOui = new java.util.ArrayList<>(stated.size() + 1);
            withOui.addAll(stated);
            withOui.add(ouiVendor);
            return withOui;
        }
        return stated;
    }

    Map<String, Set<Role>> roles() {
        return profile.roles();
    }

    boolean hasOpenPort(String transport, int port) {
        for (io.plantwatch.inventory.Device.OpenPort p : profile.openPorts()) {
            if (p.port() == port && p.transport().equals(transport)) {
                return true;
            }
        }
        return false;
    }

    boolean seesProtocol(String protocol) {
        return profile.protocols().contains(protocol);
    }

    /** True when the device has addresses and all of them are on the internet (no MAC of ours). */
    boolean onlyInternetAddresses() {
        if (profile.ips().isEmpty() || !profile.macs().isEmpty()) {
            return false;
        }
        for (String ip : profile.ips()) {
            try {
                if (IpAddress.parse(ip).isPrivate()) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }
}
