package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/**
 * Suppression of reporting or communications, with the technique the wire indicator stands for
 * (reference/defender-and-attack.md): Modbus Diagnostics Force Listen Only Mode silences a device
 * (T0814 Denial of Service); DNP3 Disable Unsolicited blocks its reports (T0804 Block Reporting
 * Message); BACnet DeviceCommunicationControl does either (T0814, T0804). Stateless.
 */
final class CommunicationControlRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.COMMUNICATION_CONTROL) {
            return null;
        }
        String protocol = a.activity().protocol();
        String title;
        List<String> techniques;
        if ("modbus".equals(protocol) || "mbtcp".equals(protocol)) {
            title = "Modbus device forced into listen-only mode";
            techniques = List.of("T0814");
        } else if ("dnp3".equals(protocol)) {
            title = "DNP3 unsolicited reporting disabled";
            techniques = List.of("T0804");
        } else if ("bacapp".equals(protocol) || "bacnet".equals(protocol)) {
            title = "BACnet device communication control";
            techniques = List.of("T0814", "T0804");
        } else {
            title = "Communication control command";
            techniques = List.of("T0804", "T0814");
        }
        return ActivityAlerts.alert(a, Rules.COMMUNICATION_CONTROL, Alert.Severity.Major,
                Alert.Engine.POLICY_VIOLATION, title, techniques,
                List.of("Check that the device still communicates and reports; re-enable it if it was silenced.",
                        "Find out who sent the command and whether it was planned."), null);
    }
}
