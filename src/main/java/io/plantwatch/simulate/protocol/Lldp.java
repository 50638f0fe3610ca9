package io.plantwatch.simulate.protocol;

/** LLDP data units (IEEE 802.1AB) to the nearest-bridge group address. Stateless. */
public final class Lldp {
    public static final long NEAREST_BRIDGE = 0x0180_C200_000EL;
    public static final int CAPABILITY_BRIDGE = 0x04;
    public static final int CAPABILITY_ROUTER = 0x10;
    public static final int CAPABILITY_STATION = 0x80;

    private Lldp() {
    }

    private static final int TIA_OUI = 0x0012BB;
    private static final int MED_CAPABILITIES = 1;
    private static final int MED_FIRMWARE = 6;
    private static final int MED_MANUFACTURER = 9;
    private static final int MED_MODEL = 10;

    /**
     * What a device announces about itself; {@code manufacturer}, {@code model} and {@code firmware}
     * (LLDP-MED inventory, ANSI/TIA-1057) are left out when null.
     */
    public record Announcement(String systemName, String systemDescription, String portId, int capabilities,
                               String manufacturer, String model, String firmware) {
    }

    /** Writes the whole frame (Ethernet header included) for {@code mac}, with management address {@code ip}. */
    public static void frame(FrameBuffer fb, long mac, int ip, Announcement a) {
        fb.ethernet(NEAREST_BRIDGE, mac, FrameBuffer.ETHERTYPE_LLDP);
        tlv(fb, 1, 7).u8(4).mac(mac);
        tlv(fb, 2, 1 + a.portId().length()).u8(7).ascii(a.portId());
        tlv(fb, 3, 2).u16(120);
        tlv(fb, 5, a.systemName().length()).ascii(a.systemName());
        tlv(fb, 6, a.systemDescription().length()).ascii(a.systemDescription());
        tlv(fb, 7, 4).u16(a.capabilities()).u16(a.capabilities());
        if (ip != 0) {
            tlv(fb, 8, 12).u8(5).u8(1).u32(ip).u8(2).u32(1).u8(0);
        }
        if (a.model() != null) {
            // LLDP-MED: capabilities (inventory supported) first, then the inventory strings.
            tlv(fb, 127, 7).u24(TIA_OUI).u8(MED_CAPABILITIES).u16(0x0021).u8(4);
            inventory(fb, MED_FIRMWARE, a.firmware());
            inventory(fb, MED_MANUFACTURER, a.manufacturer());
            inventory(fb, MED_MODEL, a.model());
        }
        tlv(fb, 0, 0);
        fb.finish();
    }

    private static void inventory(FrameBuffer fb, int subtype, String value) {
        if (value != null) {
            tlv(fb, 127, 4 + value.length()).u24(TIA_OUI).u8(subtype).ascii(value);
        }
    }

    private static FrameBuffer tlv(FrameBuffer fb, int type, int length) {
        return fb.u16((type << 9) | length);
    }
}
