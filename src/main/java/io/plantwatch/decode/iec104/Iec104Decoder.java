package io.plantwatch.decode.iec104;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;
import io.plantwatch.decode.codes.CodeTable;
import io.plantwatch.decode.codes.PduFlowDecoder;

/**
 * IEC 60870-5-104 on TCP port 2404. Every flow on the port is taken, as Wireshark's dissector
 * takes the port without a check. Stateless and thread-safe.
 */
public final class Iec104Decoder implements ProtocolDecoder {
    public static final int PORT = 2404;

    private final CodeTable typeIds = CodeTable.load(AsduReader.ASDU,
            "/io/plantwatch/decode/iec104/type-ids.tsv", "Type %d");

    @Override
    public String name() {
        return ApciReader.IEC104;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (!packet.isTcp() || (packet.srcPort() != PORT && packet.dstPort() != PORT)) {
            return null;
        }
        return new PduFlowDecoder(ApciFramer.INSTANCE, new ApciReader(new AsduReader(typeIds)), packet);
    }
}
