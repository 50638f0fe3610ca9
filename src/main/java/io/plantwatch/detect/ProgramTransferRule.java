package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Program download (T0843) and upload (T0845) to or from a controller. */
final class ProgramTransferRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() == ActivityType.PROGRAM_DOWNLOAD) {
            return ActivityAlerts.alert(a, Rules.PROGRAM_DOWNLOAD, Alert.Severity.Major,
                    Alert.Engine.POLICY_VIOLATION, "PLC program download", List.of("T0843"),
                    List.of("Check that the engineering station is authorised to program this controller.",
                            "Compare the controller's program with the approved version."), null);
        }
        if (a.activity().type() == ActivityType.PROGRAM_UPLOAD) {
            return ActivityAlerts.alert(a, Rules.PROGRAM_UPLOAD, Alert.Severity.Minor,
                    Alert.Engine.POLICY_VIOLATION, "PLC program upload", List.of("T0845"),
                    List.of("Check that the client is authorised to read the controller's program."), null);
        }
        return null;
    }
}
