package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.Modbus;
import io.plantwatch.simulate.traffic.Dialogue;

/** A client writing setpoints: FC 6 then FC 16 each cycle, each answered by the server. Not thread-safe. */
public final class ModbusWrites implements Dialogue {
    private final int unit;
    private int transaction = 1;

    public ModbusWrites(int unit) {
        this.unit = unit;
    }

    @Override
    public int cycleLength() {
        return 4;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        int value = 1000 + (int) cycle * 250;
        switch (message) {
            case 0 -> Modbus.writeSingleRegister(fb, ++transaction, unit, 40, value);
            case 1 -> Modbus.writeSingleRegister(fb, transaction, unit, 40, value);
            case 2 -> Modbus.writeMultipleRequest(fb, ++transaction, unit, 100, new int[] {value, value + 1, 0});
            default -> Modbus.writeMultipleResponse(fb, transaction, unit, 100, 3);
        }
    }
}
