package io.plantwatch.console.merge;

/** A sensor's device: the console's sensor id and the sensor's id for the device. */
public record SourceKey(long sensor, long id) implements Comparable<SourceKey> {
    @Override
    public int compareTo(SourceKey other) {
        int bySensor = Long.compare(sensor, other.sensor);
        return bySensor != 0 ? bySensor : Long.compare(id, other.id);
    }
}
