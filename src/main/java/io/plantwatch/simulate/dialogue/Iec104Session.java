package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.Iec104;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * A SCADA master on an IEC 60870-5-104 outstation: STARTDT, a general interrogation answered with
 * measurements, then spontaneous measurements each acknowledged by an S-frame. Sequence numbers
 * count every I-frame in each direction. Not thread-safe.
 */
public final class Iec104Session implements Dialogue {
    private static final boolean[] OPENING_FROM_CLIENT = {true, false, true, false, false, false, true};

    private final int commonAddress;
    private int masterSent;
    private int outstationSent;

    public Iec104Session(int commonAddress) {
        this.commonAddress = commonAddress;
    }

    @Override
    public int openingLength() {
        return OPENING_FROM_CLIENT.length;
    }

    @Override
    public boolean openingFromClient(int message) {
        return OPENING_FROM_CLIENT[message];
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        switch (message) {
            case 0 -> Iec104.uFrame(fb, Iec104.STARTDT_ACT);
            case 1 -> Iec104.uFrame(fb, Iec104.STARTDT_CON);
            case 2 -> Iec104.interrogation(fb, masterSent++, outstationSent, commonAddress, Iec104.COT_ACTIVATION);
            case 3 -> Iec104.interrogation(fb, outstationSent++, masterSent, commonAddress, Iec104.COT_ACTIVATION_CON);
            case 4 -> Iec104.measurements(fb, outstationSent++, masterSent, commonAddress, Iec104.COT_INTERROGATED,
                    1001, 8, commonAddress);
            case 5 -> Iec104.interrogation(fb, outstationSent++, masterSent, commonAddress, Iec104.COT_ACTIVATION_TERM);
            default -> Iec104.sFrame(fb, outstationSent);
        }
    }

    @Override
    public int cycleLength() {
        return 2;
    }

    @Override
    public boolean cycleFromClient(int message) {
        return message == 1;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        if (message == 0) {
            Iec104.measurements(fb, outstationSent++ & 0x7FFF, masterSent, commonAddress, Iec104.COT_SPONTANEOUS,
                    1001 + (int) (cycle % 8), 1, (int) cycle);
            outstationSent &= 0x7FFF;
        } else {
            Iec104.sFrame(fb, outstationSent);
        }
    }
}
