package io.plantwatch.simulate.plant;

/** What a device does in the plant, which decides its zone and the traffic it takes part in. */
public enum Role {
    /** The router/firewall between zones and to the outside; also the zones' DHCP server. */
    FIREWALL,
    /** Site server: DNS and NTP. */
    SERVER,
    HISTORIAN,
    /** Engineering workstation: connects to controllers now and then. */
    EWS,
    /** Polls the S7comm, Modbus and EtherNet/IP controllers of its cell. */
    HMI,
    /** Building management server: polls BACnet controllers. */
    BMS,
    /** SCADA master: polls DNP3 and IEC 60870-5-104 outstations. */
    SCADA,
    CONTROLLER,
    FIELD,
    SWITCH,
    WORKSTATION,
    /** A device that is not supposed to be there (injected by an event). */
    INTRUDER;

    /** True for roles placed in the site zone (zone 0) rather than in a cell. */
    public boolean sitewide() {
        return switch (this) {
            case FIREWALL, SERVER, HISTORIAN, EWS, BMS, SCADA, WORKSTATION -> true;
            default -> false;
        };
    }

    public static Role parse(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
