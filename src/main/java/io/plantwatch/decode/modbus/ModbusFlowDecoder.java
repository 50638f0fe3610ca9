package io.plantwatch.decode.modbus;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;

import java.nio.ByteBuffer;

/**
 * One Modbus/TCP connection: a PDU assembler per direction feeding the ADU reader. Not
 * thread-safe; bounded by the assemblers.
 */
final class ModbusFlowDecoder implements FlowDecoder, PduHandler {
    private final ModbusPduReader reader;
    private final long firstSourceHi;
    private final long firstSourceLo;
    private final int firstSourcePort;
    private final TcpPduAssembler fromFirstSource = new TcpPduAssembler(MbapFramer.INSTANCE, this);
    private final TcpPduAssembler toFirstSource = new TcpPduAssembler(MbapFramer.INSTANCE, this);
    private Observations out = Observations.NONE;

    ModbusFlowDecoder(ModbusPduReader reader, Packet first) {
        this.reader = reader;
        this.firstSourceHi = first.srcIpHi();
        this.firstSourceLo = first.srcIpLo();
        this.firstSourcePort = first.srcPort();
    }

    @Override
    public void onPacket(Packet packet, Observations out) {
        this.out = out;
        boolean fromFirst = packet.srcPort() == firstSourcePort && packet.srcIpLo() == firstSourceLo
                && packet.srcIpHi() == firstSourceHi;
        (fromFirst ? fromFirstSource : toFirstSource).onSegment(packet);
    }

    @Override
    public void onPdu(ByteBuffer buffer, int offset, int length, Packet packet) {
        reader.read(buffer, offset, length, packet, out);
    }
}
