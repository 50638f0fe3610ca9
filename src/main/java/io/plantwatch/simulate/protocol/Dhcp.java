package io.plantwatch.simulate.protocol;

/**
 * DHCP messages (BOOTP with options), padded to the classic 300-byte minimum. Clients state their
 * host name (option 12) and vendor class (option 60). Stateless.
 */
public final class Dhcp {
    public static final int CLIENT_PORT = 68;
    public static final int SERVER_PORT = 67;
    public static final int DISCOVER = 1;
    public static final int OFFER = 2;
    public static final int REQUEST = 3;
    public static final int ACK = 5;
    private static final int BOOTP_MIN = 300;

    private Dhcp() {
    }

    /** A client message: DISCOVER or REQUEST ({@code requestedIp} and {@code serverIp} set for REQUEST). */
    public static void client(FrameBuffer fb, int type, int xid, long mac, int clientIp, int requestedIp, int serverIp,
                              String hostName, String vendorClass) {
        int start = fb.position();
        bootp(fb, 1, xid, mac, clientIp, 0, 0);
        fb.u8(53).u8(1).u8(type);
        fb.u8(61).u8(7).u8(1).mac(mac);
        if (requestedIp != 0 && clientIp == 0) {
            fb.u8(50).u8(4).u32(requestedIp);
        }
        if (serverIp != 0 && clientIp == 0) {
            fb.u8(54).u8(4).u32(serverIp);
        }
        fb.u8(12).u8(hostName.length()).ascii(hostName);
        if (vendorClass != null) {
            fb.u8(60).u8(vendorClass.length()).ascii(vendorClass);
        }
        fb.u8(55).u8(6).u8(1).u8(3).u8(6).u8(15).u8(42).u8(51);
        end(fb, start);
    }

    /** A server reply: OFFER or ACK of {@code yourIp}. */
    public static void server(FrameBuffer fb, int type, int xid, long mac, int clientIp, int yourIp, int serverIp,
                              int mask, int router, int dns, String domain) {
        int start = fb.position();
        bootp(fb, 2, xid, mac, clientIp, yourIp, serverIp);
        fb.u8(53).u8(1).u8(type);
        fb.u8(54).u8(4).u32(serverIp);
        fb.u8(51).u8(4).u32(86_400);
        fb.u8(1).u8(4).u32(mask);
        fb.u8(3).u8(4).u32(router);
        fb.u8(6).u8(4).u32(dns);
        fb.u8(15).u8(domain.length()).ascii(domain);
        end(fb, start);
    }

    private static void bootp(FrameBuffer fb, int op, int xid, long mac, int clientIp, int yourIp, int serverIp) {
        fb.u8(op).u8(1).u8(6).u8(0).u32(xid).u16(0).u16(0).u32(clientIp).u32(yourIp).u32(serverIp).u32(0)
                .mac(mac).fill(10, 0).fill(64, 0).fill(128, 0).u32(0x63825363);
    }

    private static void end(FrameBuffer fb, int start) {
        fb.u8(255);
        int length = fb.position() - start;
        if (length < BOOTP_MIN) {
            fb.fill(BOOTP_MIN - length, 0);
        }
    }
}
