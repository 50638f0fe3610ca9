package io.plantwatch.decode;

import io.plantwatch.capture.Frame;

import java.nio.ByteBuffer;

/**
 * A frame decoded up to the transport layer: offsets and values, no copies. The decoder fills one
 * instance per frame and reuses it, so it is valid only while that frame is being handled.
 * Not thread-safe.
 *
 * <p>Offsets index {@link #buffer()} for the link and network layers, and {@link #payloadBuffer()}
 * for the transport payload: the two differ when IP fragments were reassembled.
 */
public final class Packet {
    // frame
    Frame frame;
    ByteBuffer buffer;
    int end;
    long layers;
    String malformed;
    boolean truncated;

    // link
    long srcMac;
    long dstMac;
    int vlanId;
    int etherType;
    int linkPayloadOffset;
    int llcSap;
    int snapProtocol;

    // ARP (Ethernet/IPv4 only)
    int arpOperation;
    long arpSenderMac;
    int arpSenderIp;
    long arpTargetMac;
    int arpTargetIp;

    // network
    int ipVersion;
    long srcHi;
    long srcLo;
    long dstHi;
    long dstLo;
    int ipProtocol;
    int ipOffset;
    int ttl;
    boolean fragment;

    // transport
    int srcPort;
    int dstPort;
    int tcpFlags;
    long tcpSeq;
    long tcpAck;
    int tcpWindow;
    int icmpType;
    int icmpCode;
    ByteBuffer payloadBuffer;
    int payloadOffset;
    int payloadLength;

    void reset(Frame frame) {
        this.frame = frame;
        this.buffer = frame.buffer();
        this.end = frame.offset() + frame.capturedLength();
        this.truncated = frame.capturedLength() < frame.originalLength();
        layers = 0;
        malformed = null;
        srcMac = MacAddress.NONE;
        dstMac = MacAddress.NONE;
        vlanId = -1;
        etherType = -1;
        linkPayloadOffset = -1;
        llcSap = -1;
        snapProtocol = -1;
        arpOperation = 0;
        ipVersion = 0;
        srcHi = srcLo = dstHi = dstLo = 0;
        ipProtocol = IpProtocol.NONE;
        ipOffset = -1;
        ttl = -1;
        fragment = false;
        srcPort = dstPort = -1;
        tcpFlags = 0;
        tcpSeq = tcpAck = 0;
        tcpWindow = 0;
        icmpType = icmpCode = -1;
        payloadBuffer = buffer;
        payloadOffset = end;
        payloadLength = 0;
    }

    public Frame frame() { return frame; }

    /** The frame's buffer (big-endian, absolute reads only). */
    public ByteBuffer buffer() { return buffer; }

    /** Index just past the frame's captured bytes in {@link #buffer()}. */
    public int end() { return end; }

    public long timestampNanos() { return frame.timestampNanos(); }

    /** Length on the wire ({@code frame.len}). */
    public int wireLength() { return frame.originalLength(); }

    /** The {@link Layer}s present, as a bit mask. */
    public long layers() { return layers; }

    public boolean has(Layer layer) { return (layers & layer.bit()) != 0; }

    /** Why decoding stopped early, or null. */
    public String malformed() { return malformed; }

    /** True when the capture kept fewer bytes than were on the wire (snap length). */
    public boolean truncated() { return truncated; }

    /** Source MAC (Ethernet or Linux-cooked), or {@link MacAddress#NONE}. */
    public long srcMac() { return srcMac; }

    public long dstMac() { return dstMac; }

    /** Outermost VLAN id, or -1. */
    public int vlanId() { return vlanId; }

    /** EtherType of the innermost link header (after VLAN/MPLS), or -1. */
    public int etherType() { return etherType; }

    /** Where the link layer's payload starts (the ARP, IP, LLDP... header), or -1. */
    public int linkPayloadOffset() { return linkPayloadOffset; }

    /** 802.2 LLC DSAP for 802.3 frames, or -1. */
    public int llcSap() { return llcSap; }

    /** SNAP (OUI << 16 | protocol id) for LLC SNAP frames, or -1. */
    public int snapProtocol() { return snapProtocol; }

    /** ARP opcode (1 request, 2 reply) for Ethernet/IPv4 ARP, else 0. */
    public int arpOperation() { return arpOperation; }

    public long arpSenderMac() { return arpSenderMac; }

    public int arpSenderIp() { return arpSenderIp; }

    public long arpTargetMac() { return arpTargetMac; }

    public int arpTargetIp() { return arpTargetIp; }

    /** 4, 6, or 0 when the frame carries no IP. */
    public int ipVersion() { return ipVersion; }

    public long srcIpHi() { return srcHi; }

    public long srcIpLo() { return srcLo; }

    public long dstIpHi() { return dstHi; }

    public long dstIpLo() { return dstLo; }

    public IpAddress srcIp() { return ipVersion == 0 ? null : new IpAddress(srcHi, srcLo, ipVersion == 6); }

    public IpAddress dstIp() { return ipVersion == 0 ? null : new IpAddress(dstHi, dstLo, ipVersion == 6); }

    /** The upper-layer protocol after IPv6 extension headers, or {@link IpProtocol#NONE}. */
    public int ipProtocol() { return ipProtocol; }

    public int ipOffset() { return ipOffset; }

    public int ttl() { return ttl; }

    /** True for an IP fragment that does not (yet) complete a datagram: no transport header here. */
    public boolean fragment() { return fragment; }

    public boolean isTcp() { return (layers & Layer.TCP.bit()) != 0; }

    public boolean isUdp() { return (layers & Layer.UDP.bit()) != 0; }

    public int srcPort() { return srcPort; }

    public int dstPort() { return dstPort; }

    public int tcpFlags() { return tcpFlags; }

    public long tcpSeq() { return tcpSeq; }

    public long tcpAck() { return tcpAck; }

    public int tcpWindow() { return tcpWindow; }

    public int icmpType() { return icmpType; }

    public int icmpCode() { return icmpCode; }

    /** Buffer of the transport payload: the frame's, or a reassembled datagram's. */
    public ByteBuffer payloadBuffer() { return payloadBuffer; }

    public int payloadOffset() { return payloadOffset; }

    /** Payload bytes present in the capture. */
    public int payloadLength() { return payloadLength; }

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
}
