package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.Bacnet;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * A building management server on a BACnet controller: reads the Device object's vendor-name,
 * model-name, firmware-revision and object-name once, then present-value of analog inputs.
 * Not thread-safe.
 */
public final class BacnetPolling implements Dialogue {
    private static final int[] DEVICE_PROPERTIES = {Bacnet.PROP_VENDOR_NAME, Bacnet.PROP_MODEL_NAME,
        Bacnet.PROP_FIRMWARE_REVISION, Bacnet.PROP_OBJECT_NAME};

    private final int instance;
    private final String[] values;
    private int invokeId;

    public BacnetPolling(int instance, String vendorName, String modelName, String firmware, String objectName,
                         int seed) {
        this.instance = instance;
        this.values = new String[] {vendorName, modelName, firmware, objectName};
        this.invokeId = seed & 0xFF;
    }

    @Override
    public int openingLength() {
        return DEVICE_PROPERTIES.length * 2;
    }

    @Override
    public boolean openingFromClient(int message) {
        return message % 2 == 0;
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        int property = DEVICE_PROPERTIES[message / 2];
        if (message % 2 == 0) {
            invokeId = (invokeId + 1) & 0xFF;
            Bacnet.readPropertyRequest(fb, invokeId, Bacnet.OBJECT_DEVICE, instance, property);
        } else {
            Bacnet.readPropertyString(fb, invokeId, Bacnet.OBJECT_DEVICE, instance, property, values[message / 2]);
        }
    }

    @Override
    public int cycleLength() {
        return 2;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        int object = 1 + (int) (cycle % 6);
        if (message == 0) {
            invokeId = (invokeId + 1) & 0xFF;
            Bacnet.readPropertyRequest(fb, invokeId, Bacnet.OBJECT_ANALOG_INPUT, object, Bacnet.PROP_PRESENT_VALUE);
        } else {
            Bacnet.readPropertyReal(fb, invokeId, Bacnet.OBJECT_ANALOG_INPUT, object, Bacnet.PROP_PRESENT_VALUE,
                    18.5f + (cycle % 40) / 10f);
        }
    }
}
