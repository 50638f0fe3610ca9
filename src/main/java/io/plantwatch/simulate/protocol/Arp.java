package io.plantwatch.simulate.protocol;

/** ARP for IPv4 over Ethernet. Stateless. */
public final class Arp {
    private Arp() {
    }

    /** Who has {@code targetIp}? Tell {@code senderIp} (broadcast). */
    public static void request(FrameBuffer fb, long senderMac, int senderIp, int targetIp) {
        fb.ethernet(Endpoint.BROADCAST_MAC, senderMac, FrameBuffer.ETHERTYPE_ARP);
        body(fb, 1, senderMac, senderIp, 0, targetIp);
    }

    /** {@code senderIp} is at {@code senderMac}, to {@code targetMac} (or broadcast for a gratuitous reply). */
    public static void reply(FrameBuffer fb, long senderMac, int senderIp, long targetMac, int targetIp) {
        fb.ethernet(targetMac, senderMac, FrameBuffer.ETHERTYPE_ARP);
        body(fb, 2, senderMac, senderIp, targetMac == Endpoint.BROADCAST_MAC ? senderMac : targetMac, targetIp);
    }

    private static void body(FrameBuffer fb, int op, long senderMac, int senderIp, long targetMac, int targetIp) {
        fb.u16(1).u16(0x0800).u8(6).u8(4).u16(op).mac(senderMac).u32(senderIp).mac(targetMac).u32(targetIp);
        fb.finish();
    }
}
