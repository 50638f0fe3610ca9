package io.plantwatch.detect;

/**
 * Defender for IoT event types and their titles (reference/defender-and-attack.md §1.3), for the
 * events Plantwatch makes.
 */
public enum EventTypes {
    DEVICE_CREATE("Device Detected"),
    DEVICE_UPDATE("Device Updated"),
    DELETE_DEVICE("Device Deleted"),
    ALERT_REPORTED("Alert Detected"),
    ALERT_UPDATED("Alert Updated"),
    SCAN("Scan Device Detected"),
    PROGRAM_DEVICE("PLC Programming"),
    PROGRAM_UPLOAD_DEVICE("PLC Program Upload"),
    PLC_OPERATING_MODE_CHANGED("PLC Operating Mode Changed"),
    FIRMWARE_UPDATE("Firmware Update"),
    CONFIGURATION_CHANGE("PLC Configuration Write"),
    CLEARTEXT_AUTHENTICATION("Cleartext Authentication"),
    INTERNET_ACCESS("Internet Access"),
    DEVICE_CONNECTION_CREATED("Device Connection Detected"),
    BACK_TO_NORMAL("Back to Normal"),
    DIP_UPLOADED("Data Intelligence Package Uploaded"),
    DIP_FAILURE("Data Intelligence Package Installation Failure");

    private final String title;

    EventTypes(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
