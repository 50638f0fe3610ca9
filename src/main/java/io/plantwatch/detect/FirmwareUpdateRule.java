package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Firmware update or firmware update mode (T0800 Activate Firmware Update Mode). */
final class FirmwareUpdateRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.FIRMWARE_UPDATE) {
            return null;
        }
        return ActivityAlerts.alert(a, Rules.FIRMWARE_UPDATE, Alert.Severity.Major, Alert.Engine.POLICY_VIOLATION,
                "Firmware update", List.of("T0800"),
                List.of("Confirm the update was planned and the firmware image comes from the vendor."), null);
    }
}
