package io.plantwatch.decode.enip;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;

/**
 * EtherNet/IP and CIP: encapsulation on TCP and UDP 44818, CIP I/O on UDP 2222, as Wireshark
 * assigns those ports. Stateless and thread-safe; the tables are loaded once per instance.
 */
public final class EnipDecoder implements ProtocolDecoder {
    static final int ENCAPSULATION_PORT = 44818;
    static final int IO_PORT = 2222;

    private final EnipTables tables;

    public EnipDecoder() {
        this.tables = EnipTables.load();
    }

    @Override
    public String name() {
        return EncapsulationReader.PROTOCOL;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (!packet.isTcp() && !packet.isUdp()) {
            return null;
        }
        if (packet.srcPort() == ENCAPSULATION_PORT || packet.dstPort() == ENCAPSULATION_PORT) {
            return new EnipFlowDecoder(tables, packet);
        }
        if (packet.isUdp() && (packet.srcPort() == IO_PORT || packet.dstPort() == IO_PORT)) {
            return new CipIoFlowDecoder();
        }
        return null;
    }
}
