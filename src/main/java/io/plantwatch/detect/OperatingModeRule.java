package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Controller stop (T0858 Change Operating Mode, T0881 Service Stop) and start (T0858). */
final class OperatingModeRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() == ActivityType.CONTROLLER_STOP) {
            // DNP3 Stop Application (FC 18) stops an application of an outstation, not a PLC's program
            String title = "dnp3".equals(a.activity().protocol()) ? "DNP3 stop application command" : "PLC stop command";
            return ActivityAlerts.alert(a, Rules.CONTROLLER_STOP, Alert.Severity.Major, Alert.Engine.OPERATIONAL,
                    title, List.of("T0858", "T0881"),
                    List.of("Confirm the stop was planned; if not, isolate the sender and restart the controller."),
                    null);
        }
        if (a.activity().type() == ActivityType.CONTROLLER_START) {
            return ActivityAlerts.alert(a, Rules.CONTROLLER_START, Alert.Severity.Minor, Alert.Engine.OPERATIONAL,
                    "PLC start command", List.of("T0858"),
                    List.of("Confirm the start was planned."), null);
        }
        return null;
    }
}
