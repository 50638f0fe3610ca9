package io.plantwatch.decode.iec104;

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
 * Reads the data unit identifier of an ASDU as IEC 60870-5-104 lays it out: type identification
 * (counted as {@code iec60870_asdu.typeid} as soon as present, as tshark does), variable structure
 * qualifier, cause of transmission with the negative and test bits and the originator address,
 * and the 2-byte common address. A command, parameter or reset sent to the station with cause
 * activation or deactivation is an activity. Not thread-safe (one per flow).
 */
final class AsduReader {
    static final String ASDU = "iec60870_asdu";
    private static final int HEADER = 6;
    private static final int ACTIVATION = 6;
    private static final int DEACTIVATION = 8;

    private final CodeTable typeIds;
    /** Made with the first activity: monitoring traffic, most of it, is none. */
    private ActivityCache activities;
    private final FlowMemo memo = new FlowMemo();

    AsduReader(CodeTable typeIds) {
        this.typeIds = typeIds;
    }

    /**
     * @param length bytes present; @param announced the length the APCI gives the ASDU
     * @param toStation sent to the controlled station (port 2404)
     */
    void read(ByteBuffer b, int at, int length, int announced, boolean toStation, Observations out) {
        out.protocol(ASDU);
        if (length < 1) {
            out.malformed(ASDU, "ASDU missing");
            return;
        }
        int typeId = b.get(at) & 0xFF;
        out.function(ASDU, typeId);
        String command = typeIds.name(typeId);
        if (memo.newCommand(command)) {
            out.command(ASDU, command);
        }
        if (length < HEADER || announced < HEADER) {
            out.malformed(ASDU, "data unit identifier truncated");
            return;
        }
        int cause = b.get(at + 2) & 0x3F;
        int commonAddress = (b.get(at + 4) & 0xFF) | (b.get(at + 5) & 0xFF) << 8;
        if (!toStation || (cause != ACTIVATION && cause != DEACTIVATION)) {
            return;
        }
        Activity event = typeIds.event(typeId);
        if (event != null) {
            if (activities == null) {
                activities = new ActivityCache("common address");
            }
            out.activity(activities.addressed(event, commonAddress));
            if (Engineering.marksEngineering(event.type()) && memo.firstTime(1)) {
                out.role(Side.SOURCE, ApciReader.IEC104, Role.ENGINEERING);
            }
        }
    }
}
