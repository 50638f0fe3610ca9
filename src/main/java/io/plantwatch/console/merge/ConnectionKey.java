package io.plantwatch.console.merge;

/** A sensor's connection: the console's sensor id and the sensor's key for it. */
public record ConnectionKey(long sensor, String key) implements Comparable<ConnectionKey> {
    @Override
    public int compareTo(ConnectionKey other) {
        int bySensor = Long.compare(sensor, other.sensor);
        return bySensor != 0 ? bySensor : key.compareTo(other.key);
    }
}
