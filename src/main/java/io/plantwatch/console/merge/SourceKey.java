package io.plantwatch.console.merge;

/**
 * A sensor's device: the console's sensor id and the sensor's id for the device. Equality and
 * hash are written out: this key is looked up millions of times per full sync, and a record's
 * generated ones go through a slower indirection.
 */
public record SourceKey(long sensor, long id) implements Comparable<SourceKey> {
    @Override
    public int compareTo(SourceKey other) {
        int bySensor = Long.compare(sensor, other.sensor);
        return bySensor != 0 ? bySensor : Long.compare(id, other.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceKey && ((SourceKey) other).sensor == sensor && ((SourceKey) other).id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id * 31 + sensor);
    }
}
