package io.plantwatch.testing;

import io.plantwatch.capture.Frame;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.IpAddress;
import io.plantwatch.decode.ProtocolDecoder;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.InventoryBuilder;
import io.plantwatch.inventory.TrafficCollector;
import io.plantwatch.inventory.classify.StandardClassifier;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Feeds hand-built Ethernet/IPv4 frames through the real per-frame engine with chosen decoders, and
 * reads the resulting inventory: decoder tests see exactly what {@code analyze} would report.
 */
public final class TrafficRun {
    private static final int ETHERNET = 1;
    private final TrafficCollector collector;
    private long time = 1_000_000_000L;

    public TrafficRun(ProtocolDecoder... decoders) {
        this.collector = new TrafficCollector(new DecoderRegistry(List.of(decoders), List.of()));
    }

    /** A MAC for an address, so every IP of a test has its own device. */
    public static long macOf(String ip) {
        return 0x0010_0000_0000L | (IpAddress.parse(ip).v4Bits() & 0xFFFFFFFFL);
    }

    /**
     * A frame from {@code ip} to the discard port, so the address owns a device: the inventory makes
     * devices of source addresses, and facts about an address that never sends go nowhere.
     */
    public TrafficRun present(String ip) {
        return udp(ip, 9, "10.255.255.254", 9, new byte[] {0});
    }

    public TrafficRun udp(String src, int srcPort, String dst, int dstPort, byte[] payload) {
        return udp(macOf(src), src, srcPort, dst, dstPort, payload);
    }

    public TrafficRun udp(long srcMac, String src, int srcPort, String dst, int dstPort, byte[] payload) {
        return ip(srcMac, src, dst, 17, Packets.udp(srcPort, dstPort, payload));
    }

    public TrafficRun tcp(String src, int srcPort, String dst, int dstPort, long seq, int flags, byte[] payload) {
        return ip(macOf(src), src, dst, 6, Packets.tcp(srcPort, dstPort, seq, flags, payload));
    }

    private TrafficRun ip(long srcMac, String src, String dst, int protocol, byte[] transport) {
        IpAddress d = IpAddress.parse(dst);
        long dstMac = d.isMulticast() || d.isBroadcast() || dst.endsWith(".255") ? 0xFFFF_FFFF_FFFFL : macOf(dst);
        return ethernet(dstMac, srcMac, 0x0800, Packets.ipv4(IpAddress.parse(src).v4Bits(), d.v4Bits(), protocol, transport));
    }

    /** Any Ethernet frame (an LLDP or ARP frame, say: traffic that is no flow's). */
    public TrafficRun ethernet(long dstMac, long srcMac, int etherType, byte[] payload) {
        byte[] frame = Packets.ethernet(dstMac, srcMac, etherType, payload);
        collector.onFrame(new Frame().set(ByteBuffer.wrap(frame), 0, frame.length, frame.length, time, ETHERNET, 0));
        time += 1_000_000L;
        return this;
    }

    /** Capture time passes without a frame. */
    public TrafficRun quiet(long nanos) {
        time += nanos;
        return this;
    }

    /** Flows idle for {@code idleNanos} of capture time are expired, as a sensor does. */
    public List<io.plantwatch.inventory.Connection> expireIdle(long idleNanos) {
        return collector.expireFlows(collector.lastSeen() - idleNanos);
    }

    public Inventory inventory() {
        return new InventoryBuilder(new StandardClassifier()).build(collector);
    }

    /** Frames in which some layer was malformed. */
    public long malformed() {
        return collector.malformed();
    }

    /** Frames each application protocol was seen in. */
    public static long frames(Inventory inventory, String protocol) {
        long[] counts = inventory.protocols().get(protocol);
        return counts == null ? 0 : counts[0];
    }

    public static Device device(Inventory inventory, String ip) {
        return inventory.devices().stream().filter(d -> d.ips().contains(ip)).findFirst()
                .orElseThrow(() -> new AssertionError("no device with IP " + ip));
    }

    public static Device deviceWithMac(Inventory inventory, String mac) {
        return inventory.devices().stream().filter(d -> d.macs().contains(mac)).findFirst()
                .orElseThrow(() -> new AssertionError("no device with MAC " + mac));
    }

    /** Values of one identity field of a device, e.g. "name" or "os", as {value: protocol}. */
    public static Map<String, String> values(Device device, String field) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        device.properties().stream().filter(p -> p.field().equals(field)).forEach(p -> out.put(p.value(), p.protocol()));
        return out;
    }

    /** Activity details of one protocol. */
    public static List<String> activities(Inventory inventory, String protocol) {
        return inventory.activities().stream().filter(a -> a.activity().protocol().equals(protocol))
                .map(a -> a.activity().type() + ": " + a.activity().detail()).toList();
    }

    public static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    public static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
