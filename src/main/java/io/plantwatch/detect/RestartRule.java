package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Device restart or reinitialisation commands (T0816 Device Restart/Shutdown). */
final class RestartRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.RESTART) {
            return null;
        }
        return ActivityAlerts.alert(a, Rules.RESTART, Alert.Severity.Major, Alert.Engine.OPERATIONAL,
                "Device restart command", List.of("T0816"),
                List.of("Confirm the restart was planned; a restart interrupts control and reporting."), null);
    }
}
