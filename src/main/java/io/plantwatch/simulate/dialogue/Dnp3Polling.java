package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.Dnp3;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * A DNP3 master on an outstation: optionally a device-attribute read, an integrity poll, then class
 * 1-3 event polls (most answered empty); or, as an attack, a single cold restart. Not thread-safe.
 */
public final class Dnp3Polling implements Dialogue {
    private static final int MASTER = 1;

    private final int outstation;
    private final Dnp3.DeviceAttributes attributes;
    private final boolean coldRestart;
    private final Dnp3.Fragment fragment = new Dnp3.Fragment();
    private int masterSequence;
    private int masterTransport;
    private int outstationTransport;

    private Dnp3Polling(int outstation, Dnp3.DeviceAttributes attributes, boolean coldRestart, int seed) {
        this.outstation = outstation;
        this.attributes = attributes;
        this.coldRestart = coldRestart;
        this.masterTransport = seed & 0x3F;
        this.outstationTransport = (seed >>> 6) & 0x3F;
    }

    /** {@code attributes} null: no attribute read. */
    public static Dnp3Polling polling(int outstation, Dnp3.DeviceAttributes attributes, int seed) {
        return new Dnp3Polling(outstation, attributes, false, seed);
    }

    public static Dnp3Polling coldRestart(int outstation, int seed) {
        return new Dnp3Polling(outstation, null, true, seed);
    }

    @Override
    public int openingLength() {
        return coldRestart ? 2 : attributes == null ? 2 : 4;
    }

    @Override
    public boolean openingFromClient(int message) {
        return message % 2 == 0;
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        int step = coldRestart ? 10 + message : attributes == null ? message + 2 : message;
        switch (step) {
            case 0 -> master(fb, Dnp3.attributesRead(fragment, masterSequence));
            case 1 -> outstation(fb, Dnp3.attributesResponse(fragment, masterSequence++, attributes));
            case 2 -> master(fb, Dnp3.classRead(fragment, masterSequence, true));
            case 3 -> outstation(fb, Dnp3.classResponse(fragment, masterSequence++, false, outstation * 131));
            case 10 -> master(fb, Dnp3.coldRestart(fragment, masterSequence));
            default -> outstation(fb, Dnp3.restartResponse(fragment, masterSequence++, 5000));
        }
    }

    @Override
    public int cycleLength() {
        return coldRestart ? 0 : 2;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        if (message == 0) {
            master(fb, Dnp3.classRead(fragment, masterSequence, false));
        } else {
            outstation(fb, Dnp3.classResponse(fragment, masterSequence++, cycle % 5 != 4, (int) cycle + outstation));
        }
    }

    private void master(FrameBuffer fb, Dnp3.Fragment f) {
        Dnp3.frame(fb, true, outstation, MASTER, masterTransport++, f);
    }

    private void outstation(FrameBuffer fb, Dnp3.Fragment f) {
        Dnp3.frame(fb, false, MASTER, outstation, outstationTransport++, f);
    }
}
