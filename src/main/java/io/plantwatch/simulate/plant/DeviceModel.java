package io.plantwatch.simulate.plant;

import java.util.List;

/**
 * One product the simulator can place: what it is, which protocol it serves, which protocol states
 * its identity on the wire, and the firmware releases it may run.
 *
 * @param protocol the protocol it answers as a server ({@code s7comm, modbus, enip, bacnet, dnp3, iec104}) or
 *                 {@code lldp}/{@code none}
 * @param identity where vendor, model and firmware appear on the wire ({@code oui} = only the MAC prefix)
 */
public record DeviceModel(String id, String vendor, String type, Integer purdueLevel, String protocol, String identity,
                          String model, String orderNumber, Integer ttl, String os, Boolean dhcp,
                          EnipIds enip, BacnetIds bacnet, String lldpDescription, List<FirmwareRelease> firmware) {

    public record EnipIds(int vendorId, int deviceType, int productCode) {
    }

    public record BacnetIds(int vendorId, String vendorName) {
    }

    /** A firmware version and the advisories whose affected range contains it. */
    public record FirmwareRelease(String version, List<Advisory> advisories) {
        public FirmwareRelease {
            advisories = advisories == null ? List.of() : List.copyOf(advisories);
        }
    }

    /** A CSAF advisory citation: id, the advisory's product name and affected range, verbatim. */
    public record Advisory(String id, String product, String range) {
    }

    public DeviceModel {
        firmware = firmware == null ? List.of() : List.copyOf(firmware);
    }

    public int initialTtl() {
        return ttl == null ? 64 : ttl;
    }

    public boolean usesDhcp() {
        return dhcp != null && dhcp;
    }
}
