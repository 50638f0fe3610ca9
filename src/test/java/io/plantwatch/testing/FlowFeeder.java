package io.plantwatch.testing;

import io.plantwatch.capture.LinkType;
import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.FrameDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PacketDecoder;
import io.plantwatch.decode.ProtocolDecoder;

import static io.plantwatch.testing.Packets.ethernet;
import static io.plantwatch.testing.Packets.ip;
import static io.plantwatch.testing.Packets.ipv4;
import static io.plantwatch.testing.Packets.tcp;
import static io.plantwatch.testing.Packets.udp;

/**
 * Feeds hand-made application payloads through the real packet decoder to a protocol decoder, as
 * the capture engine does: client 10.0.0.9 talks to server 10.0.0.5.
 */
public final class FlowFeeder {
    public static final long CLIENT_MAC = 0x000E8C0A0B0CL;
    public static final long SERVER_MAC = 0x001B1B010203L;

    private final PacketDecoder packets = new PacketDecoder();
    private final ProtocolDecoder protocol;
    private final boolean tcp;
    private final int clientPort;
    private final int serverPort;
    private FlowDecoder flow;
    private long clientSeq = 1000;
    private long serverSeq = 5000;

    public FlowFeeder(ProtocolDecoder protocol, boolean tcp, int clientPort, int serverPort) {
        this.protocol = protocol;
        this.tcp = tcp;
        this.clientPort = clientPort;
        this.serverPort = serverPort;
    }

    public FlowFeeder fromClient(byte[] payload, Observations out) {
        return send(true, payload, out);
    }

    public FlowFeeder fromServer(byte[] payload, Observations out) {
        return send(false, payload, out);
    }

    private FlowFeeder send(boolean client, byte[] payload, Observations out) {
        int src = client ? ip(10, 0, 0, 9) : ip(10, 0, 0, 5);
        int dst = client ? ip(10, 0, 0, 5) : ip(10, 0, 0, 9);
        int sport = client ? clientPort : serverPort;
        int dport = client ? serverPort : clientPort;
        byte[] transport;
        if (tcp) {
            long seq = client ? clientSeq : serverSeq;
            transport = tcp(sport, dport, seq, Packet.ACK | Packet.PSH, payload);
            if (client) {
                clientSeq += payload.length;
            } else {
                serverSeq += payload.length;
            }
        } else {
            transport = udp(sport, dport, payload);
        }
        byte[] frame = ethernet(client ? SERVER_MAC : CLIENT_MAC, client ? CLIENT_MAC : SERVER_MAC, 0x0800,
                ipv4(src, dst, tcp ? 6 : 17, transport));
        Packet packet = packets.decode(Packets.frame(frame, LinkType.ETHERNET));
        if (flow == null) {
            flow = protocol.forFlow(packet);
            if (flow == null) {
                throw new AssertionError(protocol.name() + " did not claim the flow");
            }
        }
        flow.onPacket(packet, out);
        return this;
    }

    /** Decodes one Ethernet frame with a frame decoder; returns whether the decoder took it. */
    public static boolean frame(FrameDecoder decoder, byte[] ethernetFrame, Observations out) {
        return decoder.decode(new PacketDecoder().decode(Packets.frame(ethernetFrame, LinkType.ETHERNET)), out);
    }
}
