package io.plantwatch.simulate.events;

import java.util.Locale;

/** The attacks and anomalies the simulator can inject, by their command-line names. */
public enum EventType {
    NEW_DEVICE, PORT_SCAN, MODBUS_WRITE, PROGRAM_DOWNLOAD, PLC_STOP, DNP3_RESTART, INTERNET_CONNECTION,
    CLEARTEXT_CREDENTIALS, ARP_SPOOF;

    /** The name used on the command line and in the truth file ("port-scan"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EventType parse(String id) {
        for (EventType t : values()) {
            if (t.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event '" + id + "' (known: " + java.util.Arrays.stream(values())
                .map(EventType::id).toList() + ", all, none)");
    }
}
