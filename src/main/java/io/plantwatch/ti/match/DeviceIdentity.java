package io.plantwatch.ti.match;

/** What a device says about itself, as the inventory knows it: vendor, model, firmware (any may be null). */
public record DeviceIdentity(String vendor, String model, String firmware) {
}
