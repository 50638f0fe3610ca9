package io.plantwatch.detect;

/** The rule names alerts carry ({@link Alert#rule()}), used for filtering and de-duplication. */
public final class Rules {
    public static final String PROGRAM_DOWNLOAD = "program-download";
    public static final String PROGRAM_UPLOAD = "program-upload";
    public static final String CONTROLLER_STOP = "controller-stop";
    public static final String CONTROLLER_START = "controller-start";
    public static final String RESTART = "restart";
    public static final String FIRMWARE_UPDATE = "firmware-update";
    public static final String CONFIGURATION_CHANGE = "configuration-change";
    public static final String CLEARTEXT_CREDENTIALS = "cleartext-credentials";
    public static final String COMMUNICATION_CONTROL = "communication-control";
    public static final String UNAUTHORIZED_WRITE = "unauthorized-write";
    public static final String PROTOCOL_VIOLATION = "protocol-violation";
    public static final String ARP_SPOOFING = "arp-spoofing";
    public static final String PORT_SCAN = "port-scan";
    public static final String ADDRESS_SCAN = "address-scan";
    public static final String PLC_SCAN = "plc-scan";
    public static final String NEW_DEVICE = "new-device";
    public static final String NEW_CONNECTION = "new-connection";
    public static final String INTERNET_CONNECTION = "internet-connection";
    public static final String TRAFFIC_STOPPED = "traffic-stopped";
    public static final String MALWARE_ADDRESS = "malware-address";
    public static final String MALWARE_DOMAIN = "malware-domain";

    private Rules() {
    }
}
