package io.plantwatch.decode.modbus;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.ActivityCache;
import io.plantwatch.decode.codes.Engineering;
import io.plantwatch.decode.codes.FlowMemo;
import io.plantwatch.decode.codes.PduFlowDecoder;

import java.nio.ByteBuffer;

/**
 * Reads one Modbus/TCP ADU (MBAP header and PDU) and reports it. The function code is counted as
 * tshark counts {@code modbus.func_code}: masked with 0x7F, once per ADU that gets as far as the
 * Modbus PDU (tshark reads the exception code, the MEI type of FC 43 and the sub-function of FC 8
 * first, and gives up on an ADU too short for them). Requests come from the client (to port 502),
 * responses from the server; an ADU between two 502 ports cannot be classified, as in tshark.
 * One per flow: the flow's decoder and its own PDU reader, with the reassembly state of both
 * directions, in one object (see {@link PduFlowDecoder}). Not thread-safe (it caches the last
 * activity it made).
 */
final class ModbusFlowDecoder extends PduFlowDecoder implements PduFlowDecoder.Reader {
    static final String MODBUS = "modbus";
    static final String MBTCP = "mbtcp";
    private static final int UNIT = 6;
    private static final int FUNCTION = 7;
    private static final int DIAGNOSTICS = 8;
    private static final int REPORT_SERVER_ID = 17;
    private static final int ENCAPSULATED = 43;
    private static final int UMAS = 90;
    private static final int READ_DEVICE_ID = 14;

    private final ModbusCodes codes;
    private static final int CLIENT_ROLES = 1;
    private static final int SERVER_ROLES = 2;
    private static final int ENGINEERING_ROLE = 4;

    /** Made with the first activity: reads, most of the traffic, are none. */
    private ActivityCache activities;
    private final FlowMemo memo = new FlowMemo();

    ModbusFlowDecoder(ModbusCodes codes, Packet first) {
        super(MbapFramer.INSTANCE, first);
        this.codes = codes;
    }

    @Override
    public void read(ByteBuffer b, int at, int length, Packet packet, Observations out) {
        out.protocol(MBTCP);
        if (length < 8) {
            out.malformed(MBTCP, "ADU shorter than unit id and function code");
            return;
        }
        int functionByte = b.get(at + FUNCTION) & 0xFF;
        int function = functionByte & 0x7F;
        int exceptionCode = 0;
        if ((functionByte & 0x80) != 0) {
            if (length < 9) {
                out.malformed(MBTCP, "exception response without exception code");
                return;
            }
            exceptionCode = b.get(at + 8) & 0xFF;
        }
        int subcode = -1;
        if (exceptionCode == 0 && (function == ENCAPSULATED || function == DIAGNOSTICS)) {
            int needed = function == DIAGNOSTICS ? 10 : 9;
            if (length < needed) {
                out.malformed(MBTCP, function == DIAGNOSTICS ? "Diagnostics without sub-function" : "FC 43 without MEI type");
                return;
            }
            subcode = function == DIAGNOSTICS ? b.getShort(at + 8) & 0xFFFF : b.get(at + 8) & 0xFF;
        }
        out.protocol(MODBUS);
        out.function(MODBUS, function);

        boolean toServer = packet.dstPort() == ModbusDecoder.PORT && packet.srcPort() != ModbusDecoder.PORT;
        boolean fromServer = packet.srcPort() == ModbusDecoder.PORT && packet.dstPort() != ModbusDecoder.PORT;
        int umasFunction = function == UMAS && exceptionCode == 0 && length >= 10 ? b.get(at + 9) & 0xFF : -1;
        String command = commandName(function, subcode, umasFunction);
        if (memo.newCommand(command)) {
            out.command(MODBUS, command);
        }
        if (toServer) {
            if (memo.firstTime(CLIENT_ROLES)) {
                out.role(Side.SOURCE, MODBUS, Role.CLIENT);
                out.role(Side.DESTINATION, MODBUS, Role.SERVER);
            }
            request(b.get(at + UNIT) & 0xFF, function, subcode, umasFunction, out);
        } else if (fromServer) {
            if (memo.firstTime(SERVER_ROLES)) {
                out.role(Side.SOURCE, MODBUS, Role.SERVER);
                out.role(Side.DESTINATION, MODBUS, Role.CLIENT);
            }
            if (exceptionCode == 0 && (functionByte & 0x80) == 0) {
                response(b, at, length, function, subcode, out);
            }
        }
    }

    private String commandName(int function, int subcode, int umasFunction) {
        if (function == ENCAPSULATED && subcode >= 0 && codes.meiTypes().known(subcode)) {
            return codes.meiTypes().name(subcode);
        }
        if (function == DIAGNOSTICS && subcode >= 0) {
            return codes.diagnostics().name(subcode);
        }
        if (umasFunction >= 0) {
            return codes.umas().name(umasFunction);
        }
        return codes.functions().name(function);
    }

    private void request(int unit, int function, int subcode, int umasFunction, Observations out) {
        Activity base;
        if (function == DIAGNOSTICS && subcode >= 0) {
            base = codes.diagnostics().event(subcode);
        } else if (function == ENCAPSULATED && subcode >= 0) {
            base = codes.meiTypes().event(subcode);
        } else if (umasFunction >= 0) {
            base = codes.umas().event(umasFunction);
        } else {
            base = codes.functions().event(function);
        }
        if (base == null) {
            return;
        }
        if (activities == null) {
            activities = new ActivityCache("unit");
        }
        out.activity(activities.addressed(base, unit));
        if (Engineering.marksEngineering(base.type()) && memo.firstTime(ENGINEERING_ROLE)) {
            out.role(Side.SOURCE, MODBUS, Role.ENGINEERING);
        }
    }

    private static void response(ByteBuffer b, int at, int length, int function, int subcode, Observations out) {
        if (function == ENCAPSULATED && subcode == READ_DEVICE_ID) {
            DeviceIdentification.read(b, at + 9, length - 9, out);
        } else if (function == REPORT_SERVER_ID) {
            ServerId.read(b, at + 8, length - 8, out);
        }
    }
}
