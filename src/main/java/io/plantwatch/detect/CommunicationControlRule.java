package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/**
 * Suppression of reporting or communications: DNP3 disable unsolicited, BACnet communication
 * control (T0804 Block Reporting Message, T0814 Denial of Service).
 */
final class CommunicationControlRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.COMMUNICATION_CONTROL) {
            return null;
        }
        return ActivityAlerts.alert(a, Rules.COMMUNICATION_CONTROL, Alert.Severity.Major,
                Alert.Engine.POLICY_VIOLATION, "Communication control command", List.of("T0804", "T0814"),
                List.of("Check that the device still reports; re-enable reporting if it was disabled."), null);
    }
}
