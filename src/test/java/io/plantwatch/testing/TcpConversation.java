package io.plantwatch.testing;

import io.plantwatch.decode.Packet;

/**
 * A TCP connection between a client and a server that keeps sequence numbers, so tests can send
 * segments, repeat them, or lose some. Mirrors the crafted captures its rules were checked with.
 */
public final class TcpConversation {
    public static final int ACK_PSH = Packet.ACK | Packet.PSH;

    private final PacketFactory factory;
    private final String clientIp;
    private final int clientPort;
    private final String serverIp;
    private final int serverPort;
    private long clientSeq = 1000;
    private long serverSeq = 5000;

    public TcpConversation(PacketFactory factory, String clientIp, int clientPort, String serverIp, int serverPort) {
        this.factory = factory;
        this.clientIp = clientIp;
        this.clientPort = clientPort;
        this.serverIp = serverIp;
        this.serverPort = serverPort;
    }

    /** The next client segment, advancing the client's sequence number. */
    public Packet client(byte[] payload) {
        Packet p = clientAt(clientSeq, payload, ACK_PSH);
        clientSeq += payload.length;
        return p;
    }

    public Packet server(byte[] payload) {
        Packet p = factory.tcp(serverIp, serverPort, clientIp, clientPort, serverSeq, ACK_PSH, payload);
        serverSeq += payload.length;
        return p;
    }

    /** A client segment at an explicit sequence number; does not advance the sequence. */
    public Packet clientAt(long seq, byte[] payload, int flags) {
        return factory.tcp(clientIp, clientPort, serverIp, serverPort, seq, flags, payload);
    }

    /** Skips bytes of the client's stream, as if a segment was lost. */
    public void loseClientBytes(int count) {
        clientSeq += count;
    }

    public long clientSeq() {
        return clientSeq;
    }
}
