package io.plantwatch.decode.iec104;

import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.FlowMemo;
import io.plantwatch.decode.codes.PduFlowDecoder;

import java.nio.ByteBuffer;

/**
 * Reads one APDU as Wireshark 4.0 does: find the start byte, check the APDU length (at least 4),
 * tell the frame format by the first control octet (I: bit 0 clear; S: 01; U: 11) and hand an
 * I-format's ASDU on. The controlled station (RTU) listens on TCP port 2404, which decides the
 * roles. Not thread-safe (one per flow, through its ASDU reader).
 */
final class ApciReader implements PduFlowDecoder.Reader {
    static final String IEC104 = "iec60870_104";
    private static final int MIN_APDU_LENGTH = 4;

    private final AsduReader asdu;
    private final FlowMemo memo = new FlowMemo();

    ApciReader(AsduReader asdu) {
        this.asdu = asdu;
    }

    @Override
    public void read(ByteBuffer b, int at, int length, Packet packet, Observations out) {
        out.protocol(IEC104);
        boolean toStation = packet.dstPort() == Iec104Decoder.PORT && packet.srcPort() != Iec104Decoder.PORT;
        boolean fromStation = packet.srcPort() == Iec104Decoder.PORT && packet.dstPort() != Iec104Decoder.PORT;
        for (int start = 0; start <= length - 2; start++) {
            if ((b.get(at + start) & 0xFF) != ApciFramer.START) {
                continue;
            }
            if (start > 0) {
                out.malformed(IEC104, "bytes before the APCI start");
            }
            int apduLength = b.get(at + start + 1) & 0xFF;
            if (apduLength < MIN_APDU_LENGTH) {
                out.malformed(IEC104, "APDU shorter than 4 bytes");
                return;
            }
            if ((toStation || fromStation) && memo.firstTime(toStation ? 1 : 2)) {
                out.role(Side.SOURCE, IEC104, toStation ? Role.CLIENT : Role.SERVER);
                out.role(Side.DESTINATION, IEC104, toStation ? Role.SERVER : Role.CLIENT);
            }
            int control = b.get(at + start + 2) & 0xFF;
            if ((control & 0x01) == 0) {
                int asduAt = start + ApciFramer.APCI;
                asdu.read(b, at + asduAt, Math.max(0, Math.min(apduLength - 4, length - asduAt)),
                        apduLength - 4, toStation, out);
            } else if ((control & 0x03) == 0x03) {
                String function = uFunction(control);
                if (function != null && memo.newCommand(function)) {
                    out.command(IEC104, function);
                }
            }
            return;
        }
        out.malformed(IEC104, "no APCI start byte");
    }

    /** The framer found no length to cut by: tshark shows the protocol and reports an error. */
    @Override
    public void unframed(ByteBuffer b, int at, int length, Packet packet, Observations out) {
        out.protocol(IEC104);
        out.malformed(IEC104, "no APDU length to cut by");
    }

    private static String uFunction(int control) {
        return switch (control & 0xFC) {
            case 0x04 -> "STARTDT act";
            case 0x08 -> "STARTDT con";
            case 0x10 -> "STOPDT act";
            case 0x20 -> "STOPDT con";
            case 0x40 -> "TESTFR act";
            case 0x80 -> "TESTFR con";
            default -> null;
        };
    }
}
