package io.plantwatch.console.merge;

/** A sensor's alert: the console's sensor id and the sensor's UUID for it. */
public record AlertKey(long sensor, String uuid) implements Comparable<AlertKey> {
    @Override
    public int compareTo(AlertKey other) {
        int bySensor = Long.compare(sensor, other.sensor);
        return bySensor != 0 ? bySensor : uuid.compareTo(other.uuid);
    }
}
