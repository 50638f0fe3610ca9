package io.plantwatch.decode.modbus;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.ProtocolDecoder;

/**
 * Modbus/TCP on TCP port 502, as Wireshark's {@code mbtcp} and {@code modbus} dissectors see it.
 * A flow is claimed on its first payload that looks like Modbus/TCP (the check tshark makes), so
 * other traffic on port 502 stays free for other decoders. Stateless and thread-safe.
 */
public final class ModbusDecoder implements ProtocolDecoder {
    public static final int PORT = 502;

    private final ModbusCodes codes = ModbusCodes.load();

    @Override
    public String name() {
        return ModbusFlowDecoder.MODBUS;
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        if (!packet.isTcp() || (packet.srcPort() != PORT && packet.dstPort() != PORT)) {
            return null;
        }
        if (!MbapFramer.INSTANCE.accepts(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength())) {
            return null;
        }
        return new ModbusFlowDecoder(codes, packet);
    }
}
