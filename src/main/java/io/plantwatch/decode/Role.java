package io.plantwatch.decode;

/** The part a device plays in a protocol, for classification. */
public enum Role {
    /** Answers requests: PLC on 502/102/44818, DNP3 outstation, BACnet device, OPC UA server. */
    SERVER,
    /** Sends requests: HMI, SCADA master, historian poller. */
    CLIENT,
    /** Programs or configures controllers: downloads, uploads, stop/start, firmware. */
    ENGINEERING
}
