package io.plantwatch.simulate.plant;

import io.plantwatch.simulate.protocol.Endpoint;

/**
 * One simulated device: what it is (model, firmware, role), where it sits (zone, MAC, IPv4) and
 * the protocol details it answers with (serial number, protocol address). Immutable.
 */
public final class SimDevice {
    private final int index;
    private final Role role;
    private final DeviceModel model;
    private final String vendor;
    private final DeviceModel.FirmwareRelease firmware;
    private final String name;
    private final int zone;
    private final long mac;
    private final int ip;
    private final String serial;
    private final int protocolAddress;
    private final boolean authorized;
    private final Endpoint endpoint;

    public SimDevice(int index, Role role, DeviceModel model, String vendor, DeviceModel.FirmwareRelease firmware,
                     String name, int zone, long mac, int ip, String serial, int protocolAddress, boolean authorized) {
        this.index = index;
        this.role = role;
        this.model = model;
        this.vendor = vendor;
        this.firmware = firmware;
        this.name = name;
        this.zone = zone;
        this.mac = mac;
        this.ip = ip;
        this.serial = serial;
        this.protocolAddress = protocolAddress;
        this.authorized = authorized;
        this.endpoint = new Endpoint(mac, ip, zone, model.initialTtl());
    }

    public int index() { return index; }

    public Role role() { return role; }

    public DeviceModel model() { return model; }

    /** The vendor's canonical name ("Siemens", "Rockwell Automation"). */
    public String vendor() { return vendor; }

    /** Null for hosts whose firmware is not stated on the wire. */
    public DeviceModel.FirmwareRelease firmware() { return firmware; }

    public String firmwareVersion() { return firmware == null ? null : firmware.version(); }

    public String name() { return name; }

    public int zone() { return zone; }

    public long mac() { return mac; }

    public int ip() { return ip; }

    public String serial() { return serial; }

    /** Modbus unit id, BACnet device instance, DNP3 outstation address or IEC-104 common address. */
    public int protocolAddress() { return protocolAddress; }

    public boolean authorized() { return authorized; }

    public Endpoint endpoint() { return endpoint; }

    public String protocol() { return model.protocol(); }

    @Override
    public String toString() {
        return name + " (" + model.id() + ")";
    }
}
