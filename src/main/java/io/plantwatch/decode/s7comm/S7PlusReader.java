package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.FlowMemo;

import java.nio.ByteBuffer;

/**
 * Recognises S7comm-plus (COTP user data starting 0x72, used by S7-1200/1500): its protocol
 * version, opcode and function become commands and roles under the name {@code s7comm-plus}.
 * The protocol name is not reported as a frame protocol: tshark 4.0 has no S7comm-plus dissector
 * (its frames show as {@code data}), and our protocol statistics follow tshark's. Protocol
 * version 3 puts a 32-byte integrity digest before the opcode. Not thread-safe (one per flow).
 */
final class S7PlusReader {
    static final String S7COMM_PLUS = "s7comm-plus";
    private static final int PROTOCOL_ID = 0x72;
    private static final int DIGEST_LENGTH = 32;
    private static final int REQUEST = 0x31;
    private static final int RESPONSE = 0x32;
    private static final int NOTIFICATION = 0x33;
    private static final int RESPONSE2 = 0x02;

    private final S7Codes codes;
    private final FlowMemo memo = new FlowMemo();

    S7PlusReader(S7Codes codes) {
        this.codes = codes;
    }

    void read(ByteBuffer b, int at, int length, Packet packet, Observations out) {
        if (length < 5 || (b.get(at) & 0xFF) != PROTOCOL_ID) {
            return;
        }
        int version = b.get(at + 1) & 0xFF;
        int opcodeAt = 4;
        if (version == 3 && (b.get(at + 4) & 0xFF) == DIGEST_LENGTH) {
            opcodeAt += 1 + DIGEST_LENGTH;
        }
        if (opcodeAt >= length) {
            out.malformed(S7COMM_PLUS, "opcode missing");
            return;
        }
        boolean toPlc = packet.dstPort() == S7Decoder.PORT && packet.srcPort() != S7Decoder.PORT;
        boolean fromPlc = packet.srcPort() == S7Decoder.PORT && packet.dstPort() != S7Decoder.PORT;
        if ((toPlc || fromPlc) && memo.firstTime(toPlc ? 1 : 2)) {
            out.role(Side.SOURCE, S7COMM_PLUS, toPlc ? Role.CLIENT : Role.SERVER);
            out.role(Side.DESTINATION, S7COMM_PLUS, toPlc ? Role.SERVER : Role.CLIENT);
        }
        int opcode = b.get(at + opcodeAt) & 0xFF;
        if (opcode == NOTIFICATION) {
            command("S7comm-plus Notification", out);
            return;
        }
        if (opcode != REQUEST && opcode != RESPONSE && opcode != RESPONSE2) {
            return;
        }
        if (opcodeAt + 5 > length) {
            out.malformed(S7COMM_PLUS, "function missing");
            return;
        }
        int function = b.getShort(at + opcodeAt + 3) & 0xFFFF;
        command(codes.plusFunctions().name(function), out);
        if (opcode == REQUEST && toPlc) {
            Activity event = codes.plusFunctions().event(function);
            if (event != null) {
                out.activity(event);
            }
        }
    }

    private void command(String command, Observations out) {
        if (memo.newCommand(command)) {
            out.command(S7COMM_PLUS, command);
        }
    }
}
