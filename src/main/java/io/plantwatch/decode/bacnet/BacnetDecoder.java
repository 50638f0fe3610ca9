package io.plantwatch.decode.bacnet;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;

/** BACnet/IP on UDP 47808 (0xBAC0), Wireshark's port for it. Stateless and thread-safe. */
public final class BacnetDecoder implements ProtocolDecoder {
    static final int PORT = 47808;

    private final BacnetTables tables;

    public BacnetDecoder() {
        this.tables = BacnetTables.load();
    }

    @Override
    public String name() {
        return BacnetFlowDecoder.BVLC;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (packet.isUdp() && (packet.srcPort() == PORT || packet.dstPort() == PORT)) {
            return new BacnetFlowDecoder(tables);
        }
        return null;
    }
}
