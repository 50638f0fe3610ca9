package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.ActivityCache;
import io.plantwatch.decode.codes.CodeTable;
import io.plantwatch.decode.codes.Engineering;
import io.plantwatch.decode.codes.FlowMemo;

import java.nio.ByteBuffer;

/**
 * Reads one DNP3 application fragment: control, function code (counted as {@code dnp3.al.func}),
 * and for responses the internal indications and device attributes (group 0). Requests come from
 * the master, responses (129, 130 unsolicited, 131) from the outstation, which decides the roles.
 * Not thread-safe (one per flow: it caches the last activity it made).
 */
final class Dnp3ApplicationReader {
    static final int RESPONSE = 129;
    private static final int FIRST_RESPONSE_CODE = 129;
    private static final int MASTER_ROLES = 1;
    private static final int OUTSTATION_ROLES = 2;
    private static final int ENGINEERING_ROLE = 4;

    private final CodeTable functions;
    private final ActivityCache activities = new ActivityCache("outstation");

    Dnp3ApplicationReader(CodeTable functions) {
        this.functions = functions;
    }

    /**
     * @param destination the link frame's destination address (the outstation, for a request)
     * @param memo what this direction already reported
     */
    void read(ByteBuffer b, int at, int length, int destination, FlowMemo memo, Observations out) {
        if (length < 2) {
            out.malformed(Dnp3LinkReader.DNP3, "application header truncated");
            return;
        }
        int function = b.get(at + 1) & 0xFF;
        out.function(Dnp3LinkReader.DNP3, function);
        String command = functions.name(function);
        if (memo.newCommand(command)) {
            out.command(Dnp3LinkReader.DNP3, command);
        }
        if (function < FIRST_RESPONSE_CODE) {
            if (memo.firstTime(MASTER_ROLES)) {
                out.role(Side.SOURCE, Dnp3LinkReader.DNP3, Role.CLIENT);
                out.role(Side.DESTINATION, Dnp3LinkReader.DNP3, Role.SERVER);
            }
            Activity event = functions.event(function);
            if (event != null) {
                out.activity(activities.addressed(event, destination));
                if (Engineering.marksEngineering(event.type()) && memo.firstTime(ENGINEERING_ROLE)) {
                    out.role(Side.SOURCE, Dnp3LinkReader.DNP3, Role.ENGINEERING);
                }
            }
            return;
        }
        if (memo.firstTime(OUTSTATION_ROLES)) {
            out.role(Side.SOURCE, Dnp3LinkReader.DNP3, Role.SERVER);
            out.role(Side.DESTINATION, Dnp3LinkReader.DNP3, Role.CLIENT);
        }
        if (length < 4) {
            out.malformed(Dnp3LinkReader.DNP3, "internal indications missing");
            return;
        }
        if (function == RESPONSE) {
            DeviceAttributes.read(b, at + 4, length - 4, out);
        }
    }
}
