package io.plantwatch.ui.inventory;

/**
 * What a user may change about a device in the console (Defender's editable inventory fields).
 * Null means "not set by the user".
 */
public record DeviceEdit(String name, String type, Integer purdueLevel, Boolean authorized, String notes) {
}
