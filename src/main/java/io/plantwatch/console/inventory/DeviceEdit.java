package io.plantwatch.console.inventory;

/**
 * What a user may change about a merged device (Defender's editable inventory fields). Null means
 * "not set by a user": the value the sensors report shows.
 */
public record DeviceEdit(String name, String type, Integer purdueLevel, Boolean authorized, String notes) {
    public static final DeviceEdit NONE = new DeviceEdit(null, null, null, null, null);
}
