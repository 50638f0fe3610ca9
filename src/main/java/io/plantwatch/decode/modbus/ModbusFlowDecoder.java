package io.plantwatch.decode.modbus;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;
import io.plantwatch.decode.codes.Directions;

import java.nio.ByteBuffer;

/**
 * One Modbus/TCP connection: a PDU assembler per direction feeding the ADU reader. Not
 * thread-safe; bounded by the assemblers.
 */
final class ModbusFlowDecoder implements FlowDecoder, PduHandler {
    private final ModbusPduReader reader;
    private final Directions<TcpPduAssembler> directions;
    private Observations out = Observations.NONE;

    ModbusFlowDecoder(ModbusPduReader reader, Packet first) {
        this.reader = reader;
        this.directions = new Directions<>(first, new TcpPduAssembler(MbapFramer.INSTANCE, this),
                new TcpPduAssembler(MbapFramer.INSTANCE, this));
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        this.out = out;
        directions.of(packet).onSegment(packet);
    }

    @Override
    public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
        reader.read(buffer, offset, length, packet, out);
    }
}
