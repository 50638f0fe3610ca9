package io.plantwatch.simulate;

import io.plantwatch.simulate.plant.DeviceModel;
import io.plantwatch.simulate.plant.Role;
import io.plantwatch.simulate.plant.SimDevice;
import io.plantwatch.simulate.protocol.Dnp3;
import io.plantwatch.simulate.protocol.Enip;
import io.plantwatch.simulate.protocol.Lldp;
import io.plantwatch.simulate.protocol.Modbus;
import io.plantwatch.simulate.protocol.S7comm;

import java.util.Locale;

/** A device's identity in the shape each protocol states it on the wire. Stateless. */
final class WireIdentity {
    private WireIdentity() {
    }

    static S7comm.ModuleIdentity s7(SimDevice d) {
        int[] v = versionNumbers(d.firmwareVersion(), 3);
        return new S7comm.ModuleIdentity(d.model().orderNumber(), v[0], v[1], v[2], d.model().model(), d.name(),
                "PLC_1", d.serial());
    }

    static Modbus.DeviceIdentification modbus(SimDevice d) {
        String url = "www." + d.vendor().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".com";
        DeviceModel m = d.model();
        // Product code, product name and model name all state the model: one unambiguous value,
        // whichever object a reader takes as the model.
        return new Modbus.DeviceIdentification(d.vendor(), m.model(), d.firmwareVersion(), url, m.model(), m.model());
    }

    static Enip.Identity enip(SimDevice d) {
        int[] v = versionNumbers(d.firmwareVersion(), 2);
        DeviceModel.EnipIds ids = d.model().enip();
        return new Enip.Identity(ids.vendorId(), ids.deviceType(), ids.productCode(), v[0], v[1],
                (int) Long.parseLong(d.serial(), 16), d.model().model());
    }

    static Dnp3.DeviceAttributes dnp3(SimDevice d) {
        return new Dnp3.DeviceAttributes(d.vendor(), d.model().model(), d.firmwareVersion());
    }

    static Lldp.Announcement lldp(SimDevice d) {
        DeviceModel m = d.model();
        String description = m.lldpDescription() == null ? d.vendor() + " " + m.model()
                : m.lldpDescription().replace("{vendor}", d.vendor()).replace("{model}", m.model())
                .replace("{order}", m.orderNumber() == null ? "" : m.orderNumber())
                .replace("{firmware}", d.firmwareVersion() == null ? "" : d.firmwareVersion())
                .replace("{serial}", d.serial());
        int capabilities = d.role() == Role.FIREWALL ? Lldp.CAPABILITY_ROUTER | Lldp.CAPABILITY_BRIDGE
                : d.role() == Role.SWITCH ? Lldp.CAPABILITY_BRIDGE : Lldp.CAPABILITY_STATION;
        return new Lldp.Announcement(d.name(), description, d.role() == Role.SWITCH ? "port 24" : "X1 P1", capabilities,
                d.vendor(), m.model(), d.firmwareVersion());
    }

    /** The first {@code count} numbers of a version string ("V2.9.4" → 2, 9, 4; "33.012" → 33, 12). */
    static int[] versionNumbers(String version, int count) {
        int[] numbers = new int[count];
        if (version == null) {
            return numbers;
        }
        String[] parts = version.replaceAll("^[^0-9]+", "").split("[^0-9]+");
        for (int i = 0; i < count && i < parts.length; i++) {
            numbers[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
        }
        return numbers;
    }
}
