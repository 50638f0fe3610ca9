package io.plantwatch.decode.enip;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.TcpPduAssembler;
import io.plantwatch.decode.internal.Wire;

/**
 * EtherNet/IP on one TCP connection (PDUs cut per direction, as Wireshark desegments them) or one
 * UDP flow (one PDU per datagram). Not thread-safe.
 */
final class EnipFlowDecoder implements FlowDecoder {
    private final EnipTables tables;
    private final EncapsulationReader reader;
    private final boolean tcp;
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private TcpPduAssembler fromFirst;
    private TcpPduAssembler fromSecond;
    /** Where the PDUs being cut go: set for the duration of one packet. */
    private Observations out;

    EnipFlowDecoder(EnipTables tables, Packet first) {
        this.tables = tables;
        this.reader = new EncapsulationReader(tables);
        this.tcp = first.isTcp();
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        int length = packet.payloadLength();
        if (length == 0) {
            return;
        }
        if (!tcp) {
            if (length >= 4 && tables.knownCommand(Wire.u16le(packet.payloadBuffer(), packet.payloadOffset()))) {
                reader.pdu(packet.payloadBuffer(), packet.payloadOffset(), length, out);
            }
            return;
        }
        if (this.out != out) { // once: a store per packet into this old object dirties a GC card
            this.out = out;
        }
        assembler(packet).onSegment(packet);
    }

    private TcpPduAssembler assembler(Packet p) {
        boolean first = p.srcPort() == firstSourcePort && p.srcIpLo() == firstSourceLo && p.srcIpHi() == firstSourceHi;
        if (first) {
            if (fromFirst == null) {
                fromFirst = newAssembler();
            }
            return fromFirst;
        }
        if (fromSecond == null) {
            fromSecond = newAssembler();
        }
        return fromSecond;
    }

    private TcpPduAssembler newAssembler() {
        return new TcpPduAssembler(new EnipFramer(tables),
                (buffer, offset, length, packet) -> reader.pdu(buffer, offset, length, out));
    }
}
