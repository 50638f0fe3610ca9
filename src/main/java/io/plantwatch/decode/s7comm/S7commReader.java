package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.Engineering;
import io.plantwatch.decode.codes.FlowMemo;
import io.plantwatch.decode.codes.WireText;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * Reads one S7comm PDU (COTP user data starting 0x32), with tshark's heuristic: at least 10
 * bytes, protocol id 0x32, ROSCTR 1..7. Job and Ack_Data PDUs with a parameter part count their
 * function as {@code s7comm.param.func}; userdata PDUs are named by function group and
 * subfunction (tshark 4.0 counts no function for them), SZL responses give the PLC's identity.
 * The PLC is the end on TCP port 102; what the other end sends it decides activities and roles.
 * Keeps no state of its own: what a flow already reported is in the flow's {@link FlowMemo},
 * handed in with each PDU, so one reader serves every flow. Immutable and thread-safe.
 */
final class S7commReader {
    static final String S7COMM = "s7comm";
    private static final int PROTOCOL_ID = 0x32;
    private static final int JOB = 1;
    private static final int ACK_DATA = 3;
    private static final int USERDATA = 7;
    private static final int PI_SERVICE = 0x28;
    private static final int SYNTAX_EXTENDED = 0x12;
    private static final int TYPE_REQUEST = 0x4;
    private static final int TYPE_RESPONSE = 0x8;
    private static final int READ_SZL = 0x0401;

    private static final int CLIENT_ROLES = 1;
    private static final int SERVER_ROLES = 2;
    private static final int ENGINEERING_ROLE = 4;

    private final S7Codes codes;

    S7commReader(S7Codes codes) {
        this.codes = codes;
    }

    /** Reads the PDU if it is S7comm; false when tshark's heuristic would not take it. */
    boolean read(ByteBuffer b, int at, int length, Packet packet, Observations out,
                 Supplier<UserdataFragments> fragments, FlowMemo memo) {
        if (length < 10 || (b.get(at) & 0xFF) != PROTOCOL_ID) {
            return false;
        }
        int rosctr = b.get(at + 1) & 0xFF;
        if (rosctr < 1 || rosctr > 7) {
            return false;
        }
        out.protocol(S7COMM);
        boolean toPlc = packet.dstPort() == S7Decoder.PORT && packet.srcPort() != S7Decoder.PORT;
        boolean fromPlc = packet.srcPort() == S7Decoder.PORT && packet.dstPort() != S7Decoder.PORT;
        if (toPlc && memo.firstTime(CLIENT_ROLES)) {
            out.role(Side.SOURCE, S7COMM, Role.CLIENT);
            out.role(Side.DESTINATION, S7COMM, Role.SERVER);
        } else if (fromPlc && memo.firstTime(SERVER_ROLES)) {
            out.role(Side.SOURCE, S7COMM, Role.SERVER);
            out.role(Side.DESTINATION, S7COMM, Role.CLIENT);
        }
        int header = rosctr == 2 || rosctr == ACK_DATA ? 12 : 10;
        if (length < header) {
            out.malformed(S7COMM, "header truncated");
            return true;
        }
        int parameters = b.getShort(at + 6) & 0xFFFF;
        int data = b.getShort(at + 8) & 0xFFFF;
        if (rosctr == JOB || rosctr == ACK_DATA) {
            if (parameters > 0 && length == header) {
                out.malformed(S7COMM, "parameter part missing");
            } else {
                jobOrAck(b, at + header, Math.min(parameters, length - header), rosctr == JOB, toPlc, out, memo);
            }
        } else if (rosctr == USERDATA) {
            int dataStart = header + parameters;
            userdata(b, at, header, parameters, dataStart <= length ? Math.min(data, length - dataStart) : -1,
                    length, toPlc, fromPlc, out, fragments, memo);
        }
        return true;
    }

    private void jobOrAck(ByteBuffer b, int at, int parameters, boolean job, boolean toPlc, Observations out,
                          FlowMemo memo) {
        if (parameters <= 0) {
            return;
        }
        int function = b.get(at) & 0xFF;
        out.function(S7COMM, function);
        Activity event = codes.functions().event(function);
        String command = codes.functions().name(function);
        if (function == PI_SERVICE && job) {
            String service = piServiceName(b, at, parameters);
            if (service == null) {
                out.malformed(S7COMM, "PI-Service parameters truncated");
            } else {
                String known = codes.piServices().name(service);
                command = known != null ? known : "PI-Service " + service;
                event = codes.piServices().event(service);
            }
        }
        command(command, out, memo);
        if (toPlc && event != null) {
            activity(event, out, memo);
        }
    }

    private static void command(String command, Observations out, FlowMemo memo) {
        if (memo.newCommand(command)) {
            out.command(S7COMM, command);
        }
    }

    private static void activity(Activity event, Observations out, FlowMemo memo) {
        out.activity(event);
        if (Engineering.marksEngineering(event.type()) && memo.firstTime(ENGINEERING_ROLE)) {
            out.role(Side.SOURCE, S7COMM, Role.ENGINEERING);
        }
    }

    /** The service name of a PI-Service job: 7 unknown bytes, parameter block, length-prefixed name. */
    private static String piServiceName(ByteBuffer b, int at, int parameters) {
        if (parameters < 10) {
            return null;
        }
        int block = b.getShort(at + 8) & 0xFFFF;
        int nameAt = 10 + block;
        if (nameAt >= parameters) {
            return null;
        }
        int nameLength = b.get(at + nameAt) & 0xFF;
        if (nameAt + 1 + nameLength > parameters) {
            return null;
        }
        return WireText.ascii(b, at + nameAt + 1, nameLength);
    }

    private void userdata(ByteBuffer b, int at, int header, int parameters, int data, int length,
                          boolean toPlc, boolean fromPlc, Observations out, Supplier<UserdataFragments> fragments,
                          FlowMemo memo) {
        int p = at + header;
        if (parameters < 8 || header + 8 > length) {
            out.malformed(S7COMM, "userdata parameters truncated");
            return;
        }
        int syntax = b.get(p + 4) & 0xFF;
        int type = (b.get(p + 5) & 0xF0) >> 4;
        int group = b.get(p + 5) & 0x0F;
        int subfunction = b.get(p + 6) & 0xFF;
        int function = group << 8 | subfunction;
        command(codes.userdata().name(function), out, memo);
        if (type == TYPE_REQUEST && toPlc) {
            Activity event = codes.userdata().event(function);
            if (event != null) {
                activity(event, out, memo);
            }
            return;
        }
        if (type != TYPE_RESPONSE || function != READ_SZL || !fromPlc) {
            return;
        }
        if (data < 4) {
            out.malformed(S7COMM, "userdata data part truncated");
            return;
        }
        int d = p + parameters;
        int size = Math.min(b.getShort(d + 2) & 0xFFFF, data - 4);
        boolean extended = syntax == SYNTAX_EXTENDED && parameters >= 12;
        int unitReference = extended ? b.get(p + 8) & 0xFF : 0;
        boolean last = !extended || (b.get(p + 9) & 0xFF) == 0;
        if (unitReference == 0 && last) {
            SzlReader.read(b, d + 4, size, out);
            return;
        }
        UserdataFragments collected = fragments.get();
        int whole = collected.add(unitReference, b, d + 4, size, last);
        if (whole >= 0) {
            SzlReader.read(collected.buffer(), 0, whole, out);
        }
    }
}
