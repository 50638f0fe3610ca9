package io.plantwatch.testing;

import io.plantwatch.decode.Packet;

/**
 * A TCP connection between a client and a server that keeps sequence numbers, so tests can send
 * segments, repeat them, or lose some. Each segment is decoded into a packet and, when a
 * {@link PcapWriter} is given, also written to a capture. Not thread-safe.
 */
public final class TcpConversation {
    public static final int ACK_PSH = Packet.ACK | Packet.PSH;
    public static final long CLIENT_MAC = 0x020000000001L;
    public static final long SERVER_MAC = 0x020000000002L;

    private final PacketFactory factory;
    private final PcapWriter pcap;
    private final String clientIp;
    private final int clientPort;
    private final String serverIp;
    private final int serverPort;
    private long clientSeq = 1000;
    private long serverSeq = 5000;

    public TcpConversation(PacketFactory factory, String clientIp, int clientPort, String serverIp, int serverPort) {
        this(factory, null, clientIp, clientPort, serverIp, serverPort);
    }

    public TcpConversation(PacketFactory factory, PcapWriter pcap, String clientIp, int clientPort,
                           String serverIp, int serverPort) {
        this.factory = factory;
        this.pcap = pcap;
        this.clientIp = clientIp;
        this.clientPort = clientPort;
        this.serverIp = serverIp;
        this.serverPort = serverPort;
    }

    /** SYN, SYN-ACK, ACK: the decoded packets are not returned (they carry no payload). */
    public void handshake() {
        frame(FrameBytes.tcp(CLIENT_MAC, clientIp, clientPort, SERVER_MAC, serverIp, serverPort, clientSeq - 1, Packet.SYN, new byte[0]));
        frame(FrameBytes.tcp(SERVER_MAC, serverIp, serverPort, CLIENT_MAC, clientIp, clientPort, serverSeq - 1,
                Packet.SYN | Packet.ACK, new byte[0]));
        frame(FrameBytes.tcp(CLIENT_MAC, clientIp, clientPort, SERVER_MAC, serverIp, serverPort, clientSeq, Packet.ACK, new byte[0]));
    }

    /** The next client segment, advancing the client's sequence number. */
    public Packet client(byte[] payload) {
        Packet p = clientAt(clientSeq, payload, ACK_PSH);
        clientSeq += payload.length;
        return p;
    }

    public Packet server(byte[] payload) {
        Packet p = frame(FrameBytes.tcp(SERVER_MAC, serverIp, serverPort, CLIENT_MAC, clientIp, clientPort,
                serverSeq, ACK_PSH, payload));
        serverSeq += payload.length;
        return p;
    }

    /** A client segment at an explicit sequence number; does not advance the sequence. */
    public Packet clientAt(long seq, byte[] payload, int flags) {
        return frame(FrameBytes.tcp(CLIENT_MAC, clientIp, clientPort, SERVER_MAC, serverIp, serverPort, seq, flags, payload));
    }

    /** Skips bytes of the client's stream, as if a segment was lost. */
    public void loseClientBytes(int count) {
        clientSeq += count;
    }

    public long clientSeq() {
        return clientSeq;
    }

    private Packet frame(byte[] bytes) {
        if (pcap != null) {
            pcap.add(bytes);
        }
        return factory.decode(bytes);
    }
}
