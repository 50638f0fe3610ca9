package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.Modbus;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * An HMI or historian polling a Modbus server: optionally Read Device Identification first, then a
 * rotation of FC 3, FC 4 and FC 1 reads. Not thread-safe.
 */
public final class ModbusPolling implements Dialogue {
    private final int unit;
    private final Modbus.DeviceIdentification identity;
    private final int seed;
    private int transaction;

    /** {@code identity} null: no identification read. */
    public ModbusPolling(int unit, Modbus.DeviceIdentification identity, int seed) {
        this.unit = unit;
        this.identity = identity;
        this.seed = seed;
        this.transaction = seed & 0x7FFF;
    }

    @Override
    public int openingLength() {
        return identity == null ? 0 : 2;
    }

    @Override
    public boolean openingFromClient(int message) {
        return message == 0;
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        if (message == 0) {
            Modbus.readDeviceIdRequest(fb, ++transaction, unit);
        } else {
            Modbus.readDeviceIdResponse(fb, transaction, unit, identity);
        }
    }

    @Override
    public int cycleLength() {
        return 2;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        int kind = (int) (cycle % 3);
        int function = kind == 0 ? Modbus.READ_HOLDING_REGISTERS : kind == 1 ? Modbus.READ_INPUT_REGISTERS
                : Modbus.READ_COILS;
        int count = kind == 0 ? 10 : kind == 1 ? 4 : 16;
        if (message == 0) {
            Modbus.readRequest(fb, ++transaction, unit, function, kind * 100, count);
        } else if (function == Modbus.READ_COILS) {
            Modbus.bitsResponse(fb, transaction, unit, function, count, seed + (int) cycle);
        } else {
            Modbus.registersResponse(fb, transaction, unit, function, count, seed + (int) cycle * 31);
        }
    }
}
