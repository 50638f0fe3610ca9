package io.plantwatch.console.merge;

import java.util.List;

/**
 * What one sync brought from one sensor, in the console's terms.
 *
 * @param complete true when the lists are everything the sensor has (a full pull, or a first
 *     incremental sync): the sensor's devices and connections missing from them are removed
 * @param removedDevices sensor ids of devices the sensor deleted (incremental sync)
 * @param alerts alerts whose addresses are still to be resolved against the zone's devices
 */
public record SensorBatch(long sensor, boolean complete, List<DeviceSource> devices, List<Long> removedDevices,
                          List<ConnectionSource> connections, List<IncomingAlert> alerts) {
    /** Everything a removed sensor contributed, to be taken out of the zone. */
    public static SensorBatch removal(long sensor) {
        return new SensorBatch(sensor, true, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * An alert as the sensor sent it; its device ids resolve to addresses when the sensor sent none.
     *
     * @param sourceDevice the sensor's device id of the source, or null
     */
    public record IncomingAlert(AlertSource alert, Long sourceDevice, Long destinationDevice) {
    }

    public int items() {
        return devices.size() + removedDevices.size() + connections.size() + alerts.size();
    }
}
