package io.plantwatch.decode;

/** Security-relevant actions seen on the wire; detection turns them into alerts and events. */
public enum ActivityType {
    PROGRAM_DOWNLOAD,
    PROGRAM_UPLOAD,
    CONTROLLER_STOP,
    CONTROLLER_START,
    RESTART,
    /** A write of process values or parameters (Modbus writes, DNP3 operate, CIP set attribute). */
    WRITE,
    CONFIGURATION_CHANGE,
    FIRMWARE_UPDATE,
    /** Identity or status reads a scanner or an engineering tool makes. */
    DISCOVERY,
    CLEARTEXT_CREDENTIALS,
    /** Suppression of reporting or communications (DNP3 disable unsolicited, BACnet DCC disable). */
    COMMUNICATION_CONTROL,
    /** A PDU that breaks its protocol's rules (the decoder's malformed report); detail is the reason. */
    PROTOCOL_VIOLATION,
    /**
     * A host name a client asks for or addresses (DNS query, TLS server name, HTTP Host); detail is
     * the name. Detection matches it against the indicators of the installed TI package.
     */
    HOST_NAME
}
