package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Configuration writes to a device (T0836 Modify Parameter). */
final class ConfigurationChangeRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.CONFIGURATION_CHANGE) {
            return null;
        }
        return ActivityAlerts.alert(a, Rules.CONFIGURATION_CHANGE, Alert.Severity.Minor,
                Alert.Engine.POLICY_VIOLATION, "Device configuration change", List.of("T0836"),
                List.of("Confirm the change was planned and review the device's configuration."), null);
    }
}
