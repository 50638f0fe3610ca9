package io.plantwatch.decode.opcua;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;
import io.plantwatch.decode.internal.NameTable;

/** OPC UA binary (opc.tcp) on TCP 4840, Wireshark's port for it. Stateless and thread-safe. */
public final class OpcUaDecoder implements ProtocolDecoder {
    static final int PORT = 4840;

    private final NameTable services = NameTable.load("/io/plantwatch/decode/opcua/services.tsv");

    @Override
    public String name() {
        return UaMessageReader.PROTOCOL;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (packet.isTcp() && (packet.srcPort() == PORT || packet.dstPort() == PORT)) {
            return new OpcUaFlowDecoder(services, packet);
        }
        return null;
    }
}
