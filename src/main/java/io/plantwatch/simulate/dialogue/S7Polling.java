package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.S7comm;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * An HMI or historian on an S7 PLC: COTP connect, setup communication, optionally the SZL 0x0011
 * and 0x001C identity reads (as WinCC and TIA Portal do when connecting), then cyclic Read Var.
 * Not thread-safe.
 */
public final class S7Polling implements Dialogue {
    private final S7comm.ModuleIdentity identity;
    private final boolean readIdentity;
    private final int slot;
    private final int db;
    private int pduRef;
    private int sequence;

    public S7Polling(S7comm.ModuleIdentity identity, boolean readIdentity, int slot, int seed) {
        this.identity = identity;
        this.readIdentity = readIdentity;
        this.slot = slot;
        this.db = 1 + (seed & 0x3F);
        this.pduRef = seed & 0x3FFF;
    }

    @Override
    public int openingLength() {
        return readIdentity ? 8 : 4;
    }

    @Override
    public boolean openingFromClient(int message) {
        return message % 2 == 0;
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        switch (message) {
            case 0 -> S7comm.connectRequest(fb, 0x000F, slot);
            case 1 -> S7comm.connectConfirm(fb, 0x000F, 0x0003, slot);
            case 2 -> S7comm.setupRequest(fb, ++pduRef);
            case 3 -> S7comm.setupResponse(fb, pduRef);
            case 4 -> S7comm.szlRequest(fb, ++pduRef, ++sequence, 0x0011);
            case 5 -> S7comm.moduleIdResponse(fb, pduRef, sequence, identity);
            case 6 -> S7comm.szlRequest(fb, ++pduRef, ++sequence, 0x001C);
            default -> S7comm.componentIdResponse(fb, pduRef, sequence, identity);
        }
    }

    @Override
    public int cycleLength() {
        return 2;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        if (message == 0) {
            pduRef = (pduRef + 1) & 0xFFFF;
            S7comm.readVarRequest(fb, pduRef, db, (int) (cycle % 4) * 16, 16);
        } else {
            S7comm.readVarResponse(fb, pduRef, 16, (int) cycle * 7919 + db);
        }
    }
}
