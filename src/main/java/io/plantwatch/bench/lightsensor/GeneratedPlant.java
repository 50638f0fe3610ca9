package io.plantwatch.bench.lightsensor;

import io.plantwatch.model.ApiDevice;

/**
 * Generated inventories for many sensors: sensors are grouped into zones, and neighbouring
 * sensors of a zone see overlapping slices of the zone's devices (as sensors on adjacent switch
 * ports do). Every zone reuses the same IP ranges with its own MACs, so only the per-zone merge
 * keeps them apart. One device in twenty is known by IP only (routed); one in fifty gets a
 * different firmware from each sensor (a conflict). Immutable.
 *
 * @param devicesPerSensor devices each sensor reports
 * @param sensorsPerZone sensors in each zone
 * @param overlapPercent share of a sensor's devices its zone neighbour also reports
 */
public record GeneratedPlant(int devicesPerSensor, int sensorsPerZone, int overlapPercent) {
    public static final long BASE_TIME = 1_700_000_000_000L;

    public int zoneOf(int sensor) {
        return sensor / sensorsPerZone;
    }

    private int stride() {
        return Math.max(1, devicesPerSensor * (100 - overlapPercent) / 100);
    }

    /** The inventory of sensor number {@code sensor} (0-based). */
    public LightInventory inventory(int sensor) {
        LightInventory inventory = new LightInventory();
        for (int position = 0; position < devicesPerSensor; position++) {
            inventory.putDevice(device(sensor, position, 0));
        }
        return inventory;
    }

    /**
     * Device {@code position} of a sensor; {@code generation} above 0 makes the changed version an
     * incremental sync picks up (later last-seen, new firmware).
     */
    public ApiDevice device(int sensor, int position, int generation) {
        int zone = zoneOf(sensor);
        int index = (sensor % sensorsPerZone) * stride() + position;
        String mac = index % 20 == 0 ? null : String.format("02:%02x:%02x:%02x:%02x:%02x", (zone >> 8) & 255,
                zone & 255, (index >> 16) & 255, (index >> 8) & 255, index & 255);
        String ip = "10." + ((index >> 16) & 255) + "." + ((index >> 8) & 255) + "." + (index & 255);
        String firmware = index % 50 == 0 ? "V" + (sensor % sensorsPerZone) + ".0" : "V" + (index % 5) + ".1";
        if (generation > 0) {
            firmware = firmware + "-g" + generation;
        }
        long lastSeen = BASE_TIME + index * 10L + generation * 3_600_000L;
        return ApiRecords.device(position + 1L, mac, ip, VENDORS[index % VENDORS.length],
                TYPES[index % TYPES.length], firmware, lastSeen);
    }

    private static final String[] VENDORS = {"Siemens AG", "Rockwell Automation", "Schneider Electric",
        "ABB", "Honeywell", "Phoenix Contact", "WAGO", "Moxa", "Hirschmann", "Beckhoff", "Omron", "Mitsubishi Electric",
        "Emerson"};
    private static final String[] TYPES = {"PLC", "HMI", "Switch", "Engineering Station", "RTU", "Historian", "IED"};
}
