package io.plantwatch.decode;

/**
 * Where decoders report what they see in the packet being decoded. Decoders are pure: they keep
 * only per-flow parsing state and tell everything else through this interface.
 */
public interface Observations {

    /** The frame carries this protocol (Wireshark's name, as in {@code frame.protocols}). */
    void protocol(String name);

    /**
     * One occurrence of a function code, under a key of the {@code functions} table
     * ("modbus", "s7comm", "dnp3", "enip", "cip", "bacapp_confirmed", "bacapp_unconfirmed",
     * "iec60870_asdu", "opcua"), with the value tshark shows for the corresponding field.
     */
    void function(String key, int code);

    /** A readable command on the current connection ("Read Holding Registers", "Download block"). */
    void command(String protocol, String command);

    /** A fact the wire states about one end of the packet. */
    void identity(Side side, Identity field, String value);

    /** A fact about a device known by its MAC, not an end of this packet (DHCP client, DCP station). */
    void identityOfMac(long mac, Identity field, String value);

    /** The role an end plays in a protocol. */
    void role(Side side, String protocol, Role role);

    /** A security-relevant action from the packet's source to its destination. */
    void activity(Activity activity);

    /** A PDU that could not be decoded; counted, never thrown. */
    void malformed(String protocol, String reason);

    /** Observations that go nowhere: for tests and for decoders run only for their side effects. */
    Observations NONE = new Observations() {
        @Override public void protocol(String name) { }
        @Override public void function(String key, int code) { }
        @Override public void command(String protocol, String command) { }
        @Override public void identity(Side side, Identity field, String value) { }
        @Override public void identityOfMac(long mac, Identity field, String value) { }
        @Override public void role(Side side, String protocol, Role role) { }
        @Override public void activity(Activity activity) { }
        @Override public void malformed(String protocol, String reason) { }
    };
}
