package io.plantwatch.decode.bacnet;

import io.plantwatch.decode.Identity;

/** The Device object's properties that identify it (ASHRAE 135, BACnetPropertyIdentifier). */
final class DeviceProperty {
    static final int APPLICATION_SOFTWARE_VERSION = 12;
    static final int FIRMWARE_REVISION = 44;
    static final int MODEL_NAME = 70;
    static final int OBJECT_NAME = 77;
    static final int VENDOR_IDENTIFIER = 120;
    static final int VENDOR_NAME = 121;

    private DeviceProperty() {
    }

    /** The identity a character-string property states, or null. */
    static Identity identityOf(int property) {
        return switch (property) {
            case OBJECT_NAME -> Identity.NAME;
            case MODEL_NAME -> Identity.MODEL;
            case FIRMWARE_REVISION -> Identity.FIRMWARE;
            case VENDOR_NAME -> Identity.VENDOR;
            case APPLICATION_SOFTWARE_VERSION -> Identity.SOFTWARE;
            default -> null;
        };
    }
}
